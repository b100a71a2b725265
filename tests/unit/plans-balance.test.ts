import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LearningType, PlanActionStatus } from "@/lib/db/generated/enums";
import { balanceVerdict, planBalance, sharesOf, TARGET_SHARES, type VerdictKind } from "@/lib/plans/balance";

/** A plan of `doing` experience, `others` people and `courses` formal actions, all not started unless `done` says how many of each are done. */
function actions(doing: number, others: number, courses: number, done: Partial<Record<LearningType, number>> = {}) {
  const of = (type: LearningType, count: number) =>
    Array.from({ length: count }, (_, index): { type: LearningType; status: PlanActionStatus } => ({ type, status: index < (done[type] ?? 0) ? "DONE" : "NOT_STARTED" }));
  return [...of("EXPERIENCE", doing), ...of("PEOPLE", others), ...of("FORMAL", courses)];
}

const kindOf = (doing: number, others: number, courses: number): VerdictKind => planBalance(actions(doing, others, courses)).verdict.kind;
const sharesFor = (doing: number, others: number, courses: number) => planBalance(actions(doing, others, courses)).rows.map((row) => row.share);

describe("sharesOf: whole percentages that add up to 100", () => {
  it("gives exact shares as they are", () => {
    expect(sharesOf([7, 2, 1])).toEqual([70, 20, 10]);
    expect(sharesOf([1, 0, 0])).toEqual([100, 0, 0]);
    expect(sharesOf([0, 0, 3])).toEqual([0, 0, 100]);
  });

  it("gives the points left over to the largest remainders", () => {
    // 66.67 / 33.33 / 0 → 66 + 33 = 99; the larger remainder (.67) takes the last point.
    expect(sharesOf([2, 1, 0])).toEqual([67, 33, 0]);
    // 42.86 / 28.57 / 28.57 → 42 + 28 + 28 = 98; .86 and then the first .57 take a point each.
    expect(sharesOf([3, 2, 2])).toEqual([43, 29, 28]);
    // 16.67 / 16.67 / 66.67 → the points go to the two largest remainders in the kinds' order.
    expect(sharesOf([1, 1, 4])).toEqual([17, 17, 66]);
  });

  it("breaks equal remainders in the kinds' order: doing, then others, then courses", () => {
    expect(sharesOf([1, 1, 1])).toEqual([34, 33, 33]);
    expect(sharesOf([0, 1, 1, 1])).toEqual([0, 34, 33, 33]);
  });

  it("gives all zeros for an empty plan", () => {
    expect(sharesOf([0, 0, 0])).toEqual([0, 0, 0]);
  });

  it("always adds up to 100, never moves a share by a whole point or more, and keeps larger counts at least as large", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 500 }), { minLength: 1, maxLength: 6 }).filter((counts) => counts.some((count) => count > 0)), (counts) => {
        const shares = sharesOf(counts);
        const total = counts.reduce((sum, count) => sum + count, 0);
        expect(shares.reduce((sum, share) => sum + share, 0)).toBe(100);
        shares.forEach((share, index) => {
          expect(Number.isInteger(share)).toBe(true);
          expect(Math.abs(share - ((counts[index] ?? 0) * 100) / total)).toBeLessThan(1);
        });
        for (const [a, countA] of counts.entries()) for (const [b, countB] of counts.entries()) if (countA > countB) expect(shares[a]).toBeGreaterThanOrEqual(shares[b] ?? 0);
      }),
    );
  });
});

