import { count, list } from "@/lib/csv/wording";
import type { SupportKind } from "@/lib/db/generated/enums";
import { SUPPORT_VERBS } from "./labels";

/**
 * MATCHING: which people on the bench to suggest as a leader's coach or mentor, best first.
 * A candidate offers the kind asked for; the leader themself, their manager, anyone at
 * capacity and anyone already giving the leader that kind of support are left out, each with
 * the reason. The rest are ranked by how much of the leader's assessed gap their strengths
 * cover (the sum of the gaps on the competencies they are strong in), then by places free,
 * then by name. Competencies match by framework and key, so a strength chosen from one
 * version of a framework still matches a gap measured against another version of it.
 */

export type LeaderGap = { frameworkId: string; competencyKey: string; competencyName: string; gap: number };

export type Strength = { frameworkId: string; competencyKey: string; competencyName: string };

export type BenchMember = {
  personId: string;
  name: string;
  offers: readonly SupportKind[];
  capacity: number;
  /** Their active relationships, of either kind. */
  activeCount: number;
  strengths: readonly Strength[];
};

export type MatchLeader = {
  id: string;
  name: string;
  managerId: string | null;
  /** Who supports the leader now, in which kind. */
  activeSupport: readonly { supporterId: string; kind: SupportKind }[];
};

export type Suggestion = {
  personId: string;
  name: string;
  /** The points of the leader's gap their strengths cover. */
  score: number;
  covered: LeaderGap[];
  capacity: number;
  spare: number;
  explanation: string;
};

export type Exclusion = { personId: string; name: string; reason: string };

export type MatchResult = {
  /** False when the leader has no rating on any required competency yet. */
  assessed: boolean;
  /** The competencies where the leader is below expectation, largest gap first. */
  gaps: LeaderGap[];
  totalGap: number;
  suggestions: Suggestion[];
  excluded: Exclusion[];
};

export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export const sparePlaces = (member: Pick<BenchMember, "capacity" | "activeCount">) => Math.max(0, member.capacity - member.activeCount);

const strengthKey = (item: { frameworkId: string; competencyKey: string }) => `${item.frameworkId}:${item.competencyKey}`;

const byName = (a: { name: string; personId: string }, b: { name: string; personId: string }) =>
  a.name.localeCompare(b.name, "en-GB", { sensitivity: "base" }) || a.personId.localeCompare(b.personId);

/**
 * Why `member` may not take the leader on in `kind`, or null when they may. Checked in this
 * order, so each person is given one reason. Starting a relationship asks the same question.
 */
export function exclusionReason(member: BenchMember, leader: MatchLeader, kind: SupportKind): string | null {
  const first = firstName(leader.name);
  if (member.personId === leader.id) return `${member.name} is the person being matched.`;
  if (member.personId === leader.managerId) return `${member.name} is ${first}'s manager.`;
  if (leader.activeSupport.some((support) => support.supporterId === member.personId && support.kind === kind)) {
    return `${member.name} already ${SUPPORT_VERBS[kind]} ${first}.`;
  }
  if (member.capacity === 0) return `${member.name} is taking nobody on at the moment (capacity 0).`;
  if (sparePlaces(member) === 0) return `${member.name} is at capacity: ${count(member.activeCount, "person", "people")} supported, with room for ${member.capacity}.`;
  return null;
}

function coverage(totalGap: number, score: number, leader: string): string {
  if (score === totalGap) return totalGap === 1 ? `covers the one point ${leader} is below expectation` : `covers all ${totalGap} points ${leader} is below expectation`;
  return `covers ${score} of the ${totalGap} points ${leader} is below expectation`;
}

function explain(member: BenchMember, covered: readonly LeaderGap[], result: Pick<MatchResult, "assessed" | "totalGap">, leaderName: string): string {
  const leader = firstName(leaderName);
  const places = `${sparePlaces(member)} of ${count(member.capacity, "place", "places")} free`;
  if (!result.assessed) return `${leader} has not been assessed yet, so this ranks by places free: ${places}.`;
  if (result.totalGap === 0) return `${leader} meets every expectation assessed so far, so this ranks by places free: ${places}.`;
  if (covered.length === 0) return `None of their strengths is a competency where ${leader} is below expectation; ${places}.`;
  const score = covered.reduce((sum, gap) => sum + gap.gap, 0);
  const strongIn = list(covered.map((gap) => `${gap.competencyName} (gap ${gap.gap})`));
  return `Strong in ${strongIn} — ${coverage(result.totalGap, score, leader)}; ${places}.`;
}

/** The ranked suggestions for `leader` in `kind`. `gaps` is null when the leader has not been assessed. */
export function rankSupporters(input: { leader: MatchLeader; kind: SupportKind; gaps: readonly LeaderGap[] | null; bench: readonly BenchMember[] }): MatchResult {
  const gaps = (input.gaps ?? []).filter((gap) => gap.gap > 0).sort((a, b) => b.gap - a.gap || a.competencyName.localeCompare(b.competencyName, "en-GB"));
  const result = { assessed: input.gaps !== null, gaps, totalGap: gaps.reduce((sum, gap) => sum + gap.gap, 0) };
  const candidates = input.bench.filter((member) => member.offers.includes(input.kind)).sort(byName);

  const suggestions: Suggestion[] = [];
  const excluded: Exclusion[] = [];
  for (const member of candidates) {
    const reason = exclusionReason(member, input.leader, input.kind);
    if (reason) {
      excluded.push({ personId: member.personId, name: member.name, reason });
      continue;
    }
    const strengths = new Set(member.strengths.map(strengthKey));
    const covered = gaps.filter((gap) => strengths.has(strengthKey(gap)));
    suggestions.push({
      personId: member.personId,
      name: member.name,
      score: covered.reduce((sum, gap) => sum + gap.gap, 0),
      covered,
      capacity: member.capacity,
      spare: sparePlaces(member),
      explanation: explain(member, covered, result, input.leader.name),
    });
  }
  suggestions.sort((a, b) => b.score - a.score || b.spare - a.spare || byName(a, b));
  return { ...result, suggestions, excluded };
}
