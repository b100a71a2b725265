import type { CompetencyChange, CoverageRow } from "./queries";

/**
 * How much of a long section the dashboard page shows: a large organisation has a thousand
 * managers and hundreds of competencies, more than anyone reads on a page (and megabytes of
 * HTML). The page shows the rows that most need attention; the section's CSV has every row.
 */
export const SHOWN_ROWS = 25;

/** The managers whose people have had the fewest conversations, by share, then by more people without one, then name. */
export function lowestCoverage(rows: readonly CoverageRow[], limit = SHOWN_ROWS): CoverageRow[] {
  const share = (row: CoverageRow) => (row.people ? row.covered / row.people : 1);
  return [...rows]
    .sort((a, b) => share(a) - share(b) || b.people - b.covered - (a.people - a.covered) || a.manager.localeCompare(b.manager, "en-GB"))
    .slice(0, limit);
}

/** The competencies most people have start and end assessments in (by the larger of the two kinds' counts), in their original order. */
export function mostAssessed(rows: readonly CompetencyChange[], limit = SHOWN_ROWS): CompetencyChange[] {
  const people = new Map<string, number>();
  for (const row of rows) people.set(row.competencyKey, Math.max(people.get(row.competencyKey) ?? 0, row.people));
  const kept = new Set(
    [...people.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([key]) => key),
  );
  return rows.filter((row) => kept.has(row.competencyKey));
}

/** Cohorts shown by phase: each takes a row per phase, so fewer of them. */
export const SHOWN_COHORTS = 10;

/** The rows of the cohorts with the most overdue items (then the most open), in their original order. */
export function cohortsMostBehind<Row extends { cohortId: string | null; overdue: number; open: number }>(rows: readonly Row[], limit = SHOWN_COHORTS): { rows: Row[]; shown: number; total: number } {
  const behind = new Map<string | null, { overdue: number; open: number }>();
  for (const row of rows) {
    const sums = behind.get(row.cohortId) ?? { overdue: 0, open: 0 };
    behind.set(row.cohortId, { overdue: sums.overdue + row.overdue, open: sums.open + row.open });
  }
  const kept = new Set(
    [...behind.entries()]
      .sort((a, b) => b[1].overdue - a[1].overdue || b[1].open - a[1].open || String(a[0]).localeCompare(String(b[0])))
      .slice(0, limit)
      .map(([id]) => id),
  );
  return { rows: rows.filter((row) => kept.has(row.cohortId)), shown: kept.size, total: behind.size };
}
