import { describe, expect, it } from "vitest";
import { momentChoice, momentProblem } from "@/lib/assessments/moments";
import { canManagerAssess, canReadAssessments, canSelfAssess } from "@/lib/assessments/permissions";
import { checkRatings } from "@/lib/assessments/ratings";
import { managerAssessmentSchema, selfAssessmentSchema } from "@/lib/assessments/schemas";

const required = [
  { competencyKey: "aware", competencyName: "Self-awareness" },
  { competencyKey: "people", competencyName: "Understanding people" },
];

describe("checkRatings", () => {
  it("accepts one level from the scale for every required competency, in the charter's order", () => {
    expect(checkRatings(["people:4", "aware:1"], required, 4)).toEqual({
      ok: true,
      ratings: [
        { competencyKey: "aware", level: 1 },
        { competencyKey: "people", level: 4 },
      ],
    });
  });

  it("refuses a missing rating with an error on that competency", () => {
    const result = checkRatings(["aware:2"], required, 4);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors["rating-people"]).toEqual(["Choose a level for Understanding people."]);
    expect(result.fieldErrors["rating-aware"]).toBeUndefined();
    expect(result.fieldErrors.ratings).toEqual(["Rate every competency: 1 is still to rate."]);
  });

  it("refuses levels outside the scale", () => {
    for (const level of ["0", "5", "10"]) {
      const result = checkRatings([`aware:${level}`, "people:2"], required, 4);
      expect(result.ok, level).toBe(false);
      if (!result.ok) expect(result.fieldErrors["rating-aware"]).toEqual(["Choose one of the 4 levels of the scale for Self-awareness."]);
    }
  });

  it("refuses a competency the charter does not require, and one rated twice", () => {
    const extra = checkRatings(["aware:2", "people:2", "strategy:3"], required, 4);
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.fieldErrors.ratings?.[0]).toMatch(/only the competencies your role's charter requires/);
    const twice = checkRatings(["aware:2", "aware:3", "people:2"], required, 4);
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.fieldErrors["rating-aware"]).toEqual(["Self-awareness is rated twice: choose one level."]);
  });
});

describe("the assessment schemas", () => {
  const valid = { charterVersionId: "cv1", moment: "START", ratings: ["aware:2", "people:3"] };

  it("take a repeated ratings field as a list, a single one too", () => {
    expect(selfAssessmentSchema.parse(valid).ratings).toEqual(["aware:2", "people:3"]);
    expect(selfAssessmentSchema.parse({ ...valid, ratings: "aware:2" }).ratings).toEqual(["aware:2"]);
    expect(selfAssessmentSchema.parse({ ...valid, ratings: undefined }).ratings).toEqual([]);
    expect(managerAssessmentSchema.safeParse(valid).success).toBe(false);
    expect(managerAssessmentSchema.safeParse({ ...valid, personId: "p1" }).success).toBe(true);
  });

  it("refuse malformed ratings and unknown moments", () => {
    for (const ratings of [["aware"], ["aware:"], [":2"], ["aware:two"], ["a b:2"], [42]]) {
      expect(selfAssessmentSchema.safeParse({ ...valid, ratings }).success, JSON.stringify(ratings)).toBe(false);
    }
    expect(selfAssessmentSchema.safeParse({ ...valid, moment: "MIDDLE" }).success).toBe(false);
  });
});

describe("moments", () => {
  it("offers only check-ins without an induction", () => {
    expect(momentChoice(null, [])).toEqual({ open: ["ON_DEMAND"], suggested: "ON_DEMAND" });
    expect(momentProblem("SELF", "START", false, [])).toMatch(/belong to an induction/);
    expect(momentProblem("SELF", "ON_DEMAND", false, [])).toBeNull();
  });

  it("opens the start first, then the end, each once; suggests the end once the induction's end is reached", () => {
    expect(momentChoice({ endReached: false }, [])).toEqual({ open: ["START", "ON_DEMAND"], suggested: "START" });
    expect(momentChoice({ endReached: false }, ["START"])).toEqual({ open: ["END", "ON_DEMAND"], suggested: "ON_DEMAND" });
    expect(momentChoice({ endReached: true }, ["START", "ON_DEMAND"])).toEqual({ open: ["END", "ON_DEMAND"], suggested: "END" });
    expect(momentChoice({ endReached: true }, ["START", "END"])).toEqual({ open: ["ON_DEMAND"], suggested: "ON_DEMAND" });
  });

  it("refuses a second start or end, and an end before the start", () => {
    expect(momentProblem("SELF", "START", true, [])).toBeNull();
    expect(momentProblem("SELF", "START", true, ["START"])).toMatch(/start-of-induction self-assessment is already recorded/);
    expect(momentProblem("MANAGER", "END", true, [])).toMatch(/Record the start-of-induction manager's assessment first/);
    expect(momentProblem("MANAGER", "END", true, ["START"])).toBeNull();
    expect(momentProblem("MANAGER", "END", true, ["START", "END"])).toMatch(/end-of-induction manager's assessment is already recorded/);
    expect(momentProblem("MANAGER", "ON_DEMAND", true, ["START", "END", "ON_DEMAND"])).toBeNull();
  });
});

describe("who may assess whom", () => {
  const leader = { id: "lena", managerId: "mark" };
  const mark = { id: "mark", roles: ["MANAGER"] as const };

  it("lets a leader assess only themselves", () => {
    expect(canSelfAssess({ id: "lena", roles: ["LEADER"] }, leader)).toBe(true);
    expect(canSelfAssess({ id: "lena", roles: ["MANAGER"] }, leader)).toBe(false);
    expect(canSelfAssess({ id: "sam", roles: ["LEADER"] }, leader)).toBe(false);
  });

  it("lets a manager assess their reports, on the reporting line or named on the induction", () => {
    expect(canManagerAssess(mark, leader, null)).toBe(true);
    expect(canManagerAssess({ id: "nadia", roles: ["MANAGER"] }, leader, { managerId: "nadia" })).toBe(true);
    expect(canManagerAssess({ id: "nadia", roles: ["MANAGER"] }, leader, { managerId: "mark" })).toBe(false);
    expect(canManagerAssess({ id: "mark", roles: ["COACH"] }, leader, null)).toBe(false);
    expect(canManagerAssess({ id: "lena", roles: ["MANAGER"] }, { id: "lena", managerId: "lena" }, null)).toBe(false);
  });

  it("lets HR, the person and their manager read; nobody else", () => {
    expect(canReadAssessments({ id: "hana", roles: ["HR_ADMIN"] }, leader, null)).toBe(true);
    expect(canReadAssessments({ id: "lena", roles: [] }, leader, null)).toBe(true);
    expect(canReadAssessments(mark, leader, null)).toBe(true);
    expect(canReadAssessments({ id: "colin", roles: ["COACH", "MANAGER"] }, leader, null)).toBe(false);
  });
});
