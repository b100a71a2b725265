import type { CompetencyGap } from "@/lib/assessments/gaps";

/** The radar charts' figures, taken from the gaps: a point per competency, a series per line drawn. */

export type RadarPoint = { competency: string } & Record<string, number | string>;

export type ChartSeries = { key: string; label: string; colour: string; dashed: boolean };

type SeriesSpec = ChartSeries & { level: (gap: CompetencyGap) => number | null };

const TEAL = "#0f766e";
const AMBER = "#b45309";

export const STANDING_SERIES: SeriesSpec[] = [
  { key: "expected", label: "Expected for the role", colour: "#475569", dashed: true, level: (gap) => gap.expected },
  { key: "self", label: "Self (latest)", colour: TEAL, dashed: false, level: (gap) => gap.self.latest },
  { key: "manager", label: "Manager (latest)", colour: AMBER, dashed: false, level: (gap) => gap.manager.latest },
];

export const START_END_SERIES: SeriesSpec[] = [
  { key: "selfStart", label: "Self at the start", colour: TEAL, dashed: true, level: (gap) => gap.self.start },
  { key: "selfEnd", label: "Self at the end", colour: TEAL, dashed: false, level: (gap) => gap.self.end },
  { key: "managerStart", label: "Manager at the start", colour: AMBER, dashed: true, level: (gap) => gap.manager.start },
  { key: "managerEnd", label: "Manager at the end", colour: AMBER, dashed: false, level: (gap) => gap.manager.end },
];

export type ChartSpec = {
  data: RadarPoint[];
  series: ChartSeries[];
  /** Series with ratings for some competencies but not all (the charter changed since): in the table only. */
  partial: string[];
};

/** A series is drawn when every competency has a level in it; a shape with holes would mislead. */
export function chartSpec(gaps: readonly CompetencyGap[], specs: readonly SeriesSpec[]): ChartSpec {
  const complete = specs.filter((spec) => gaps.every((gap) => spec.level(gap) !== null));
  const partial = specs.filter((spec) => !complete.includes(spec) && gaps.some((gap) => spec.level(gap) !== null));
  return {
    data: gaps.map((gap) => ({ competency: gap.competencyName, ...Object.fromEntries(complete.map((spec) => [spec.key, spec.level(gap) ?? 0])) })),
    series: complete.map(({ key, label, colour, dashed }) => ({ key, label, colour, dashed })),
    partial: partial.map((spec) => spec.label),
  };
}
