import "server-only";
import { db } from "@/lib/db/client";
import type { AssessmentKind, ItemOwner, LearningType, SupportKind } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/db/errors";
import { todayIn, type DateOnly } from "@/lib/inductions/dates";
import { LEARNING_TYPES } from "@/lib/plans/labels";
import { sharesOf, TARGET_SHARES } from "@/lib/plans/balance";
import { activityPeriod, coveragePeriod, type DashboardFilters, type Period } from "./filters";
import { dateScope, inductionScope, personScope } from "./scope";

/**
 * THE HR PROGRAMME DASHBOARD, counted by PostgreSQL: one grouped statement per section (the
 * induction sections share one), each starting from the organisation so its indexes serve it.
 */

export type Option = { id: string; name: string };

export type DashboardContext = { timeZone: string; today: DateOnly; cohorts: Option[]; jobRoles: Option[]; managers: Option[] };

/** The organisation's day and the choices of the filter form, in one statement. */
export async function getDashboardContext(organisationId: string, now: Date = new Date()): Promise<DashboardContext> {
  const [row] = await db.$queryRaw<{ timeZone: string; cohorts: Option[]; jobRoles: Option[]; managers: Option[] }[]>`
    SELECT o."timeZone",
      COALESCE((SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.name, c.id)
                FROM "Cohort" c WHERE c."organisationId" = o.id), '[]'::json) AS cohorts,
      COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.title) ORDER BY r.title, r.id)
                FROM "JobRole" r WHERE r."organisationId" = o.id), '[]'::json) AS "jobRoles",
      COALESCE((SELECT json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.name, m.id)
                FROM "Person" m
                WHERE m."organisationId" = o.id AND m.active
                  AND ('MANAGER'::"AppRole" = ANY(m.roles)
                       OR EXISTS (SELECT 1 FROM "Person" r WHERE r."organisationId" = m."organisationId" AND r."managerId" = m.id))), '[]'::json) AS managers
    FROM "Organisation" o WHERE o.id = ${organisationId}`;
  if (!row) throw new NotFoundError("organisation");
  return { ...row, today: todayIn(row.timeZone, now) };
}

export type StatusCounts = { done: number; waived: number; open: number; overdue: number };

export type PhaseProgress = StatusCounts & { position: number; phase: string };

export type CohortPhaseProgress = PhaseProgress & { cohortId: string | null; cohort: string | null };

export type OwnerCounts = StatusCounts & { owner: ItemOwner };

export type InductionSection = { overall: PhaseProgress[]; byCohort: CohortPhaseProgress[]; byOwner: OwnerCounts[] };

type InductionRow = CohortPhaseProgress & { grouping: "cohort" | "phase" | "owner"; owner: ItemOwner | null };

/** Items by phase (overall and per cohort) and by owner, settled or not, overdue as of `today`: one statement. */
export async function inductionProgress(organisationId: string, filters: DashboardFilters, today: DateOnly): Promise<InductionSection> {
  const rows = await db.$queryRaw<InductionRow[]>`
    SELECT CASE WHEN GROUPING(it.owner) = 0 THEN 'owner' WHEN GROUPING(i."cohortId") = 0 THEN 'cohort' ELSE 'phase' END AS grouping,
           i."cohortId", c.name AS cohort, ph.position, ph.name AS phase, it.owner::text AS owner,
           count(*) FILTER (WHERE it.status = 'DONE')::int AS done,
           count(*) FILTER (WHERE it.status = 'WAIVED')::int AS waived,
           count(*) FILTER (WHERE it.status = 'OPEN' AND it."dueDate" >= ${today}::date)::int AS open,
           count(*) FILTER (WHERE it.status = 'OPEN' AND it."dueDate" < ${today}::date)::int AS overdue
    FROM "Induction" i
    JOIN "InductionItem" it ON it."organisationId" = i."organisationId" AND it."inductionId" = i.id
    JOIN "InductionPhase" ph ON ph."organisationId" = i."organisationId" AND ph.id = it."phaseId"
    LEFT JOIN "Cohort" c ON c."organisationId" = i."organisationId" AND c.id = i."cohortId"
    WHERE i."organisationId" = ${organisationId} ${inductionScope(filters)}
    GROUP BY GROUPING SETS ((i."cohortId", c.name, ph.position, ph.name), (ph.position, ph.name), (it.owner))
    ORDER BY c.name NULLS LAST, i."cohortId", ph.position, ph.name, it.owner`;
  const counts = ({ done, waived, open, overdue }: StatusCounts): StatusCounts => ({ done, waived, open, overdue });
  return {
    overall: rows.filter((row) => row.grouping === "phase").map((row) => ({ position: row.position, phase: row.phase, ...counts(row) })),
    byCohort: rows
      .filter((row) => row.grouping === "cohort")
      .map((row) => ({ cohortId: row.cohortId, cohort: row.cohort, position: row.position, phase: row.phase, ...counts(row) })),
    byOwner: rows.filter((row) => row.grouping === "owner" && row.owner !== null).map((row) => ({ owner: row.owner as ItemOwner, ...counts(row) })),
  };
}

