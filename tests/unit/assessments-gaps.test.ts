import { describe, expect, it } from "vitest";
import { assessmentGaps, expectedLevel, type GapRequirement, type StoredAssessment } from "@/lib/assessments/gaps";

const requirement = (competencyKey: string, developAhead = false): GapRequirement => ({
  competencyKey,
  competencyName: `Name of ${competencyKey}`,
  clusterName: "Cluster",
  stageName: "First-time leader",
  developAhead,
});

let clock = Date.UTC(2026, 0, 1);
function assessment(kind: StoredAssessment["kind"], moment: StoredAssessment["moment"], levels: Record<string, number>, inductionId: string | null = "ind-1"): StoredAssessment {
  clock += 86_400_000;
  return { kind, moment, inductionId, createdAt: new Date(clock), ratings: Object.entries(levels).map(([competencyKey, level]) => ({ competencyKey, level })) };
}

describe("expectedLevel", () => {
  it("expects the point below the top for a required competency, one lower to develop ahead, never below 1", () => {
    expect(expectedLevel(4, false)).toBe(3);
    expect(expectedLevel(4, true)).toBe(2);
    expect(expectedLevel(5, false)).toBe(4);
    expect(expectedLevel(5, true)).toBe(3);
    expect(expectedLevel(2, false)).toBe(1);
    expect(expectedLevel(2, true)).toBe(1);
    expect(expectedLevel(1, false)).toBe(1);
  });
});

describe("assessmentGaps", () => {
  const requirements = [requirement("aware"), requirement("strategy", true), requirement("people")];

  it("reports the expected level and no gap when nothing is rated", () => {
    const gaps = assessmentGaps({ requirements, scaleLength: 4, assessments: [], inductionId: "ind-1" });
    expect(gaps.map((gap) => [gap.competencyKey, gap.expected, gap.gap, gap.gapFrom])).toEqual([
      ["aware", 3, null, null],
      ["strategy", 2, null, null],
      ["people", 3, null, null],
    ]);
    expect(gaps[0]?.self).toEqual({ latest: null, start: null, end: null });
  });

  it("measures the gap from the latest manager rating, else the latest self-rating", () => {
    const selfStart = assessment("SELF", "START", { aware: 1, strategy: 1, people: 2 });
    const selfLater = assessment("SELF", "ON_DEMAND", { aware: 2, strategy: 3, people: 4 });
    const managerStart = assessment("MANAGER", "START", { aware: 3, strategy: 1, people: 1 });
    const gaps = assessmentGaps({ requirements, scaleLength: 4, assessments: [managerStart, selfLater, selfStart], inductionId: "ind-1" });
    const aware = gaps.find((gap) => gap.competencyKey === "aware");
    expect(aware?.self).toEqual({ latest: 2, start: 1, end: null });
    expect(aware?.manager).toEqual({ latest: 3, start: 3, end: null });
    expect(gaps.map((gap) => [gap.gap, gap.gapFrom])).toEqual([
      [0, "MANAGER"],
      [1, "MANAGER"],
      [2, "MANAGER"],
    ]);
  });

  it("falls back to the self-rating, and a rating above expectation gives a negative gap", () => {
    const gaps = assessmentGaps({ requirements, scaleLength: 4, assessments: [assessment("SELF", "ON_DEMAND", { aware: 4, strategy: 2, people: 1 })], inductionId: null });
    expect(gaps.map((gap) => [gap.gap, gap.gapFrom])).toEqual([
      [-1, "SELF"],
      [0, "SELF"],
      [2, "SELF"],
    ]);
  });

  it("takes start and end from the given induction only, and latest by date whatever the order given", () => {
    const oldStart = assessment("SELF", "START", { aware: 4 }, "ind-0");
    const start = assessment("SELF", "START", { aware: 1 });
    const end = assessment("SELF", "END", { aware: 3 });
    const checkIn = assessment("SELF", "ON_DEMAND", { aware: 2 });
    const gaps = assessmentGaps({ requirements: [requirement("aware")], scaleLength: 4, assessments: [checkIn, end, oldStart, start], inductionId: "ind-1" });
    expect(gaps[0]?.self).toEqual({ latest: 2, start: 1, end: 3 });
    const without = assessmentGaps({ requirements: [requirement("aware")], scaleLength: 4, assessments: [checkIn, end, start], inductionId: null });
    expect(without[0]?.self).toEqual({ latest: 2, start: null, end: null });
  });

  it("keeps a competency's latest rating from an earlier assessment when a later one did not rate it", () => {
    const first = assessment("MANAGER", "ON_DEMAND", { aware: 2, people: 2 });
    const second = assessment("MANAGER", "ON_DEMAND", { aware: 3 });
    const gaps = assessmentGaps({ requirements: [requirement("aware"), requirement("people")], scaleLength: 4, assessments: [first, second], inductionId: null });
    expect(gaps.map((gap) => gap.manager.latest)).toEqual([3, 2]);
  });

  it("ignores ratings of competencies the charter no longer requires", () => {
    const gaps = assessmentGaps({ requirements: [requirement("aware")], scaleLength: 4, assessments: [assessment("SELF", "ON_DEMAND", { retired: 1 })], inductionId: null });
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.self.latest).toBeNull();
  });
});
