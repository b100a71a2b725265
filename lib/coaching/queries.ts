import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { getAssessmentOverview } from "@/lib/assessments/queries";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import type { AssessmentKind, RelationshipStatus, SupportKind } from "@/lib/db/generated/enums";
import { parseContent } from "@/lib/frameworks/queries";
import { todayIn, toDateOnly, type DateOnly } from "@/lib/inductions/dates";
import { organisationToday } from "@/lib/inductions/induction-queries";
import { rankSupporters, type BenchMember, type LeaderGap, type MatchResult, type Suggestion } from "./matching";
import { lastRunningDay, sessionsPerMonth } from "./dates";

/** Reads for the bench, matching and relationships. Session notes leave here only for the supporter and the leader. */

export type BenchProfile = BenchMember & {
  profileId: string;
  email: string;
  about: string;
  version: number;
  /** Still active and still wearing the Coach or mentor hat: only they are suggested. */
  available: boolean;
};

type BenchRow = Omit<BenchProfile, "offers"> & { offersCoaching: boolean; offersMentoring: boolean };

/** The bench (or one profile of it), with each person's strengths and active relationships, in one statement. */
async function benchRows(organisationId: string, profileId: string | null): Promise<BenchProfile[]> {
  const rows = await db.$queryRaw<BenchRow[]>`
    SELECT sp.id AS "profileId", p.id AS "personId", p.name, p.email, sp."offersCoaching", sp."offersMentoring",
           sp.capacity, sp.about, sp.version,
           (p.active AND 'COACH'::"AppRole" = ANY(p.roles)) AS available,
           (SELECT count(*)::int FROM "SupportRelationship" r
             WHERE r."organisationId" = sp."organisationId" AND r."supporterId" = p.id AND r.status = 'ACTIVE') AS "activeCount",
           COALESCE((SELECT json_agg(json_build_object('frameworkId', s."frameworkId", 'competencyKey', s."competencyKey", 'competencyName', s."competencyName")
                                     ORDER BY s."competencyName", s.id)
                     FROM "SupporterStrength" s WHERE s."organisationId" = sp."organisationId" AND s."profileId" = sp.id), '[]'::json) AS strengths
    FROM "SupporterProfile" sp
    JOIN "Person" p ON p.id = sp."personId" AND p."organisationId" = sp."organisationId"
    WHERE sp."organisationId" = ${organisationId} AND (${profileId}::text IS NULL OR sp.id = ${profileId}::text)
    ORDER BY p.name, p.id`;
  return rows.map(({ offersCoaching, offersMentoring, ...row }) => ({
    ...row,
    offers: [...(offersCoaching ? (["COACHING"] as const) : []), ...(offersMentoring ? (["MENTORING"] as const) : [])],
  }));
}

export function listBench(organisationId: string): Promise<BenchProfile[]> {
  return benchRows(organisationId, null);
}

export async function getBenchProfile(organisationId: string, profileId: string): Promise<BenchProfile> {
  const [profile] = await benchRows(organisationId, profileId);
  if (!profile) throw new NotFoundError("bench profile");
  return profile;
}

/** People with the Coach or mentor hat who are not on the bench yet. */
export function listBenchNewcomers(organisationId: string) {
  return db.person.findMany({
    where: { organisationId, active: true, roles: { has: "COACH" }, supporterProfile: { is: null } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true },
  });
}

