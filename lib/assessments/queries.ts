import "server-only";
import { getPublishedCharter, type CharterVersionView } from "@/lib/charters/queries";
import { resolveRequirements, type ResolvedRequirement } from "@/lib/charters/requirements";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import type { AssessmentKind, AssessmentMoment, InductionStatus } from "@/lib/db/generated/enums";
import type { ScalePoint } from "@/lib/frameworks/document";
import { todayIn } from "@/lib/inductions/dates";
import { assessmentGaps, type CompetencyGap } from "./gaps";
import { momentChoice, type MomentChoice } from "./moments";
import { canReadAssessments, type Actor } from "./permissions";

/** What an assessment of one person is measured against: their induction, role, charter and scale. */
export type AssessmentContext = {
  subject: { id: string; name: string; managerId: string | null };
  /** The person's active induction, else their latest (or the one asked for). */
  induction: { id: string; managerId: string | null; status: InductionStatus; endReached: boolean } | null;
  role: { id: string; title: string } | null;
  /** The role's published charter, pinned to the framework version whose scale it uses. */
  charter: (CharterVersionView & { framework: NonNullable<CharterVersionView["framework"]> }) | null;
  requirements: ResolvedRequirement[];
  scale: ScalePoint[];
};

type ContextRow = {
  id: string;
  name: string;
  managerId: string | null;
  inductionId: string | null;
  inductionManagerId: string | null;
  inductionStatus: InductionStatus | null;
  /** The induction's last due date, "YYYY-MM-DD". */
  lastDue: string | null;
  roleId: string | null;
  roleTitle: string | null;
  timeZone: string;
};

/**
 * The person with their induction (the one asked for, else the active one, else the latest),
 * the role it moves them into (else their recorded role) and what "today" means for them, in
 * one statement: the assessment pages run it on every request.
 */
async function findContextRow(organisationId: string, subjectId: string, inductionId: string | null): Promise<ContextRow | null> {
  const rows = await db.$queryRaw<ContextRow[]>`
    SELECT p.id, p.name, p."managerId",
           i.id AS "inductionId", i."managerId" AS "inductionManagerId", i.status::text AS "inductionStatus",
           (SELECT to_char(max(item."dueDate"), 'YYYY-MM-DD') FROM "InductionItem" item
             WHERE item."organisationId" = p."organisationId" AND item."inductionId" = i.id) AS "lastDue",
           r.id AS "roleId", r.title AS "roleTitle", o."timeZone"
    FROM "Person" p
    JOIN "Organisation" o ON o.id = p."organisationId"
    LEFT JOIN LATERAL (
      SELECT candidate.* FROM "Induction" candidate
      WHERE candidate."organisationId" = p."organisationId" AND candidate."personId" = p.id
        AND (${inductionId}::text IS NULL OR candidate.id = ${inductionId}::text)
      ORDER BY candidate.status ASC, candidate."startDate" DESC, candidate."createdAt" DESC
      LIMIT 1
    ) i ON true
    LEFT JOIN "JobRole" r ON r."organisationId" = p."organisationId" AND r.id = COALESCE(i."jobRoleId", p."jobRoleId")
    WHERE p.id = ${subjectId} AND p."organisationId" = ${organisationId}`;
  return rows[0] ?? null;
}

/** The person's assessment context; "not found" when they (or the induction asked for) are not in the organisation. */
export async function getAssessmentContext(organisationId: string, subjectId: string, inductionId?: string): Promise<AssessmentContext> {
  const row = await findContextRow(organisationId, subjectId, inductionId ?? null);
  if (!row) throw new NotFoundError("person");
  if (inductionId && row.inductionId !== inductionId) throw new NotFoundError("induction");
  const role = row.roleId && row.roleTitle !== null ? { id: row.roleId, title: row.roleTitle } : null;
  const view = role ? await getPublishedCharter(organisationId, role.id) : null;
  const framework = view?.framework ?? null;
  // The end is reached when the induction is completed or its last item has fallen due in the organisation's calendar.
  const endReached = row.inductionStatus === "COMPLETED" || (row.lastDue !== null && row.lastDue <= todayIn(row.timeZone));
  return {
    subject: { id: row.id, name: row.name, managerId: row.managerId },
    induction: row.inductionId && row.inductionStatus ? { id: row.inductionId, managerId: row.inductionManagerId, status: row.inductionStatus, endReached } : null,
    role,
    charter: view && framework ? { ...view, framework } : null,
    requirements: view && framework ? resolveRequirements(view.document.requirements, framework.document) : [],
    scale: framework?.document.scale ?? [],
  };
}

export type AssessmentRecord = {
  id: string;
  kind: AssessmentKind;
  moment: AssessmentMoment;
  inductionId: string | null;
  createdAt: Date;
  assessorName: string | null;
  charterVersionNumber: number;
  ratings: { competencyKey: string; level: number }[];
};

export type AssessmentOverview = AssessmentContext & {
  /** Every assessment of the person, newest first. */
  history: AssessmentRecord[];
  gaps: CompetencyGap[];
  moments: Record<AssessmentKind, MomentChoice>;
};

/** The person's assessments with their ratings, assessor and charter version, newest first, in one statement. */
function listAssessments(organisationId: string, subjectId: string) {
  return db.$queryRaw<AssessmentRecord[]>`
    SELECT a.id, a.kind::text AS kind, a.moment::text AS moment, a."inductionId", a."createdAt",
           assessor.name AS "assessorName", version.number AS "charterVersionNumber",
           COALESCE((SELECT json_agg(json_build_object('competencyKey', rating."competencyKey", 'level', rating.level) ORDER BY rating."competencyKey")
                     FROM "AssessmentRating" rating
                     WHERE rating."organisationId" = a."organisationId" AND rating."assessmentId" = a.id), '[]'::json) AS ratings
    FROM "Assessment" a
    JOIN "CharterVersion" version ON version.id = a."charterVersionId" AND version."organisationId" = a."organisationId"
    LEFT JOIN "Person" assessor ON assessor.id = a."assessorId" AND assessor."organisationId" = a."organisationId"
    WHERE a."organisationId" = ${organisationId} AND a."subjectId" = ${subjectId}
    ORDER BY a."createdAt" DESC, a.id DESC`;
}

/**
 * Everything the assessment pages show about one person, for someone allowed to read it
 * (HR, the person, their manager); anyone else is told the person does not exist.
 */
export async function getAssessmentOverview(viewer: Actor & { organisationId: string }, subjectId: string, options: { inductionId?: string } = {}): Promise<AssessmentOverview> {
  const context = await getAssessmentContext(viewer.organisationId, subjectId, options.inductionId);
  if (!canReadAssessments(viewer, context.subject, context.induction)) throw new NotFoundError("person");
  const history = await listAssessments(viewer.organisationId, subjectId);
  const inductionId = context.induction?.id ?? null;
  const taken = (kind: AssessmentKind) => history.filter((row) => row.kind === kind && inductionId !== null && row.inductionId === inductionId).map((row) => row.moment);
  return {
    ...context,
    history,
    gaps: assessmentGaps({ requirements: context.requirements, scaleLength: context.scale.length, assessments: history, inductionId }),
    moments: { SELF: momentChoice(context.induction, taken("SELF")), MANAGER: momentChoice(context.induction, taken("MANAGER")) },
  };
}