export type CoverageRow = { managerId: string; manager: string; people: number; covered: number };

export type CoverageSection = Period & { people: number; covered: number; byManager: CoverageRow[] };

/** Active people with a manager, and how many of them had a career conversation in the period: overall and by manager, one statement. */
export async function conversationCoverage(organisationId: string, filters: DashboardFilters, today: DateOnly): Promise<CoverageSection> {
  const period = coveragePeriod(filters, today);
  const rows = await db.$queryRaw<(Omit<CoverageRow, "managerId" | "manager"> & { managerId: string | null; manager: string | null })[]>`
    SELECT s."managerId", m.name AS manager, count(*)::int AS people, count(*) FILTER (WHERE s.covered)::int AS covered
    FROM (
      SELECT p."managerId",
             EXISTS (SELECT 1 FROM "Conversation" cv
                     WHERE cv."organisationId" = p."organisationId" AND cv."personId" = p.id
                       AND cv."heldOn" BETWEEN ${period.start}::date AND ${period.end}::date) AS covered
      FROM "Person" p
      WHERE p."organisationId" = ${organisationId} AND p."managerId" IS NOT NULL ${personScope(filters)}
    ) s
    LEFT JOIN "Person" m ON m."organisationId" = ${organisationId} AND m.id = s."managerId"
    GROUP BY GROUPING SETS ((s."managerId", m.name), ())
    ORDER BY m.name NULLS FIRST, s."managerId" NULLS FIRST`;
  const total = rows.find((row) => row.managerId === null);
  return {
    ...period,
    people: total?.people ?? 0,
    covered: total?.covered ?? 0,
    byManager: rows.flatMap((row) => (row.managerId === null ? [] : [{ managerId: row.managerId, manager: row.manager ?? "", people: row.people, covered: row.covered }])),
  };
}

export type CompetencyChange = { competencyKey: string; competency: string; kind: AssessmentKind; averageChange: number; people: number };

/**
 * Start against end of induction, per competency and kind of assessment: the average change in
 * level and how many people it rests on. The competency's name comes from the framework version
 * the end assessment's charter pins; one statement.
 */
export async function assessmentChange(organisationId: string, filters: DashboardFilters): Promise<CompetencyChange[]> {
  return db.$queryRaw<CompetencyChange[]>`
    WITH pairs AS (
      SELECT s.kind, sr."competencyKey", er.level - sr.level AS change, s."subjectId", cv."frameworkVersionId"
      FROM "Induction" i
      JOIN "Assessment" s ON s."organisationId" = i."organisationId" AND s."inductionId" = i.id AND s.moment = 'START'
      JOIN "Assessment" e ON e."organisationId" = i."organisationId" AND e."inductionId" = i.id AND e.moment = 'END' AND e.kind = s.kind
      JOIN "AssessmentRating" sr ON sr."assessmentId" = s.id
      JOIN "AssessmentRating" er ON er."assessmentId" = e.id AND er."competencyKey" = sr."competencyKey"
      JOIN "CharterVersion" cv ON cv."organisationId" = i."organisationId" AND cv.id = e."charterVersionId"
      WHERE i."organisationId" = ${organisationId} ${inductionScope(filters)}
    ), grouped AS (
      SELECT kind, "competencyKey", avg(change) AS average, count(DISTINCT "subjectId") AS people, min("frameworkVersionId") AS "frameworkVersionId"
      FROM pairs GROUP BY kind, "competencyKey"
    )
    SELECT g."competencyKey", g.kind::text AS kind, round(g.average, 2)::float8 AS "averageChange", g.people::int AS people,
           COALESCE((SELECT comp->>'name'
                     FROM "FrameworkVersion" fv, jsonb_array_elements(fv.content->'clusters') cluster, jsonb_array_elements(cluster->'competencies') comp
                     WHERE fv."organisationId" = ${organisationId} AND fv.id = g."frameworkVersionId" AND comp->>'key' = g."competencyKey"
                     LIMIT 1), g."competencyKey") AS competency
    FROM grouped g
    ORDER BY competency, g."competencyKey", g.kind`;
}

export type MonthActivity = { month: string; coaching: number; mentoring: number };

export type CoachingSection = Period & { active: Record<SupportKind, number>; months: MonthActivity[] };

