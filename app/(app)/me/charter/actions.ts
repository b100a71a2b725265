"use server";

import { defineAction } from "@/lib/actions/define-action";
import { acknowledgeCharter, askCharterQuestion } from "@/lib/charters/commands";
import { acknowledgeCharterSchema, askCharterQuestionSchema } from "@/lib/charters/schemas";

const LEADER = ["LEADER"] as const;

export const acknowledgeCharterAction = defineAction(
  { access: LEADER, schema: acknowledgeCharterSchema, revalidate: ["/me", "/me/charter"], success: "Thank you: your acknowledgement is recorded." },
  (input, actor) => acknowledgeCharter(actor, input.charterVersionId),
);

export const askCharterQuestionAction = defineAction(
  {
    access: LEADER,
    schema: askCharterQuestionSchema,
    success: (result: { recipients: number }) => (result.recipients > 0 ? "Your question has been sent to your manager and HR." : "Your question is recorded; nobody is set up to receive it yet, so please tell HR."),
  },
  (input, actor) => askCharterQuestion(actor, input),
);
