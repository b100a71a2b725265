"use server";

import { defineAction } from "@/lib/actions/define-action";
import { submitAssessment } from "@/lib/assessments/commands";
import { managerAssessmentSchema } from "@/lib/assessments/schemas";

export const submitManagerAssessmentAction = defineAction(
  {
    access: ["MANAGER"],
    schema: managerAssessmentSchema,
    revalidate: (input) => ["/team", `/team/${input.personId}`, `/team/${input.personId}/assessment`],
    redirectTo: (result: { subjectId: string }) => `/team/${result.subjectId}/assessment?recorded=1`,
  },
  (input, actor) => submitAssessment(actor, "MANAGER", { ...input, subjectId: input.personId }),
);
