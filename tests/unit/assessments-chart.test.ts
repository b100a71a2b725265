import { describe, expect, it } from "vitest";
import { chartSpec, START_END_SERIES, STANDING_SERIES } from "@/components/assessments/chart-data";
import type { CompetencyGap } from "@/lib/assessments/gaps";

function gap(name: string, self: number | null, manager: number | null, start: number | null = null): CompetencyGap {
  return {
    competencyKey: name.toLowerCase(),
    competencyName: name,
    clusterName: "Cluster",
    stageName: "First-time leader",
    developAhead: false,
    expected: 3,
    self: { latest: self, start, end: null },
    manager: { latest: manager, start: null, end: null },
    gap: null,
    gapFrom: null,
  };
}

describe("the radar charts' figures", () => {
  it("draws a point per competency with a value per complete series", () => {
    const spec = chartSpec([gap("Awareness", 2, 3), gap("People", 1, 2), gap("Strategy", 4, 4)], STANDING_SERIES);
    expect(spec.series.map((series) => series.key)).toEqual(["expected", "self", "manager"]);
    expect(spec.data).toEqual([
      { competency: "Awareness", expected: 3, self: 2, manager: 3 },
      { competency: "People", expected: 3, self: 1, manager: 2 },
      { competency: "Strategy", expected: 3, self: 4, manager: 4 },
    ]);
    expect(spec.partial).toEqual([]);
  });

  it("leaves out a series with no ratings, and names one with only some", () => {
    const spec = chartSpec([gap("Awareness", 2, null), gap("People", null, null), gap("Strategy", 4, null)], STANDING_SERIES);
    expect(spec.series.map((series) => series.key)).toEqual(["expected"]);
    expect(spec.partial).toEqual(["Self (latest)"]);
    expect(spec.data[0]).toEqual({ competency: "Awareness", expected: 3 });
  });

  it("draws start and end only where they were recorded", () => {
    const spec = chartSpec([gap("Awareness", 2, null, 1), gap("People", 1, null, 2), gap("Strategy", 4, null, 3)], START_END_SERIES);
    expect(spec.series.map((series) => series.label)).toEqual(["Self at the start"]);
    expect(spec.data.map((point) => point.selfStart)).toEqual([1, 2, 3]);
  });
});
