"use server";

import { defineAction } from "@/lib/actions/define-action";
import { answerFeedback, declineFeedback } from "@/lib/feedback/commands";
import { answerFeedbackSchema, declineFeedbackSchema } from "@/lib/feedback/schemas";

/** A colleague's answer to a request for feedback, or their refusal; only the person asked may do either. */

const PATHS = ["/feedback", "/me/feedback", "/tasks"];

export const answerFeedbackAction = defineAction(
  { access: "signed-in", schema: answerFeedbackSchema, revalidate: PATHS, redirectTo: (result: { responseId: string }) => `/feedback/${result.responseId}?answered=1` },
  (input, actor) => answerFeedback(actor, input),
);

export const declineFeedbackAction = defineAction(
  { access: "signed-in", schema: declineFeedbackSchema, revalidate: PATHS, redirectTo: () => "/feedback?declined=1" },
  (input, actor) => declineFeedback(actor, input),
);