/** Active people with the New leader hat: whom HR may find a coach or mentor for. */
export function listLeaders(organisationId: string) {
  return db.person.findMany({
    where: { organisationId, active: true, roles: { has: "LEADER" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true },
  });
}

export type StrengthOptions = { frameworkId: string; frameworkName: string; clusters: { name: string; competencies: { key: string; name: string }[] }[] };

/** The competencies a strength may be chosen from: those of the latest published version of each framework (or of those asked for). */
export async function listStrengthOptions(organisationId: string, frameworkIds?: readonly string[]): Promise<StrengthOptions[]> {
  const versions = await db.frameworkVersion.findMany({
    where: { organisationId, status: "PUBLISHED", ...(frameworkIds ? { frameworkId: { in: [...frameworkIds] } } : {}) },
    orderBy: [{ frameworkId: "asc" }, { number: "desc" }],
    distinct: ["frameworkId"],
    select: { frameworkId: true, content: true, framework: { select: { name: true } } },
  });
  return versions
    .map((version) => ({
      frameworkId: version.frameworkId,
      frameworkName: version.framework.name,
      clusters: parseContent(version.content).clusters.map((cluster) => ({
        name: cluster.name,
        competencies: cluster.competencies.map((competency) => ({ key: competency.key, name: competency.name })),
      })),
    }))
    .sort((a, b) => a.frameworkName.localeCompare(b.frameworkName, "en-GB") || a.frameworkId.localeCompare(b.frameworkId));
}

export type GapDetail = LeaderGap & { expected: string; rated: string; ratedBy: AssessmentKind };

export type MatchView = {
  leader: { id: string; name: string };
  kind: SupportKind;
  /** The charter the gaps are measured against, e.g. "Staff Engineer charter, version 1". */
  measuredAgainst: string | null;
  details: GapDetail[];
  result: Omit<MatchResult, "suggestions"> & { suggestions: (Suggestion & { about: string })[] };
  today: DateOnly;
};

/** Suggestions of coaches or mentors for a leader, for HR; "not found" unless the leader is an active person with the New leader hat. */
export async function getMatch(actor: SessionPerson, leaderId: string, kind: SupportKind): Promise<MatchView> {
  const organisationId = actor.organisationId;
  const leader = await db.person.findFirst({
    where: { id: leaderId, organisationId, active: true, roles: { has: "LEADER" } },
    select: { id: true, name: true, managerId: true, supportedBy: { where: { organisationId, status: "ACTIVE" }, select: { supporterId: true, kind: true } } },
  });
  if (!leader) throw new NotFoundError("leader");
  const [overview, bench, { today }] = await Promise.all([getAssessmentOverview(actor, leader.id), listBench(organisationId), organisationToday(organisationId)]);

  const charter = overview.charter;
  const rated = charter ? overview.gaps.flatMap((gap) => (gap.gap === null || gap.gapFrom === null ? [] : [{ ...gap, gap: gap.gap, gapFrom: gap.gapFrom }])) : [];
  const gaps = charter && rated.length > 0 ? rated.map((gap) => ({ frameworkId: charter.framework.frameworkId, competencyKey: gap.competencyKey, competencyName: gap.competencyName, gap: gap.gap })) : null;
  const levelName = (level: number | null) => (level === null ? "" : (overview.scale[level - 1]?.name ?? String(level)));
  const available = bench.filter((member) => member.available);
  const ranked = rankSupporters({ leader: { id: leader.id, name: leader.name, managerId: leader.managerId, activeSupport: leader.supportedBy }, kind, gaps, bench: available });
  const result = { ...ranked, suggestions: ranked.suggestions.map((suggestion) => ({ ...suggestion, about: available.find((member) => member.personId === suggestion.personId)?.about ?? "" })) };
  const details = result.gaps.flatMap((gap) => {
    const source = rated.find((item) => item.competencyKey === gap.competencyKey);
    if (!source) return [];
    const latest = source.gapFrom === "MANAGER" ? source.manager.latest : source.self.latest;
    return [{ ...gap, expected: levelName(source.expected), rated: levelName(latest), ratedBy: source.gapFrom }];
  });
  return {
    leader: { id: leader.id, name: leader.name },
    kind,
    measuredAgainst: charter && overview.role ? `${overview.role.title} charter, version ${charter.number}` : null,
    details,
    result,
    today,
  };
}

export type HrRelationship = {
  id: string;
  kind: SupportKind;
  status: RelationshipStatus;
  startOn: DateOnly;
  endOn: DateOnly;
  endedOn: DateOnly | null;
  supporterName: string;
  leaderName: string;
  sessions: number;
  lastSession: DateOnly | null;
  perMonth: number | null;
};

type HrRelationshipRow = Omit<HrRelationship, "endedOn" | "perMonth"> & { endedAt: Date | null };

/** Every relationship of the organisation with how often its people meet: no goals' progress, no notes. Active first, newest first. */
export async function listRelationships(organisationId: string): Promise<HrRelationship[]> {
  const [rows, { today, timeZone }] = await Promise.all([
    db.$queryRaw<HrRelationshipRow[]>`
      SELECT r.id, r.kind::text AS kind, r.status::text AS status,
             to_char(r."startOn", 'YYYY-MM-DD') AS "startOn", to_char(r."endOn", 'YYYY-MM-DD') AS "endOn", r."endedAt",
             supporter.name AS "supporterName", leader.name AS "leaderName", stats.sessions, stats."lastSession"
      FROM "SupportRelationship" r
      JOIN "Person" supporter ON supporter.id = r."supporterId" AND supporter."organisationId" = r."organisationId"
      JOIN "Person" leader ON leader.id = r."leaderId" AND leader."organisationId" = r."organisationId"
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS sessions, to_char(max(s."heldOn"), 'YYYY-MM-DD') AS "lastSession"
        FROM "SupportSession" s WHERE s."organisationId" = r."organisationId" AND s."relationshipId" = r.id
      ) stats
      WHERE r."organisationId" = ${organisationId}
      ORDER BY r.status ASC, r."startOn" DESC, r.id ASC`,
    organisationToday(organisationId),
  ]);
  return rows.map(({ endedAt, ...row }) => {
    const endedOn = endedAt ? todayIn(timeZone, endedAt) : null;
    return { ...row, endedOn, perMonth: sessionsPerMonth(row.sessions, row.startOn, lastRunningDay(today, row.endOn, endedOn)) };
  });
}

export type SessionView = { id: string; heldOn: DateOnly; notes: string; authorName: string | null };

export type RelationshipView = {
  id: string;
  kind: SupportKind;
  status: RelationshipStatus;
  goals: string;
  startOn: DateOnly;
  endOn: DateOnly;
  endedOn: DateOnly | null;
  supporter: { id: string; name: string };
  leader: { id: string; name: string };
  /** The viewer is the coach or mentor named on the leader's induction, so may open it at /team/<leader id>. */
  supportsInduction: boolean;
  sessions: SessionView[];
  perMonth: number | null;
};

/**
 * The viewer's own relationships, as the coach or mentor (`side` "supporter") or as the
 * leader, with their sessions and notes: only the two people in a relationship read them.
 */
export async function listOwnRelationships(viewer: SessionPerson, side: "supporter" | "leader"): Promise<{ today: DateOnly; relationships: RelationshipView[] }> {
  const organisationId = viewer.organisationId;
  const [rows, { today, timeZone }] = await Promise.all([
    db.supportRelationship.findMany({
      where: { organisationId, ...(side === "supporter" ? { supporterId: viewer.id } : { leaderId: viewer.id }) },
      orderBy: [{ status: "asc" }, { startOn: "desc" }, { id: "asc" }],
      select: {
        id: true,
        kind: true,
        status: true,
        goals: true,
        startOn: true,
        endOn: true,
        endedAt: true,
        supporter: { select: { id: true, name: true } },
        leader: { select: { id: true, name: true, inductions: { where: { organisationId, supporterId: viewer.id }, select: { id: true }, take: 1 } } },
        sessions: { where: { organisationId }, orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }], select: { id: true, heldOn: true, notes: true, author: { select: { name: true } } } },
      },
    }),
    organisationToday(organisationId),
  ]);
  const relationships = rows.map(({ leader: { inductions, ...leader }, sessions, startOn, endOn, endedAt, ...row }) => {
    const endedOn = endedAt ? todayIn(timeZone, endedAt) : null;
    const start = toDateOnly(startOn);
    const end = toDateOnly(endOn);
    return {
      ...row,
      leader,
      startOn: start,
      endOn: end,
      endedOn,
      supportsInduction: side === "supporter" && inductions.length > 0,
      sessions: sessions.map((session) => ({ id: session.id, heldOn: toDateOnly(session.heldOn), notes: session.notes, authorName: session.author?.name ?? null })),
      perMonth: sessionsPerMonth(sessions.length, start, lastRunningDay(today, end, endedOn)),
    };
  });
  return { today, relationships };
}
