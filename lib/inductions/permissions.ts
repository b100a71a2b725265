import type { AppRole, ItemOwner } from "@/lib/db/generated/enums";

/**
 * Who may do what on one induction. The leader ticks their own items; their manager the
 * manager's items and sign-offs; HR everything in the organisation, including what
 * "the organisation" owes, so nothing owed goes unassigned.
 */

export type InductionPeople = { personId: string; managerId: string | null; supporterId: string | null };
export type Actor = { id: string; roles: readonly AppRole[] };

const isHr = (actor: Actor) => actor.roles.includes("HR_ADMIN");

export function canCompleteItem(actor: Actor, induction: InductionPeople, owner: ItemOwner): boolean {
  if (isHr(actor)) return true;
  if (owner === "INDIVIDUAL") return actor.id === induction.personId;
  if (owner === "MANAGER") return actor.id === induction.managerId;
  return false;
}

/** Signing off confirms a finished item on the organisation's behalf: the leader's manager or HR. */
export function canSignOff(actor: Actor, induction: InductionPeople): boolean {
  return isHr(actor) || actor.id === induction.managerId;
}

/** Only HR waives an item or changes an induction's items. */
export function canManageInduction(actor: Actor): boolean {
  return isHr(actor);
}

export function canSeeInduction(actor: Actor, induction: InductionPeople): boolean {
  return isHr(actor) || [induction.personId, induction.managerId, induction.supporterId].includes(actor.id);
}

export type ReflectionSharing = { authorId: string; sharedWithManager: boolean; sharedWithSupporter: boolean };

/** A reflection is its author's; their manager or coach/mentor reads it only when the author shares it. HR does not. */
export function canReadReflection(actor: Actor, induction: InductionPeople, reflection: ReflectionSharing): boolean {
  if (actor.id === reflection.authorId) return true;
  if (reflection.sharedWithManager && actor.id === induction.managerId) return true;
  return reflection.sharedWithSupporter && actor.id === induction.supporterId;
}
