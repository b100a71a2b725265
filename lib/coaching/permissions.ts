import type { AppRole } from "@/lib/db/generated/enums";

/**
 * Who may do what with the bench and relationships. HR runs the bench, starts relationships
 * and may end any of them, but never reads what was said: session notes are for the coach or
 * mentor and the leader alone, who may both log sessions. The supporter may end the
 * relationship; the leader asks them or HR to.
 */

export type Actor = { id: string; roles: readonly AppRole[] };
export type RelationshipPeople = { supporterId: string; leaderId: string };

export function canManageBench(actor: Actor): boolean {
  return actor.roles.includes("HR_ADMIN");
}

/** The supporter and the leader: they read the session notes and log sessions. */
export function isPartyTo(actor: Actor, relationship: RelationshipPeople): boolean {
  return actor.id === relationship.supporterId || actor.id === relationship.leaderId;
}

export function canEndRelationship(actor: Actor, relationship: RelationshipPeople): boolean {
  return canManageBench(actor) || actor.id === relationship.supporterId;
}
