"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addAction, addGoal, changeActionStatus, editAction, removeAction, removeGoal, renameGoal } from "@/lib/plans/commands";
import { ACTION_STATUS_LABELS } from "@/lib/plans/labels";
import { actionStatusSchema, addActionSchema, addGoalSchema, editActionSchema, removeActionSchema, removeGoalSchema, renameGoalSchema } from "@/lib/plans/schemas";

const LEADER = ["LEADER"] as const;
const revalidate = ["/me/plan"];

export const addGoalAction = defineAction({ access: LEADER, schema: addGoalSchema, revalidate, success: "Goal added." }, (input, actor) => addGoal(actor, input));

export const renameGoalAction = defineAction({ access: LEADER, schema: renameGoalSchema, revalidate, success: "Goal renamed." }, (input, actor) => renameGoal(actor, input));

export const removeGoalAction = defineAction({ access: LEADER, schema: removeGoalSchema, revalidate, success: "Goal removed." }, (input, actor) => removeGoal(actor, input));

export const addActionAction = defineAction({ access: LEADER, schema: addActionSchema, revalidate, success: "Action added." }, (input, actor) => addAction(actor, input));

export const editActionAction = defineAction({ access: LEADER, schema: editActionSchema, revalidate, success: "Action saved." }, (input, actor) => editAction(actor, input));

export const changeActionStatusAction = defineAction(
  { access: LEADER, schema: actionStatusSchema, revalidate, success: (result: { status: keyof typeof ACTION_STATUS_LABELS }) => `Marked as ${ACTION_STATUS_LABELS[result.status].toLowerCase()}.` },
  (input, actor) => changeActionStatus(actor, input),
);

export const removeActionAction = defineAction({ access: LEADER, schema: removeActionSchema, revalidate, success: "Action removed." }, (input, actor) => removeAction(actor, input));
