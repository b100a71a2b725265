import type { AppRole } from "@/lib/db/generated/enums";

/**
 * Who may assess whom, and who may read the results. The new leader assesses only
 * themselves; a manager only the people who report to them (on the reporting line, or as
 * the manager named on their induction); HR reads everyone's in the organisation but
 * submits none, so that what is recorded is always the person's or their manager's view.
 */

export type Actor = { id: string; roles: readonly AppRole[] };
export type Subject = { id: string; managerId: string | null };
export type SubjectInduction = { managerId: string | null } | null;

export function isManagerOf(actor: Actor, subject: Subject, induction: SubjectInduction): boolean {
  return actor.id !== subject.id && (subject.managerId === actor.id || induction?.managerId === actor.id);
}

export function canSelfAssess(actor: Actor, subject: Subject): boolean {
  return actor.roles.includes("LEADER") && actor.id === subject.id;
}

export function canManagerAssess(actor: Actor, subject: Subject, induction: SubjectInduction): boolean {
  return actor.roles.includes("MANAGER") && isManagerOf(actor, subject, induction);
}

export function canReadAssessments(actor: Actor, subject: Subject, induction: SubjectInduction): boolean {
  return actor.roles.includes("HR_ADMIN") || actor.id === subject.id || canManagerAssess(actor, subject, induction);
}
