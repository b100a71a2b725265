import type { AssessmentKind, AssessmentMoment } from "@/lib/db/generated/enums";

/**
 * When an assessment may be taken. START and END belong to an induction and are taken once
 * each per kind (self, manager): END needs the START before it, so the two can be compared.
 * A check-in (ON_DEMAND) can be taken any time, with or without an induction.
 */

export const MOMENTS = ["START", "END", "ON_DEMAND"] as const satisfies readonly AssessmentMoment[];

export type InductionTiming = {
  /** The induction is completed, or its last item has fallen due. */
  endReached: boolean;
};

export type MomentChoice = { open: AssessmentMoment[]; suggested: AssessmentMoment };

/** The moments still open for one kind of assessment, and the one the form should offer first. */
export function momentChoice(induction: InductionTiming | null, taken: readonly AssessmentMoment[]): MomentChoice {
  if (!induction) return { open: ["ON_DEMAND"], suggested: "ON_DEMAND" };
  const startOpen = !taken.includes("START");
  const endOpen = !startOpen && !taken.includes("END");
  const open: AssessmentMoment[] = [...(startOpen ? ["START" as const] : []), ...(endOpen ? ["END" as const] : []), "ON_DEMAND"];
  const suggested = startOpen ? "START" : endOpen && induction.endReached ? "END" : "ON_DEMAND";
  return { open, suggested };
}

const whose = (kind: AssessmentKind) => (kind === "SELF" ? "self-assessment" : "manager's assessment");

/** Why `moment` cannot be recorded now, or null when it can. */
export function momentProblem(kind: AssessmentKind, moment: AssessmentMoment, hasInduction: boolean, taken: readonly AssessmentMoment[]): string | null {
  if (moment === "ON_DEMAND") return null;
  if (!hasInduction) return "Start and end assessments belong to an induction, and there is none. Choose a check-in instead.";
  if (taken.includes(moment)) {
    return `The ${moment === "START" ? "start" : "end"}-of-induction ${whose(kind)} is already recorded. Choose a check-in instead.`;
  }
  if (moment === "END" && !taken.includes("START")) return `Record the start-of-induction ${whose(kind)} first, so that the end can be compared with it.`;
  return null;
}
