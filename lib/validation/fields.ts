import { z } from "zod";

/** Required single-line text, trimmed, with a friendly message naming the field. */
export function requiredText(label: string, max = 200) {
  return z
    .string({ message: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Keep ${label} to ${max} characters or fewer`);
}

export function optionalText(label: string, max = 2000) {
  return z
    .string({ message: `${label} must be text` })
    .trim()
    .max(max, `Keep ${label} to ${max} characters or fewer`)
    .default("");
}

/** An id chosen from a list; an empty choice means "none". */
export function optionalId(label: string) {
  return z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.string({ message: `Choose ${label}` }).trim().min(1).max(64, `Choose ${label} from the list`).optional(),
  );
}

export const idField = z.string({ message: "Missing record id" }).trim().min(1, "Missing record id").max(64, "Unknown record id");

export const versionField = z.coerce
  .number({ message: "Missing version" })
  .int("Missing version")
  .min(1, "Missing version")
  .max(2_147_483_647, "Missing version");

/** Checkbox groups arrive as a string (one ticked), an array, or nothing. */
export function checkboxList<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(20));
}
