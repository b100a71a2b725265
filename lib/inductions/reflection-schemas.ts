import { z } from "zod";
import { idField, MULTI_LINE_FORBIDDEN, versionField } from "@/lib/validation/fields";

/** Inputs of writing and editing a reflection, and choosing who may read it. */

export const REFLECTION_LIMIT = 10_000;

export const SHARE_OPTIONS = ["manager", "supporter"] as const;

const text = z
  .string({ message: "Write your reflection" })
  .trim()
  .min(1, "Write your reflection")
  .max(REFLECTION_LIMIT, `Keep your reflection to ${REFLECTION_LIMIT.toLocaleString("en-GB")} characters or fewer`)
  .refine((value) => !MULTI_LINE_FORBIDDEN.test(value), "Your reflection contains a character that cannot be stored");

/** The "share with" checkboxes: none, one or both; each at most once. */
const share = z
  .preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(SHARE_OPTIONS, { message: "Choose who to share with from the list" })).max(SHARE_OPTIONS.length, "Choose each person once"),
  )
  .refine((chosen) => new Set(chosen).size === chosen.length, "Choose each person once")
  .transform((chosen) => ({ sharedWithManager: chosen.includes("manager"), sharedWithSupporter: chosen.includes("supporter") }));

/** Written against a reflection item (its title is the prompt); `version` is the item's. */
export const writeReflectionSchema = z.object({ itemId: idField, version: versionField, text, share });

export const editReflectionSchema = z.object({ reflectionId: idField, text, share });

export type WriteReflectionInput = z.output<typeof writeReflectionSchema>;
export type EditReflectionInput = z.output<typeof editReflectionSchema>;
