import type { AppRole } from "@/lib/db/generated/enums";

/**
 * Who may do what with feedback. New leaders ask; only the colleague a request names answers
 * or declines their part of it. Only the leader who asked reads the answers (HR does not): the
 * queries select their own requests by requester.
 */

export type Actor = { id: string; roles: readonly AppRole[] };

export function canRequestFeedback(actor: Actor): boolean {
  return actor.roles.includes("LEADER");
}

export function canAnswerFeedback(actor: Actor, response: { respondentId: string }): boolean {
  return actor.id === response.respondentId;
}

/**
 * What is wrong with the colleagues chosen (checkboxes and the "someone else" list), by field:
 * 1–max distinct people, never the leader themselves. Empty when nothing is.
 */
export function respondentErrors(actorId: string, chosen: { respondentIds: readonly string[]; otherRespondentId?: string }, max: number): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const yourself = "You cannot ask yourself: choose colleagues";
  if (chosen.respondentIds.includes(actorId)) errors.respondentIds = [yourself];
  if (chosen.otherRespondentId === actorId) errors.otherRespondentId = [yourself];
  const count = new Set([...chosen.respondentIds, ...(chosen.otherRespondentId ? [chosen.otherRespondentId] : [])]).size;
  if (count === 0) errors.respondentIds = ["Choose at least one colleague to ask"];
  else if (count > max) errors.respondentIds = [`Ask at most ${max} colleagues at a time`];
  return errors;
}
