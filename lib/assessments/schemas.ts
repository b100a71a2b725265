import { z } from "zod";
import { CHARTER_LIMITS } from "@/lib/charters/limits";
import { idField } from "@/lib/validation/fields";
import { MOMENTS } from "./moments";

/** The assessment forms: which moment, and one "<competencyKey>:<level>" per competency. */

const tooMany = `An assessment rates at most ${CHARTER_LIMITS.requirements} competencies`;

export const ratingsField = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.string({ message: "Choose a level for each competency" }).regex(/^[A-Za-z0-9_-]{1,64}:\d{1,3}$/, "Choose a level from the scale for each competency"))
    .max(CHARTER_LIMITS.requirements, tooMany),
);

const assessmentFields = {
  charterVersionId: idField,
  moment: z.enum(MOMENTS, { message: "Choose which assessment this is" }),
  ratings: ratingsField,
};

export const selfAssessmentSchema = z.object(assessmentFields);
export const managerAssessmentSchema = z.object({ personId: idField, ...assessmentFields });

export type SelfAssessmentInput = z.output<typeof selfAssessmentSchema>;
export type ManagerAssessmentInput = z.output<typeof managerAssessmentSchema>;
