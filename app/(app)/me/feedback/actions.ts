"use server";

import { defineAction } from "@/lib/actions/define-action";
import { requestFeedback } from "@/lib/feedback/commands";
import { requestFeedbackSchema } from "@/lib/feedback/schemas";

export const requestFeedbackAction = defineAction(
  { access: ["LEADER"], schema: requestFeedbackSchema, revalidate: ["/me/feedback"], redirectTo: (result: { requestId: string; asked: number }) => `/me/feedback?asked=${result.asked}#request-${result.requestId}` },
  (input, actor) => requestFeedback(actor, input),
);
