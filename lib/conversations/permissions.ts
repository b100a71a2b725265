import type { AppRole } from "@/lib/db/generated/enums";

/**
 * Who may do what with a career conversation. The shared record is the report's, their current
 * manager's, the manager who held it and HR's; nobody else learns it exists. The private note is
 * its author's alone while they still manage the report; HR opens it only through
 * openPrivateNote, which leaves a line in the report's access log.
 */

export type Actor = { id: string; roles: readonly AppRole[] };
/** The report as they are now: `managerId` is their current manager. */
export type Report = { id: string; managerId: string | null };
/** A conversation's people: the report (as they are now) and the manager who held it. */
export type ConversationPeople = { report: Report; heldById: string | null };

const isHr = (actor: Actor) => actor.roles.includes("HR_ADMIN");

export function isCurrentManager(actor: Actor, report: Report): boolean {
  return actor.id !== report.id && report.managerId === actor.id;
}

/** Logging a conversation and agreeing actions on one: a manager, with their own current reports. */
export function canLogConversation(actor: Actor, report: Report): boolean {
  return actor.roles.includes("MANAGER") && isCurrentManager(actor, report);
}

export function canReadShared(actor: Actor, conversation: ConversationPeople): boolean {
  const { report, heldById } = conversation;
  return isHr(actor) || actor.id === report.id || isCurrentManager(actor, report) || (heldById !== null && actor.id === heldById);
}

/** The author reads their note for as long as the report still reports to them; nobody else reads it directly. */
export function canReadPrivateNote(actor: Actor, conversation: ConversationPeople, authorId: string | null): boolean {
  return authorId !== null && actor.id === authorId && isCurrentManager(actor, conversation.report);
}

/** HR opens someone else's private notes, giving a reason the report reads; never notes about themselves. */
export function canOpenPrivateNote(actor: Actor, conversation: ConversationPeople): boolean {
  return isHr(actor) && actor.id !== conversation.report.id;
}

export function canAddAgreedAction(actor: Actor, conversation: ConversationPeople): boolean {
  return canLogConversation(actor, conversation.report);
}

/** An action is ticked off (or reopened) by its owner, while they may read the conversation, or by the report's current manager. */
export function canChangeAgreedAction(actor: Actor, conversation: ConversationPeople, ownerId: string | null): boolean {
  if (isCurrentManager(actor, conversation.report)) return true;
  return ownerId !== null && actor.id === ownerId && canReadShared(actor, conversation);
}

/** Preparing for the next conversation needs someone to have it with. */
export function canPrepare(person: Report): boolean {
  return person.managerId !== null && person.managerId !== person.id;
}