describe("planBalance", () => {
  it("counts every action whatever its status, and reports how many of each kind are done", () => {
    const balance = planBalance(actions(4, 2, 1, { EXPERIENCE: 1, FORMAL: 1 }));
    expect(balance.total).toBe(7);
    expect(balance.rows).toEqual([
      { type: "EXPERIENCE", count: 4, done: 1, share: 57, target: 70 },
      { type: "PEOPLE", count: 2, done: 0, share: 29, target: 20 },
      { type: "FORMAL", count: 1, done: 1, share: 14, target: 10 },
    ]);
    expect(TARGET_SHARES).toEqual({ EXPERIENCE: 70, PEOPLE: 20, FORMAL: 10 });
  });

  it("weighs done actions exactly as those not started", () => {
    expect(planBalance(actions(3, 1, 1, { EXPERIENCE: 3, PEOPLE: 1, FORMAL: 1 }))).toEqual({ ...planBalance(actions(3, 1, 1)), rows: planBalance(actions(3, 1, 1)).rows.map((row) => ({ ...row, done: row.count })) });
  });

  it("has nothing to weigh in an empty plan, which is neither off nor balanced", () => {
    const balance = planBalance([]);
    expect(balance.rows.map((row) => [row.count, row.share])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(balance.verdict).toMatchObject({ kind: "empty", off: false });
    expect(balance.verdict.sentence).toMatch(/^Nothing to weigh yet/);
  });
});

describe("the verdict", () => {
  it("is balanced at exactly 70/20/10, and says so plainly", () => {
    const { verdict } = planBalance(actions(7, 2, 1));
    expect(verdict).toEqual({ kind: "balanced", off: false, sentence: "Balanced: close to 70/20/10." });
  });

  it("says most of the plan is courses when courses are the largest share outright", () => {
    const { verdict } = planBalance(actions(1, 1, 2));
    expect(verdict.kind).toBe("courses-dominate");
    expect(verdict.off).toBe(true);
    expect(verdict.sentence).toBe("Most of this plan is courses: people learn most from doing, so add stretch work.");
    expect(kindOf(0, 0, 1)).toBe("courses-dominate");
    expect(kindOf(0, 1, 2)).toBe("courses-dominate");
  });

  it("does not call courses the largest share when another share equals it", () => {
    // 40 / 20 / 40: tied with doing.
    expect(sharesFor(2, 1, 2)).toEqual([40, 20, 40]);
    expect(kindOf(2, 1, 2)).toBe("too-many-courses");
    // 0 / 50 / 50: tied with others.
    expect(kindOf(0, 1, 1)).toBe("too-many-courses");
  });

  it("says nobody is helping when no action is learning from others, however the rest looks", () => {
    const { verdict } = planBalance(actions(9, 0, 1));
    expect(verdict).toEqual({ kind: "nobody-helping", off: true, sentence: "Nobody is helping you learn: add coaching, mentoring or feedback." });
    expect(kindOf(1, 0, 0)).toBe("nobody-helping");
    expect(kindOf(2, 0, 1)).toBe("nobody-helping");
  });

  it("prefers 'courses dominate' to 'nobody is helping' when both hold", () => {
    expect(kindOf(0, 0, 3)).toBe("courses-dominate");
  });

  it("flags courses above 20%, and not at 20%", () => {
    // Shares given directly, at the boundary: counts summing to 100 make each count its own percentage.
    expect(kindOf(65, 15, 20)).toBe("balanced");
    expect(kindOf(64, 15, 21)).toBe("too-many-courses");
    expect(planBalance(actions(64, 15, 21)).verdict.sentence).toBe("Courses are 21% of this plan, against about 10%: swap one for stretch work, or for time with a coach or mentor.");
  });

  it("flags doing below 60%, and not at 60%", () => {
    expect(kindOf(60, 30, 10)).toBe("balanced");
    expect(kindOf(59, 30, 11)).toBe("too-little-doing");
    expect(planBalance(actions(59, 30, 11)).verdict.sentence).toBe("Only 59% of this plan is learning by doing, against about 70%: add stretch work, such as a project or a problem to own.");
  });

  it("flags others below 10% (but above none), and not at 10%", () => {
    expect(kindOf(80, 10, 10)).toBe("balanced");
    expect(kindOf(80, 9, 11)).toBe("too-little-people");
    expect(planBalance(actions(80, 9, 11)).verdict.sentence).toBe("Only 9% of this plan is learning from other people, against about 20%: add coaching, mentoring or feedback.");
  });

  it("flags others above 30%, and not at 30%", () => {
    expect(kindOf(70, 30, 0)).toBe("balanced");
    expect(kindOf(65, 31, 4)).toBe("too-much-people");
    expect(planBalance(actions(65, 31, 4)).verdict.sentence).toBe("Learning from other people is 31% of this plan, against about 20%: put what you hear into practice with stretch work.");
  });

  it("flags doing above 80%, and not at 80%", () => {
    expect(kindOf(80, 20, 0)).toBe("balanced");
    expect(kindOf(81, 19, 0)).toBe("too-much-doing");
    expect(planBalance(actions(81, 19, 0)).verdict.sentence).toBe("Learning by doing is 81% of this plan, against about 70%: add someone to learn from, or a short course to frame the work.");
  });

  it("never minds too few courses: a plan without any can be balanced", () => {
    expect(kindOf(3, 1, 0)).toBe("balanced");
  });

  it("applies the rules in order where two could apply", () => {
    // 50 / 25 / 25: courses above 20% and doing below 60%; courses are named.
    expect(kindOf(2, 1, 1)).toBe("too-many-courses");
    // 50 / 40 / 10: doing below 60% and others above 30%; doing is named.
    expect(kindOf(50, 40, 10)).toBe("too-little-doing");
    // 85 / 5 / 10: others below 10% and doing above 80%; others are named.
    expect(kindOf(85, 5, 10)).toBe("too-little-people");
  });

  it("reads the rounded shares the chart shows", () => {
    // 3 / 1 / 1 of 5 is exactly 60 / 20 / 20: both on their boundaries, so balanced.
    expect(sharesFor(3, 1, 1)).toEqual([60, 20, 20]);
    expect(kindOf(3, 1, 1)).toBe("balanced");
  });

  it("calls every verdict but balanced and empty off", () => {
    const plans: [VerdictKind, [number, number, number]][] = [
      ["courses-dominate", [0, 0, 1]],
      ["nobody-helping", [1, 0, 0]],
      ["too-many-courses", [2, 1, 2]],
      ["too-little-doing", [50, 40, 10]],
      ["too-little-people", [85, 5, 10]],
      ["too-much-people", [65, 31, 4]],
      ["too-much-doing", [81, 19, 0]],
      ["balanced", [7, 2, 1]],
      ["empty", [0, 0, 0]],
    ];
    for (const [kind, counts] of plans) {
      const { verdict } = planBalance(actions(...counts));
      expect(verdict.kind, `${counts.join("/")}`).toBe(kind);
      expect(verdict.off, kind).toBe(kind !== "balanced" && kind !== "empty");
    }
  });

  it("needs only the shares and counts, so the rules can be read without building a plan", () => {
    expect(balanceVerdict(10, { EXPERIENCE: 70, PEOPLE: 20, FORMAL: 10 }, { EXPERIENCE: 7, PEOPLE: 2, FORMAL: 1 }).kind).toBe("balanced");
    expect(balanceVerdict(0, { EXPERIENCE: 0, PEOPLE: 0, FORMAL: 0 }, { EXPERIENCE: 0, PEOPLE: 0, FORMAL: 0 }).kind).toBe("empty");
  });
});
