"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addAgreedAction } from "@/lib/conversations/action-commands";
import { logConversation } from "@/lib/conversations/commands";
import { conversationPaths } from "@/lib/conversations/paths";
import { addAgreedActionSchema, logConversationSchema } from "@/lib/conversations/schemas";

/** What a manager does with their reports' career conversations. */

export const logConversationAction = defineAction(
  {
    access: ["MANAGER"],
    schema: logConversationSchema,
    revalidate: conversationPaths,
    redirectTo: (logged) => `/team/${logged.personId}/conversations/${logged.conversationId}?logged=1`,
  },
  (input, actor) => logConversation(actor, input),
);

export const addAgreedActionAction = defineAction(
  { access: ["MANAGER"], schema: addAgreedActionSchema, revalidate: conversationPaths, success: "Action added." },
  (input, actor) => addAgreedAction(actor, input),
);
