"use server";

import { defineAction } from "@/lib/actions/define-action";
import { submitAssessment } from "@/lib/assessments/commands";
import { selfAssessmentSchema } from "@/lib/assessments/schemas";

export const submitSelfAssessmentAction = defineAction(
  { access: ["LEADER"], schema: selfAssessmentSchema, revalidate: ["/me", "/me/assessment"], redirectTo: () => "/me/assessment?recorded=1" },
  (input, actor) => submitAssessment(actor, "SELF", { ...input, subjectId: actor.id }),
);
