/**
 * Checks submitted ratings ("<competencyKey>:<level>") against the competencies the charter
 * requires and the framework's scale. Errors are keyed `ratings` (the whole set) and
 * `rating-<competencyKey>` (the competency's radio group), so the form can show each next to
 * its question.
 */

export type Rating = { competencyKey: string; level: number };

export type RatingsCheck = { ok: true; ratings: Rating[] } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

export const ratingField = (competencyKey: string) => `rating-${competencyKey}`;

export function checkRatings(pairs: readonly string[], required: readonly { competencyKey: string; competencyName: string }[], scaleLength: number): RatingsCheck {
  const names = new Map(required.map((requirement) => [requirement.competencyKey, requirement.competencyName]));
  const levels = new Map<string, number>();
  const fieldErrors: Record<string, string[]> = {};
  const summary = new Set<string>();
  const refuse = (key: string, message: string, overall: string) => {
    (fieldErrors[ratingField(key)] ??= []).push(message);
    summary.add(overall);
  };

  for (const pair of pairs) {
    const separator = pair.lastIndexOf(":");
    const key = pair.slice(0, separator);
    const level = Number(pair.slice(separator + 1));
    const name = names.get(key);
    if (name === undefined) summary.add("Rate only the competencies your role's charter requires. Reload the page if HR has changed it.");
    else if (levels.has(key)) refuse(key, `${name} is rated twice: choose one level.`, "Rate each competency once.");
    else if (!Number.isInteger(level) || level < 1 || level > scaleLength) refuse(key, `Choose one of the ${scaleLength} levels of the scale for ${name}.`, "Choose levels from the scale.");
    else levels.set(key, level);
  }

  const unrated = required.filter((requirement) => !levels.has(requirement.competencyKey) && !(ratingField(requirement.competencyKey) in fieldErrors));
  for (const requirement of unrated) (fieldErrors[ratingField(requirement.competencyKey)] ??= []).push(`Choose a level for ${requirement.competencyName}.`);
  if (unrated.length > 0) summary.add(`Rate every competency: ${unrated.length} ${unrated.length === 1 ? "is" : "are"} still to rate.`);

  if (summary.size === 0) return { ok: true, ratings: required.map(({ competencyKey }) => ({ competencyKey, level: levels.get(competencyKey) ?? 0 })) };
  const messages = [...summary];
  return { ok: false, message: messages.length === 1 ? (messages[0] ?? "") : "Please correct the highlighted ratings.", fieldErrors: { ...fieldErrors, ratings: messages } };
}
