"use server";

import { defineAction } from "@/lib/actions/define-action";
import { completeAgreedAction, reopenAgreedAction } from "@/lib/conversations/action-commands";
import { addPreparation, deletePreparation } from "@/lib/conversations/commands";
import { conversationPaths } from "@/lib/conversations/paths";
import { addPreparationSchema, changeAgreedActionSchema, deletePreparationSchema } from "@/lib/conversations/schemas";

/**
 * What anyone does with their own career conversations: notes for the next one, and the actions
 * agreed with them. Managers tick their reports' actions off with the same two actions.
 */

export const addPreparationAction = defineAction(
  { access: "signed-in", schema: addPreparationSchema, revalidate: ["/me/conversations"], success: "Your note is saved. Your manager sees it when they log your next conversation." },
  (input, actor) => addPreparation(actor, input),
);

export const deletePreparationAction = defineAction(
  { access: "signed-in", schema: deletePreparationSchema, revalidate: ["/me/conversations"], success: "Note deleted." },
  (input, actor) => deletePreparation(actor, input.preparationId),
);

export const completeAgreedActionAction = defineAction(
  { access: "signed-in", schema: changeAgreedActionSchema, revalidate: conversationPaths, success: "Marked as done." },
  (input, actor) => completeAgreedAction(actor, input),
);

export const reopenAgreedActionAction = defineAction(
  { access: "signed-in", schema: changeAgreedActionSchema, revalidate: conversationPaths, success: "Reopened." },
  (input, actor) => reopenAgreedAction(actor, input),
);
