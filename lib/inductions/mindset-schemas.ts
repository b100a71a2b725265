import { z } from "zod";
import { idField, MULTI_LINE_FORBIDDEN, optionalText, requiredText } from "@/lib/validation/fields";
import { MINDSET_LIMITS } from "./template-limits";

/** Inputs of the actions on HR's own mindset sections. Practices and prompts arrive one per line. */

const NOT_IN_A_LINE = /[\t\r]/;

function entryLines(noun: string, plural: string) {
  return z
    .string({ message: `Write at least one ${noun}` })
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .max(MINDSET_LIMITS.entry, `Keep each ${noun} to ${MINDSET_LIMITS.entry} characters or fewer`)
            .refine((line) => !MULTI_LINE_FORBIDDEN.test(line) && !NOT_IN_A_LINE.test(line), `A ${noun} contains a character that cannot be stored`),
        )
        .min(1, `Write at least one ${noun}`)
        .max(MINDSET_LIMITS.entries, `Keep to ${MINDSET_LIMITS.entries} ${plural} or fewer`),
    );
}

const sectionFields = {
  title: requiredText("a title", MINDSET_LIMITS.title),
  summary: optionalText("the summary", MINDSET_LIMITS.summary),
  practices: entryLines("practice", "practices"),
  prompts: entryLines("reflection prompt", "prompts"),
};

export const createMindsetSectionSchema = z.object(sectionFields);
/** `savedAt`: when the section was last saved as the form loaded it, so a later save by someone else is not overwritten. */
export const updateMindsetSectionSchema = z.object({
  id: idField,
  savedAt: z.iso.datetime({ message: "Reload the page and try again" }).transform((value) => new Date(value)),
  ...sectionFields,
});
export const mindsetSectionIdSchema = z.object({ id: idField });

export type MindsetSectionInput = z.output<typeof createMindsetSectionSchema>;
export type UpdateMindsetSectionInput = z.output<typeof updateMindsetSectionSchema>;
