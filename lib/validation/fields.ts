import { z } from "zod";

// PostgreSQL cannot store the NUL character in text, and a lone UTF-16 surrogate has no UTF-8 form (the driver would
// store U+FFFD; jsonb refuses it), so both are refused up front. Single-line fields also refuse every control
// character and the bidirectional overrides that can disguise a name; longer text keeps line breaks and tabs.
const SINGLE_LINE_FORBIDDEN = /[\p{Cc}\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;
export const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;
const capitalised = (label: string) => `${label[0]?.toUpperCase() ?? ""}${label.slice(1)}`;
const storable = (forbidden: RegExp) => (value: string) => !forbidden.test(value);

/** Required single-line text, trimmed, with a friendly message naming the field. */
export function requiredText(label: string, max = 200) {
  return z
    .string({ message: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Keep ${label} to ${max} characters or fewer`)
    .refine(storable(SINGLE_LINE_FORBIDDEN), `${capitalised(label)} contains a character that cannot be stored`);
}

export function optionalText(label: string, max = 2000) {
  return z
    .string({ message: `${label} must be text` })
    .trim()
    .max(max, `Keep ${label} to ${max} characters or fewer`)
    .refine(storable(MULTI_LINE_FORBIDDEN), `${capitalised(label)} contains a character that cannot be stored`)
    .default("");
}

/** Our ids are cuids; anything else cannot name a record. */
const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** An id chosen from a list; an empty choice means "none". */
export function optionalId(label: string) {
  return z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z
      .string({ message: `Choose ${label}` })
      .trim()
      .max(64, `Choose ${label} from the list`)
      .regex(ID_PATTERN, `Choose ${label} from the list`)
      .optional(),
  );
}

export const idField = z
  .string({ message: "Missing record id" })
  .trim()
  .min(1, "Missing record id")
  .max(64, "Unknown record id")
  .regex(ID_PATTERN, "Unknown record id");

export const versionField = z.coerce
  .number({ message: "Missing version" })
  .int("Missing version")
  .min(1, "Missing version")
  .max(2_147_483_647, "Missing version");

/** Checkbox groups arrive as a string (one ticked), an array, or nothing. */
export function checkboxList<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(20));
}
