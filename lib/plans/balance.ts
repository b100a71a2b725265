import type { LearningType, PlanActionStatus } from "@/lib/db/generated/enums";
import { LEARNING_TYPES } from "./labels";

/**
 * THE 70/20/10 BALANCE of a development plan: how its actions divide between learning by
 * doing, learning from other people and formal learning, against the rule of thumb that
 * about 70% of what leaders learn comes from experience, 20% from others and 10% from courses.
 *
 * WHAT COUNTS: every action on the plan, whatever its status. The balance judges the plan as
 * designed (what the person means to do), so a new plan with nothing done yet still gets advice
 * on what to add; how far each kind has got is shown beside it (`done`).
 *
 * SHARES are whole percentages that always add up to 100 (largest remainder: each share is
 * rounded down, then the points left over go to the largest fractions; on equal fractions to
 * the kind listed first, doing before others before courses). The verdict reads the same
 * rounded figures the chart shows, so the sentence and the chart never disagree.
 *
 * THE VERDICT: a share is "close" when it is within TOLERANCE points of its target (doing
 * 60–80%, others 10–30%, courses up to 20%). The first rule that applies gives the sentence:
 *   1. no actions: nothing to weigh;
 *   2. courses are the largest share outright: "most of this plan is courses";
 *   3. no action at all is learning from others: "nobody is helping you learn";
 *   4. courses above 20%;   5. doing below 60%;   6. others below 10%;
 *   7. others above 30%;    8. doing above 80%;
 *   9. otherwise: balanced.
 * Courses below target are never a problem: a plan without a course can still be balanced.
 */

export const TARGET_SHARES: Record<LearningType, number> = { EXPERIENCE: 70, PEOPLE: 20, FORMAL: 10 };

/** How many percentage points a share may stray from its target and still count as close. */
export const TOLERANCE = 10;

export type VerdictKind =
  | "empty"
  | "courses-dominate"
  | "nobody-helping"
  | "too-many-courses"
  | "too-little-doing"
  | "too-little-people"
  | "too-much-people"
  | "too-much-doing"
  | "balanced";

export type Verdict = { kind: VerdictKind; /** The plan is noticeably away from 70/20/10. */ off: boolean; sentence: string };

export type BalanceRow = { type: LearningType; count: number; done: number; share: number; target: number };

export type PlanBalance = { total: number; rows: BalanceRow[]; verdict: Verdict };

/** Whole percentages of `counts` that add up to 100 (all zero when there is nothing to share). */
export function sharesOf(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  // Whole numbers throughout, so equal remainders compare equal (16.67% and 66.67% in floating point do not).
  const shares = counts.map((count) => Math.floor((count * 100) / total));
  const leftOver = 100 - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = counts.map((count, index) => ({ index, remainder: (count * 100) % total })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder.slice(0, leftOver)) shares[index] = (shares[index] ?? 0) + 1;
  return shares;
}

type Shares = Record<LearningType, number>;

const verdict = (kind: VerdictKind, sentence: string): Verdict => ({ kind, off: kind !== "balanced" && kind !== "empty", sentence });

/** The sentence for a plan of `total` actions with these shares and counts (see the rules above). */
export function balanceVerdict(total: number, shares: Shares, counts: Shares): Verdict {
  const { EXPERIENCE: doing, PEOPLE: others, FORMAL: courses } = shares;
  const low = (type: LearningType) => shares[type] < TARGET_SHARES[type] - TOLERANCE;
  const high = (type: LearningType) => shares[type] > TARGET_SHARES[type] + TOLERANCE;
  if (total === 0) return verdict("empty", "Nothing to weigh yet: add a first action, and make it stretch work, since people learn most from doing.");
  if (courses > doing && courses > others) return verdict("courses-dominate", "Most of this plan is courses: people learn most from doing, so add stretch work.");
  if (counts.PEOPLE === 0) return verdict("nobody-helping", "Nobody is helping you learn: add coaching, mentoring or feedback.");
  if (high("FORMAL")) return verdict("too-many-courses", `Courses are ${courses}% of this plan, against about 10%: swap one for stretch work, or for time with a coach or mentor.`);
  if (low("EXPERIENCE")) return verdict("too-little-doing", `Only ${doing}% of this plan is learning by doing, against about 70%: add stretch work, such as a project or a problem to own.`);
  if (low("PEOPLE")) return verdict("too-little-people", `Only ${others}% of this plan is learning from other people, against about 20%: add coaching, mentoring or feedback.`);
  if (high("PEOPLE")) return verdict("too-much-people", `Learning from other people is ${others}% of this plan, against about 20%: put what you hear into practice with stretch work.`);
  if (high("EXPERIENCE")) return verdict("too-much-doing", `Learning by doing is ${doing}% of this plan, against about 70%: add someone to learn from, or a short course to frame the work.`);
  return verdict("balanced", "Balanced: close to 70/20/10.");
}

/** The balance of a plan's actions: a row per kind of learning, in the order of the rule, and the verdict. */
export function planBalance(actions: readonly { type: LearningType; status: PlanActionStatus }[]): PlanBalance {
  const counts = LEARNING_TYPES.map((type) => actions.filter((action) => action.type === type).length);
  const shares = sharesOf(counts);
  const rows = LEARNING_TYPES.map((type, index) => ({
    type,
    count: counts[index] ?? 0,
    done: actions.filter((action) => action.type === type && action.status === "DONE").length,
    share: shares[index] ?? 0,
    target: TARGET_SHARES[type],
  }));
  const byType = (pick: (row: BalanceRow) => number) => Object.fromEntries(rows.map((row) => [row.type, pick(row)])) as Shares;
  return { total: actions.length, rows, verdict: balanceVerdict(actions.length, byType((row) => row.share), byType((row) => row.count)) };
}
