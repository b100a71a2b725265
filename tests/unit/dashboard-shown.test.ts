import { describe, expect, it } from "vitest";
import { cohortsMostBehind, lowestCoverage, mostAssessed } from "@/lib/dashboard/shown";

const manager = (name: string, people: number, covered: number) => ({ managerId: name.toLowerCase(), manager: name, people, covered });

describe("the rows a long dashboard section shows", () => {
  it("shows the managers with the lowest coverage first, more people without a conversation breaking ties", () => {
    const rows = [manager("Ada", 10, 9), manager("Ben", 4, 1), manager("Cy", 8, 2), manager("Di", 2, 2), manager("Ed", 0, 0)];
    expect(lowestCoverage(rows, 3).map((row) => row.manager)).toEqual(["Cy", "Ben", "Ada"]);
    expect(lowestCoverage(rows).map((row) => row.manager)).toEqual(["Cy", "Ben", "Ada", "Di", "Ed"]);
  });

  it("keeps both kinds of the competencies most people were assessed in, in their order", () => {
    const change = (competencyKey: string, kind: "SELF" | "MANAGER", people: number) => ({ competencyKey, competency: competencyKey, kind, averageChange: 1, people });
    const rows = [change("a", "SELF", 1), change("a", "MANAGER", 5), change("b", "SELF", 3), change("c", "SELF", 4), change("c", "MANAGER", 2)];
    expect(mostAssessed(rows, 2)).toEqual([change("a", "SELF", 1), change("a", "MANAGER", 5), change("c", "SELF", 4), change("c", "MANAGER", 2)]);
  });

  it("keeps every phase of the cohorts with the most overdue items, and counts the cohorts", () => {
    const phase = (cohortId: string | null, overdue: number, open: number) => ({ cohortId, overdue, open });
    const rows = [phase("x", 1, 0), phase("x", 0, 5), phase("y", 3, 0), phase("z", 1, 9), phase(null, 0, 0)];
    expect(cohortsMostBehind(rows, 2)).toEqual({ rows: [phase("y", 3, 0), phase("z", 1, 9)], shown: 2, total: 4 });
  });
});