/** Active relationships now, and sessions per calendar month of the period, of the people in scope: one statement. */
export async function coachingActivity(organisationId: string, filters: DashboardFilters, today: DateOnly): Promise<CoachingSection> {
  const period = activityPeriod(filters, today);
  const rows = await db.$queryRaw<(MonthActivity & { month: string | null })[]>`
    WITH rel AS (
      SELECT r.id, r.kind, r.status
      FROM "SupportRelationship" r
      JOIN "Person" p ON p."organisationId" = r."organisationId" AND p.id = r."leaderId"
      WHERE r."organisationId" = ${organisationId} ${personScope(filters)}
    ), months AS (
      SELECT generate_series(date_trunc('month', ${period.start}::date::timestamp), date_trunc('month', ${period.end}::date::timestamp), interval '1 month')::date AS month
    )
    SELECT NULL AS month,
           count(*) FILTER (WHERE rel.kind = 'COACHING' AND rel.status = 'ACTIVE')::int AS coaching,
           count(*) FILTER (WHERE rel.kind = 'MENTORING' AND rel.status = 'ACTIVE')::int AS mentoring
    FROM rel
    UNION ALL
    SELECT to_char(m.month, 'YYYY-MM'), count(s.id) FILTER (WHERE s.kind = 'COACHING')::int, count(s.id) FILTER (WHERE s.kind = 'MENTORING')::int
    FROM months m
    LEFT JOIN (
      SELECT ss.id, ss."heldOn", rel.kind FROM "SupportSession" ss JOIN rel ON rel.id = ss."relationshipId"
      WHERE ss."organisationId" = ${organisationId} AND ss."heldOn" BETWEEN ${period.start}::date AND ${period.end}::date
    ) s ON date_trunc('month', s."heldOn"::timestamp)::date = m.month
    GROUP BY m.month
    ORDER BY month NULLS FIRST`;
  const active = rows.find((row) => row.month === null);
  return {
    ...period,
    active: { COACHING: active?.coaching ?? 0, MENTORING: active?.mentoring ?? 0 },
    months: rows.flatMap((row) => (row.month === null ? [] : [{ month: row.month, coaching: row.coaching, mentoring: row.mentoring }])),
  };
}

export type BalanceShare = { type: LearningType; count: number; done: number; share: number; target: number };

export type PlanSection = { plans: number; actions: number; balance: BalanceShare[] };

/** Development plans of the people in scope, and their actions (due in the range, when one is given) by kind of learning: one statement. */
export async function planBalanceSummary(organisationId: string, filters: DashboardFilters): Promise<PlanSection> {
  const rows = await db.$queryRaw<{ type: LearningType | null; count: number; done: number }[]>`
    WITH plans AS (
      SELECT dp.id FROM "DevelopmentPlan" dp
      JOIN "Person" p ON p."organisationId" = dp."organisationId" AND p.id = dp."personId"
      WHERE dp."organisationId" = ${organisationId} ${personScope(filters)}
    )
    SELECT NULL AS type, count(*)::int AS count, 0 AS done FROM plans
    UNION ALL
    SELECT a.type::text, count(*)::int, count(*) FILTER (WHERE a.status = 'DONE')::int
    FROM "PlanAction" a JOIN plans ON plans.id = a."planId"
    WHERE a."organisationId" = ${organisationId} ${dateScope(Prisma.sql`a."dueOn"`, filters)}
    GROUP BY a.type`;
  const byType = new Map(rows.flatMap((row) => (row.type === null ? [] : [[row.type, row] as const])));
  const counts = LEARNING_TYPES.map((type) => byType.get(type)?.count ?? 0);
  const shares = sharesOf(counts);
  return {
    plans: rows.find((row) => row.type === null)?.count ?? 0,
    actions: counts.reduce((sum, count) => sum + count, 0),
    balance: LEARNING_TYPES.map((type, index) => ({ type, count: counts[index] ?? 0, done: byType.get(type)?.done ?? 0, share: shares[index] ?? 0, target: TARGET_SHARES[type] })),
  };
}

export type Dashboard = {
  inductions: InductionSection;
  coverage: CoverageSection;
  assessments: CompetencyChange[];
  coaching: CoachingSection;
  plans: PlanSection;
};

/** Every section of the dashboard: five statements. */
export async function getDashboard(organisationId: string, filters: DashboardFilters, today: DateOnly): Promise<Dashboard> {
  const [inductions, coverage, assessments, coaching, plans] = await Promise.all([
    inductionProgress(organisationId, filters, today),
    conversationCoverage(organisationId, filters, today),
    assessmentChange(organisationId, filters),
    coachingActivity(organisationId, filters, today),
    planBalanceSummary(organisationId, filters),
  ]);
  return { inductions, coverage, assessments, coaching, plans };
}
