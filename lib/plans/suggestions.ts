import type { CompetencyGap } from "@/lib/assessments/gaps";

/**
 * Goals to suggest from the assessment gaps: every competency the person's charter requires
 * that is not a goal of the plan yet, those furthest below what the role expects first (equal
 * gaps in the charter's order), then those not assessed yet, then those that meet or pass the
 * expectation (nearest to it first). Each says why, and whose rating the gap comes from.
 */

export type GoalSuggestion = {
  competencyKey: string;
  competencyName: string;
  clusterName: string;
  gap: number | null;
  /** Below what the role expects on the latest rating. */
  belowExpectation: boolean;
  reason: string;
};

const levels = (count: number) => `${count} level${count === 1 ? "" : "s"}`;

function reasonFor(gap: CompetencyGap): string {
  if (gap.gap === null) return "Not assessed yet";
  const from = gap.gapFrom === "MANAGER" ? "from your manager's assessment" : "from your self-assessment";
  if (gap.gap > 0) return `${levels(gap.gap)} below what the role expects, ${from}`;
  if (gap.gap === 0) return `Meets what the role expects, ${from}`;
  return `${levels(-gap.gap)} above what the role expects, ${from}`;
}

/** 0: below expectation, 1: not assessed, 2: meets or passes it. */
const band = (gap: number | null) => (gap === null ? 1 : gap > 0 ? 0 : 2);

export function suggestGoals(gaps: readonly CompetencyGap[], goalKeys: ReadonlySet<string>): GoalSuggestion[] {
  return gaps
    .map((gap, index) => ({ gap, index }))
    .filter(({ gap }) => !goalKeys.has(gap.competencyKey))
    .sort((a, b) => band(a.gap.gap) - band(b.gap.gap) || (b.gap.gap ?? 0) - (a.gap.gap ?? 0) || a.index - b.index)
    .map(({ gap }) => ({
      competencyKey: gap.competencyKey,
      competencyName: gap.competencyName,
      clusterName: gap.clusterName,
      gap: gap.gap,
      belowExpectation: gap.gap !== null && gap.gap > 0,
      reason: reasonFor(gap),
    }));
}
