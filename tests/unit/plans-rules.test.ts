import { describe, expect, it } from "vitest";
import type { CompetencyGap } from "@/lib/assessments/gaps";
import { canEditPlan, isCurrentManager, planReader } from "@/lib/plans/permissions";
import { suggestGoals } from "@/lib/plans/suggestions";

/** Who may read and change a development plan, and which goals the plan suggests from assessment gaps. */

describe("who may read and change a plan", () => {
  const leader = { id: "leader", roles: ["LEADER"] as const, managerId: "manager" };
  const subject = { id: leader.id, managerId: leader.managerId };

  it("lets only the leader change their own plan", () => {
    expect(canEditPlan({ id: "leader", roles: ["LEADER"] }, subject)).toBe(true);
    expect(canEditPlan({ id: "leader", roles: ["MANAGER"] }, subject)).toBe(false);
    expect(canEditPlan({ id: "manager", roles: ["LEADER", "MANAGER", "HR_ADMIN", "COACH"] }, subject)).toBe(false);
  });

  it("lets the person, their current manager, an active supporter and HR read it, and nobody else", () => {
    expect(planReader({ id: "leader", roles: [] }, subject, false)).toBe("self");
    expect(planReader({ id: "manager", roles: ["MANAGER"] }, subject, false)).toBe("manager");
    expect(planReader({ id: "manager", roles: [] }, subject, false)).toBeNull();
    expect(planReader({ id: "other-manager", roles: ["MANAGER"] }, subject, false)).toBeNull();
    expect(planReader({ id: "coach", roles: ["COACH"] }, subject, true)).toBe("supporter");
    expect(planReader({ id: "coach", roles: ["COACH"] }, subject, false)).toBeNull();
    expect(planReader({ id: "mentor", roles: ["MANAGER"] }, subject, true)).toBeNull();
    expect(planReader({ id: "hr", roles: ["HR_ADMIN"] }, subject, false)).toBe("hr");
    expect(planReader({ id: "nobody", roles: ["LEADER"] }, subject, false)).toBeNull();
  });

  it("does not count a person as their own manager", () => {
    expect(isCurrentManager({ id: "self", roles: ["MANAGER"] }, { id: "self", managerId: "self" })).toBe(false);
  });
});

describe("suggestGoals", () => {
  const gap = (key: string, value: number | null, from: "SELF" | "MANAGER" | null = value === null ? null : "MANAGER"): CompetencyGap => ({
    competencyKey: key,
    competencyName: `Name ${key}`,
    clusterName: "Cluster",
    stageName: "Stage",
    developAhead: false,
    expected: 3,
    self: { latest: null, start: null, end: null },
    manager: { latest: null, start: null, end: null },
    gap: value,
    gapFrom: from,
  });

  it("puts gaps first, largest first (equal gaps in the charter's order), then the unassessed, then those met, nearest first", () => {
    const gaps = [gap("met", 0), gap("small", 1), gap("none", null), gap("above", -1), gap("large", 2, "SELF"), gap("small-too", 1)];
    expect(suggestGoals(gaps, new Set()).map((suggestion) => suggestion.competencyKey)).toEqual(["large", "small", "small-too", "none", "met", "above"]);
  });

  it("leaves out competencies that are goals already", () => {
    expect(suggestGoals([gap("a", 2), gap("b", 1)], new Set(["a"])).map((suggestion) => suggestion.competencyKey)).toEqual(["b"]);
  });

  it("says why, and whose assessment the gap comes from", () => {
    const reasons = suggestGoals([gap("a", 2, "MANAGER"), gap("b", 1, "SELF"), gap("c", null), gap("d", 0, "SELF"), gap("e", -2, "MANAGER")], new Set()).map((suggestion) => [
      suggestion.reason,
      suggestion.belowExpectation,
    ]);
    expect(reasons).toEqual([
      ["2 levels below what the role expects, from your manager's assessment", true],
      ["1 level below what the role expects, from your self-assessment", true],
      ["Not assessed yet", false],
      ["Meets what the role expects, from your self-assessment", false],
      ["2 levels above what the role expects, from your manager's assessment", false],
    ]);
  });
});
