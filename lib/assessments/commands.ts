import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/db/errors";
import type { AssessmentKind, AssessmentMoment } from "@/lib/db/generated/enums";
import { notify } from "@/lib/notifications/commands";
import { KIND_LABELS, MOMENT_LABELS } from "./labels";
import { momentProblem } from "./moments";
import { canManagerAssess, canSelfAssess } from "./permissions";
import { getAssessmentContext, type AssessmentContext } from "./queries";
import { checkRatings, type Rating } from "./ratings";

/**
 * Recording an assessment: the ratings are checked against the charter the form showed
 * (still the role's published one), the moment against those already taken, and the
 * assessment, its ratings and the audit event are written in one transaction.
 */

type Submission = { subjectId: string; charterVersionId: string; moment: AssessmentMoment; ratings: string[] };

const CHARTER_CHANGED = "HR has published a new version of the role's charter since this page was opened. Reload the page to assess against it.";

function authorise(actor: SessionPerson, kind: AssessmentKind, context: AssessmentContext) {
  if (kind === "SELF" && !canSelfAssess(actor, context.subject)) throw new ForbiddenError("You can take a self-assessment only for yourself.");
  if (kind === "MANAGER" && !canManagerAssess(actor, context.subject, context.induction)) throw new ForbiddenError("You can assess only the people who report to you.");
}

/** A check-in with the same ratings by the same person within this long is the same form sent twice. */
const REPEAT_WINDOW_MS = 10 * 60_000;

type Repeat = { subjectId: string; assessorId: string; kind: AssessmentKind; charterVersionId: string; ratings: Rating[] };

/** The check-in this submission repeats, with the subject's row locked so that two sent at once queue here; null when it is new. */
async function repeatedCheckIn(tx: Tx, organisationId: string, repeat: Repeat): Promise<string | null> {
  await tx.$queryRaw`SELECT id FROM "Person" WHERE id = ${repeat.subjectId} AND "organisationId" = ${organisationId} FOR UPDATE`;
  const latest = await tx.assessment.findFirst({
    where: {
      organisationId,
      subjectId: repeat.subjectId,
      assessorId: repeat.assessorId,
      kind: repeat.kind,
      moment: "ON_DEMAND",
      charterVersionId: repeat.charterVersionId,
      createdAt: { gte: new Date(Date.now() - REPEAT_WINDOW_MS) },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, ratings: { select: { competencyKey: true, level: true } } },
  });
  if (!latest) return null;
  const key = (ratings: Repeat["ratings"]) => ratings.map((rating) => `${rating.competencyKey}=${rating.level}`).sort().join(",");
  return key(latest.ratings) === key(repeat.ratings) ? latest.id : null;
}

/** Start and end are taken once each per kind and induction; the induction's row lock makes two submissions at once queue. */
async function checkMoment(tx: Tx, organisationId: string, kind: AssessmentKind, moment: AssessmentMoment, inductionId: string | null) {
  if (moment === "ON_DEMAND") return;
  if (inductionId) await tx.$queryRaw`SELECT id FROM "Induction" WHERE id = ${inductionId} AND "organisationId" = ${organisationId} FOR UPDATE`;
  const taken = inductionId
    ? await tx.assessment.findMany({ where: { organisationId, inductionId, kind, moment: { in: ["START", "END"] } }, select: { moment: true } })
    : [];
  const problem = momentProblem(kind, moment, inductionId !== null, taken.map((row) => row.moment));
  if (problem) throw new InvalidError({ moment: [problem] }, problem);
}

/** The people to tell: the leader when their manager has assessed them; their managers when they have self-assessed at the start or end. */
function recipientsOf(kind: AssessmentKind, moment: AssessmentMoment, context: AssessmentContext, actorId: string): string[] {
  if (kind === "MANAGER") return [context.subject.id];
  if (moment === "ON_DEMAND") return [];
  return [...new Set([context.subject.managerId, context.induction?.managerId])].filter((id): id is string => Boolean(id) && id !== actorId);
}

export async function submitAssessment(actor: SessionPerson, kind: AssessmentKind, input: Submission) {
  const organisationId = actor.organisationId;
  // The charter version the form showed must be the organisation's before anything else is said about it.
  if (!(await db.charterVersion.findFirst({ where: { id: input.charterVersionId, organisationId }, select: { id: true } }))) throw new NotFoundError("charter version");
  const context = await getAssessmentContext(organisationId, input.subjectId);
  authorise(actor, kind, context);
  const { charter, role } = context;
  if (!charter || !role) throw new ConflictError("There is no published charter for the role, so there is nothing to assess against yet. HR publishes it from Job roles.");
  if (charter.id !== input.charterVersionId) throw new ConflictError(CHARTER_CHANGED);
  if (context.requirements.length === 0) throw new ConflictError("The role's charter requires no competencies yet, so there is nothing to assess.");
  const checked = checkRatings(input.ratings, context.requirements, context.scale.length);
  if (!checked.ok) throw new InvalidError(checked.fieldErrors, checked.message);

  const inductionId = context.induction?.id ?? null;
  return db.$transaction(async (tx) => {
    await checkMoment(tx, organisationId, kind, input.moment, inductionId);
    const current = await tx.charterVersion.findFirst({
      where: { organisationId, status: "PUBLISHED", charter: { jobRoleId: role.id, organisationId } },
      orderBy: { number: "desc" },
      select: { id: true },
    });
    if (current?.id !== charter.id) throw new ConflictError(CHARTER_CHANGED);
    if (input.moment === "ON_DEMAND") {
      const repeated = await repeatedCheckIn(tx, organisationId, { subjectId: context.subject.id, assessorId: actor.id, kind, charterVersionId: charter.id, ratings: checked.ratings });
      if (repeated) return { assessmentId: repeated, subjectId: context.subject.id };
    }
    const assessment = await tx.assessment.create({
      data: {
        organisationId,
        subjectId: context.subject.id,
        assessorId: actor.id,
        inductionId,
        charterVersionId: charter.id,
        kind,
        moment: input.moment,
        ratings: { createMany: { data: checked.ratings.map((rating) => ({ ...rating, organisationId })) } },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "assessment.submitted",
      entityType: "Assessment",
      entityId: assessment.id,
      summary: `Recorded a ${KIND_LABELS[kind].toLowerCase()} of ${context.subject.name} (${MOMENT_LABELS[input.moment].toLowerCase()}) against the ${role.title} charter, version ${charter.number}`,
      details: { subjectId: context.subject.id, kind, moment: input.moment, charterVersionId: charter.id, ratings: checked.ratings },
    });
    const title =
      kind === "MANAGER"
        ? `${actor.name} has recorded their assessment of you`
        : `${context.subject.name} has taken their self-assessment (${MOMENT_LABELS[input.moment].toLowerCase()})`;
    const href = kind === "MANAGER" ? "/me/assessment" : `/team/${context.subject.id}/assessment`;
    await notify(tx, organisationId, recipientsOf(kind, input.moment, context, actor.id), { title, href });
    return { assessmentId: assessment.id, subjectId: context.subject.id };
  });
}
