import { z } from "zod";
import { dateField } from "@/lib/inductions/item-schemas";
import { idField, optionalId, requiredText, versionField } from "@/lib/validation/fields";
import { ACTION_STATUSES, LEARNING_TYPES } from "./labels";
import { PLAN_LIMITS } from "./limits";

/** The development plan's forms: goals (optionally tied to a competency of the person's charter) and the actions under them. */

const goalTitle = requiredText("a title for the goal", PLAN_LIMITS.title);
const actionTitle = requiredText("what you will do", PLAN_LIMITS.title);
const type = z.enum(LEARNING_TYPES, { message: "Choose the kind of learning" });
const status = z.enum(ACTION_STATUSES, { message: "Choose where the action stands" });
const actionRef = { actionId: idField, version: versionField };

export const addGoalSchema = z.object({ title: goalTitle, competencyKey: optionalId("a competency") });

export const renameGoalSchema = z.object({ goalId: idField, version: versionField, title: goalTitle });

export const removeGoalSchema = z.object({ goalId: idField, version: versionField });

const actionFields = { goalId: optionalId("a goal"), title: actionTitle, type, status, dueOn: dateField };

export const addActionSchema = z.object(actionFields);

export const editActionSchema = z.object({ ...actionRef, ...actionFields });

export const actionStatusSchema = z.object({ ...actionRef, status });

export const removeActionSchema = z.object(actionRef);

export type AddGoalInput = z.output<typeof addGoalSchema>;
export type RenameGoalInput = z.output<typeof renameGoalSchema>;
export type RemoveGoalInput = z.output<typeof removeGoalSchema>;
export type AddActionInput = z.output<typeof addActionSchema>;
export type EditActionInput = z.output<typeof editActionSchema>;
export type ActionStatusInput = z.output<typeof actionStatusSchema>;
export type RemoveActionInput = z.output<typeof removeActionSchema>;
