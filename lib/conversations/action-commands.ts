import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/db/errors";
import type { ActionStatus } from "@/lib/db/generated/enums";
import { fromDateOnly, todayIn } from "@/lib/inductions/dates";
import { formatDay } from "@/lib/inductions/item-labels";
import { notify } from "@/lib/notifications/commands";
import { actionDueError } from "./dates";
import { canAddAgreedAction, canChangeAgreedAction, canReadShared } from "./permissions";
import type { AddAgreedActionInput, ChangeAgreedActionInput } from "./schemas";

/**
 * The actions agreed in a conversation: the report's current manager adds them; the owner or
 * that manager ticks them off and reopens them, against the action's version so that a second
 * click (or a second person) changes nothing twice.
 */

const ACTION_CONFLICT = "Someone else changed this action while you were looking at it, so nothing was saved. Reload the page to see where it stands.";

const PEOPLE_SELECT = {
  id: true,
  personId: true,
  managerId: true,
  person: { select: { name: true, managerId: true, organisation: { select: { timeZone: true } } } },
} as const;

/** The conversation in the actor's organisation, if they may read it; anyone else is told it does not exist. */
async function findReadable(tx: Tx, actor: SessionPerson, conversationId: string, what = "conversation") {
  const conversation = await tx.conversation.findFirst({ where: { id: conversationId, organisationId: actor.organisationId }, select: PEOPLE_SELECT });
  if (!conversation) throw new NotFoundError(what);
  const people = { report: { id: conversation.personId, managerId: conversation.person.managerId }, heldById: conversation.managerId };
  if (!canReadShared(actor, people)) throw new NotFoundError(what);
  return { ...conversation, people };
}

export async function addAgreedAction(actor: SessionPerson, input: AddAgreedActionInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const conversation = await findReadable(tx, actor, input.conversationId);
    const report = conversation.person;
    if (!canAddAgreedAction(actor, conversation.people)) throw new ForbiddenError(`Only ${report.name}'s manager agrees actions on their conversations.`);
    const dueError = actionDueError(input.dueOn, todayIn(report.organisation.timeZone));
    if (dueError) throw new InvalidError({ dueOn: [dueError] });
    // The conversation's row lock makes a double submission queue behind the first, which the check below then finds.
    await tx.$queryRaw`SELECT id FROM "Conversation" WHERE id = ${conversation.id} AND "organisationId" = ${organisationId} FOR UPDATE`;
    const existing = await tx.conversationAction.findFirst({
      where: { organisationId, conversationId: conversation.id, description: input.description, status: "OPEN" },
      select: { id: true },
    });
    if (existing) throw new ConflictError("That action is already agreed on this conversation and still open.");
    const ownerId = input.owner === "REPORT" ? conversation.personId : actor.id;
    const action = await tx.conversationAction.create({
      data: { organisationId, conversationId: conversation.id, ownerId, description: input.description, dueOn: fromDateOnly(input.dueOn) },
      select: { id: true },
    });
    const ownerName = input.owner === "REPORT" ? report.name : actor.name;
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "conversation.action.added",
      entityType: "Conversation",
      entityId: conversation.id,
      summary: `${actor.name} agreed an action with ${report.name} for ${ownerName}, due ${formatDay(input.dueOn)}`,
      details: { actionId: action.id, ownerId, dueOn: input.dueOn },
    });
    await notify(tx, organisationId, [conversation.personId], {
      title: input.owner === "REPORT" ? `${actor.name} noted an action for you from your career conversation` : `${actor.name} noted an action they will take for you`,
      body: `"${input.description}", due ${formatDay(input.dueOn)}.`,
      href: "/me/conversations",
    });
    return { actionId: action.id, conversationId: conversation.id, personId: conversation.personId };
  });
}

async function changeStatus(actor: SessionPerson, input: ChangeAgreedActionInput, to: ActionStatus) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const action = await tx.conversationAction.findFirst({
      where: { id: input.actionId, organisationId },
      select: { id: true, description: true, ownerId: true, status: true, version: true, conversationId: true },
    });
    if (!action) throw new NotFoundError("action");
    const conversation = await findReadable(tx, actor, action.conversationId, "action");
    if (!canChangeAgreedAction(actor, conversation.people, action.ownerId)) throw new ForbiddenError("Only the action's owner or the report's manager can tick it off or reopen it.");
    if (action.version !== input.version) throw new ConflictError(ACTION_CONFLICT);
    if (action.status === to) throw new ConflictError(to === "DONE" ? "This action is already done." : "This action is already open.");
    const { count } = await tx.conversationAction.updateMany({
      where: { id: action.id, organisationId, version: input.version },
      data: { status: to, completedAt: to === "DONE" ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(ACTION_CONFLICT);
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: to === "DONE" ? "conversation.action.completed" : "conversation.action.reopened",
      entityType: "Conversation",
      entityId: conversation.id,
      summary: `${actor.name} ${to === "DONE" ? "ticked off" : "reopened"} "${action.description}" from ${conversation.person.name}'s career conversation`,
      details: { actionId: action.id },
    });
    return { actionId: action.id, conversationId: conversation.id, personId: conversation.personId };
  });
}

export function completeAgreedAction(actor: SessionPerson, input: ChangeAgreedActionInput) {
  return changeStatus(actor, input, "DONE");
}

export function reopenAgreedAction(actor: SessionPerson, input: ChangeAgreedActionInput) {
  return changeStatus(actor, input, "OPEN");
}
