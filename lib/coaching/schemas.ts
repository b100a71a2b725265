import { z } from "zod";
import { SupportKind } from "@/lib/db/generated/enums";
import { isDateOnly } from "@/lib/inductions/dates";
import { checkboxList, idField, MULTI_LINE_FORBIDDEN, optionalId, optionalText, versionField } from "@/lib/validation/fields";
import { COACHING_LIMITS } from "./limits";

/** The bench, relationship and session forms. Shared by the forms and the actions. */

const kindField = z.enum(SupportKind, { message: "Choose coaching or mentoring" });

const offersField = checkboxList(kindField).refine((offers) => offers.length > 0, "Choose whether they offer coaching, mentoring or both");

const capacityField = z
  .string({ message: "Enter how many people they can support at once" })
  .trim()
  .regex(/^\d{1,3}$/, `Enter how many people they can support at once, a whole number from 0 to ${COACHING_LIMITS.capacity}`)
  .transform(Number)
  .refine((capacity) => capacity <= COACHING_LIMITS.capacity, `Enter a number from 0 to ${COACHING_LIMITS.capacity}`);

/** A strength as the form sends it: "<framework id>:<competency key>". */
export const STRENGTH_PATTERN = /^[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_-]{1,64}$/;

const strengthsField = checkboxList(z.string({ message: "Choose strengths from the list" }).regex(STRENGTH_PATTERN, "Choose strengths from the list")).refine(
  (strengths) => strengths.length <= COACHING_LIMITS.strengths,
  `Choose at most ${COACHING_LIMITS.strengths} strengths: the ones they are strongest in`,
);

const profileFields = {
  offers: offersField,
  capacity: capacityField,
  about: optionalText("the description", COACHING_LIMITS.about),
  strengths: strengthsField,
};

/** The person chosen from the list of those who wear the hat. */
const personChoice = optionalId("a person").pipe(z.string({ message: "Choose the person to put on the bench" }));

export const addSupporterSchema = z.object({ personId: personChoice, ...profileFields });
export const updateSupporterSchema = z.object({ profileId: idField, version: versionField, ...profileFields });
export const supporterIdSchema = z.object({ profileId: idField });

function dayField(label: string) {
  return z
    .string({ message: `Enter the ${label}` })
    .trim()
    .min(1, `Enter the ${label}`)
    .max(10, `Enter the ${label} as a date, like 2026-03-02`)
    .refine(isDateOnly, `Enter the ${label} as a real date, like 2026-03-02`);
}

function requiredNotes(label: string, max: number) {
  return z
    .string({ message: `Write ${label}` })
    .trim()
    .min(1, `Write ${label}`)
    .max(max, `Keep ${label} to ${max.toLocaleString("en-GB")} characters or fewer`)
    .refine((value) => !MULTI_LINE_FORBIDDEN.test(value), `${label[0]?.toUpperCase() ?? ""}${label.slice(1)} contain a character that cannot be stored`);
}

export const startRelationshipSchema = z.object({
  leaderId: idField,
  supporterId: idField,
  kind: kindField,
  goals: requiredNotes("the goals they agreed", COACHING_LIMITS.goals),
  startOn: dayField("start date"),
  endOn: dayField("end date"),
});

export const relationshipIdSchema = z.object({ relationshipId: idField });

export const logSessionSchema = z.object({
  relationshipId: idField,
  heldOn: dayField("date of the session"),
  notes: optionalText("the notes", COACHING_LIMITS.notes),
});

/** The matching page's address: /hr/coaching/match?person=<id>&kind=MENTORING. */
export const matchQuerySchema = z.object({ person: idField, kind: kindField });

export type AddSupporterInput = z.output<typeof addSupporterSchema>;
export type UpdateSupporterInput = z.output<typeof updateSupporterSchema>;
export type StartRelationshipInput = z.output<typeof startRelationshipSchema>;
export type LogSessionInput = z.output<typeof logSessionSchema>;
