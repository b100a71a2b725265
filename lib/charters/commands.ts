import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { parseContent as parseFramework } from "@/lib/frameworks/queries";
import { notify } from "@/lib/notifications/commands";
import { completeCharterItems } from "@/lib/inductions/item-charter";
import { changeDraft, discardDraft, publishDraft, setArchived, startDraft, table, type VersionedKind, type VersionRow } from "@/lib/versioning/lifecycle";
import { checkCharter } from "./completeness";
import { emptyCharter, type CharterDocument, type Requirement } from "./document";
import { moveRequirements, unknownRequirements } from "./requirements";
import { frameworkVersionLabel, parseCharter } from "./queries";
import type { PinCharterFrameworkInput, SaveCharterSectionsInput, SetCharterRequirementsInput } from "./schemas";

/**
 * Every change to charters. Versions follow the shared lifecycle (lib/versioning); each
 * change runs in one transaction with its audit event and organisationId in every where.
 */

const ENTITY = "Charter";
const asJson = (doc: CharterDocument) => doc as unknown as Prisma.InputJsonValue;

async function roleTitle(tx: Tx, organisationId: string, charterId: string): Promise<string> {
  const charter = await tx.charter.findFirst({ where: { id: charterId, organisationId }, select: { jobRole: { select: { title: true } } } });
  return charter ? `the ${charter.jobRole.title} charter` : "the charter";
}

function charterKind(organisationId: string): VersionedKind {
  return {
    noun: "charter",
    entityType: ENTITY,
    versions: table((tx) => tx.charterVersion),
    parents: table((tx) => tx.charter),
    parentKey: "charterId",
    contentColumns: ["frameworkVersionId"],
    title: (tx, version) => roleTitle(tx, organisationId, version.parentId),
  };
}

/** The published (or archived) framework version a charter version points at, or null. */
async function pinnedFramework(tx: Tx, organisationId: string, version: VersionRow): Promise<{ id: string; label: string; document: FrameworkDocument } | null> {
  const id = version.columns.frameworkVersionId as string | null;
  if (!id) return null;
  const pinned = await tx.frameworkVersion.findFirst({ where: { id, organisationId }, select: { id: true, number: true, content: true, framework: { select: { name: true } } } });
  if (!pinned) throw new NotFoundError("framework version");
  return { id: pinned.id, label: frameworkVersionLabel(pinned), document: parseFramework(pinned.content) };
}

/** Starts the role's charter as a draft; it points at the framework version of the charter of the role it usually follows, when there is one. */
export async function createCharter(actor: SessionPerson, jobRoleId: string) {
  const organisationId = actor.organisationId;
  try {
    return await db.$transaction(async (tx) => {
      const role = await tx.jobRole.findFirst({ where: { id: jobRoleId, organisationId }, select: { id: true, title: true, usuallyFollowsId: true } });
      if (!role) throw new NotFoundError("job role");
      const previous = role.usuallyFollowsId
        ? await tx.charterVersion.findFirst({
            where: { organisationId, status: "PUBLISHED", charter: { jobRoleId: role.usuallyFollowsId, organisationId }, frameworkVersion: { status: "PUBLISHED" } },
            orderBy: { number: "desc" },
            select: { frameworkVersionId: true },
          })
        : null;
      const charter = await tx.charter.create({
        data: {
          organisationId,
          jobRoleId: role.id,
          versions: { create: { organisationId, number: 1, status: "DRAFT", content: asJson(emptyCharter()), frameworkVersionId: previous?.frameworkVersionId ?? null } },
        },
        select: { id: true },
      });
      await recordAudit(tx, { organisationId, actorId: actor.id, action: "charter.created", entityType: ENTITY, entityId: charter.id, summary: `Started the ${role.title} charter` });
      return { charterId: charter.id, jobRoleId: role.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("This role already has a charter. Reload the page to carry on with it.");
    throw error;
  }
}

async function roleOfCharter(tx: Tx, organisationId: string, charterId: string) {
  const charter = await tx.charter.findFirst({ where: { id: charterId, organisationId }, select: { jobRoleId: true } });
  if (!charter) throw new NotFoundError("charter");
  return charter.jobRoleId;
}

const roleOfCharterNow = (organisationId: string, charterId: string) => db.$transaction((tx) => roleOfCharter(tx, organisationId, charterId));

/** Saves every section of the draft at once (the form holds them all). */
export async function saveCharterSections(actor: SessionPerson, input: SaveCharterSectionsInput) {
  const { versionId, revision, ...sections } = input;
  return db.$transaction(async (tx) => {
    const { version, revision: next } = await changeDraft(tx, charterKind(actor.organisationId), actor, { versionId, revision }, (current) => ({
      data: { content: asJson({ ...parseCharter(current.content), ...sections }) },
      summary: "Changed the charter's sections",
    }));
    return { jobRoleId: await roleOfCharter(tx, actor.organisationId, version.parentId), revision: next };
  });
}

/** Sets the stage the role expects for each competency of the pinned framework version. */
export async function setCharterRequirements(actor: SessionPerson, input: SetCharterRequirementsInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const { version, revision } = await changeDraft(tx, charterKind(organisationId), actor, input, async (current) => {
      const framework = await pinnedFramework(tx, organisationId, current);
      if (!framework) throw new InvalidError({ stage: ["Choose a framework version first."] }, "Choose the framework version the role's competencies come from first.");
      const ahead = new Set(input.ahead);
      const requirements: Requirement[] = [];
      const seen = new Set<string>();
      for (const pair of input.stage.filter(Boolean)) {
        const [competencyKey, stageKey] = pair.split(":") as [string, string];
        if (seen.has(competencyKey)) throw new InvalidError({ stage: ["Choose one stage for each competency."] }, "Choose one stage for each competency.");
        seen.add(competencyKey);
        requirements.push({ competencyKey, stageKey, developAhead: ahead.has(competencyKey) });
      }
      if (unknownRequirements(requirements, framework.document).length > 0) {
        throw new InvalidError({ stage: [`Choose competencies and stages from ${framework.label}.`] }, "Some choices are not in the framework version. Reload the page and choose again.");
      }
      const notRequired = [...ahead].filter((key) => !seen.has(key));
      if (notRequired.length > 0) {
        throw new InvalidError({ ahead: ["Choose a stage for a competency before marking it to be developed ahead of the role."] }, "Choose a stage for every competency marked to be developed ahead.");
      }
      return {
        data: { content: asJson({ ...parseCharter(current.content), requirements }) },
        summary: `Set ${requirements.length} required ${requirements.length === 1 ? "competency" : "competencies"}`,
      };
    });
    return { jobRoleId: await roleOfCharter(tx, organisationId, version.parentId), revision };
  });
}

/** Points the draft at another published framework version, carrying over the requirements it can. */
export async function pinCharterFramework(actor: SessionPerson, input: PinCharterFrameworkInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    let dropped: string[] = [];
    const { version, revision } = await changeDraft(tx, charterKind(organisationId), actor, input, async (current) => {
      const target = await tx.frameworkVersion.findFirst({
        where: { id: input.frameworkVersionId, organisationId, status: "PUBLISHED" },
        select: { id: true, number: true, content: true, framework: { select: { name: true } } },
      });
      if (!target) throw new InvalidError({ frameworkVersionId: ["Choose a published framework version from the list."] }, "That framework version cannot be chosen.");
      const doc = parseCharter(current.content);
      const from = await pinnedFramework(tx, organisationId, current);
      const moved = from ? moveRequirements(doc.requirements, from.document, parseFramework(target.content)) : { kept: [], dropped: [] };
      dropped = moved.dropped.map((item) => `${item.competencyName}: ${item.reason}`);
      return {
        data: { content: asJson({ ...doc, requirements: moved.kept }), frameworkVersionId: target.id },
        summary: `Moved the required competencies to ${frameworkVersionLabel(target)}`,
        details: { from: from?.label ?? null, to: frameworkVersionLabel(target), dropped },
      };
    });
    return { jobRoleId: await roleOfCharter(tx, organisationId, version.parentId), revision, dropped };
  });
}

/** Publishes the draft when every section is written and its competencies fit its framework version. */
export async function publishCharterDraft(actor: SessionPerson, input: { versionId: string; revision: number }) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const version = await publishDraft(tx, charterKind(organisationId), actor, input, async (current) => {
      const framework = await pinnedFramework(tx, organisationId, current);
      const problems = checkCharter(parseCharter(current.content), framework?.document ?? null);
      if (problems.length) {
        throw new InvalidError(
          { completeness: problems.map((problem) => `${problem.location}: ${problem.message}`) },
          `This draft cannot be published yet: ${problems.length} ${problems.length === 1 ? "thing needs" : "things need"} finishing first.`,
        );
      }
    });
    return { jobRoleId: await roleOfCharter(tx, organisationId, version.parentId), number: version.number };
  });
}

export async function startCharterDraft(actor: SessionPerson, charterId: string) {
  const draft = await startDraft(charterKind(actor.organisationId), actor, charterId);
  return { jobRoleId: await roleOfCharterNow(actor.organisationId, charterId), number: draft.number };
}

export async function setCharterVersionArchived(actor: SessionPerson, versionId: string, archived: boolean) {
  const version = await setArchived(charterKind(actor.organisationId), actor, versionId, archived);
  return { jobRoleId: await roleOfCharterNow(actor.organisationId, version.parentId), number: version.number };
}

export async function discardCharterDraft(actor: SessionPerson, versionId: string) {
  const organisationId = actor.organisationId;
  const charterId = (await db.charterVersion.findFirst({ where: { id: versionId, organisationId }, select: { charterId: true } }))?.charterId;
  if (!charterId) throw new NotFoundError("charter version");
  const jobRoleId = await roleOfCharterNow(organisationId, charterId);
  const { parentDeleted } = await discardDraft(charterKind(organisationId), actor, versionId);
  return { jobRoleId, charterDeleted: parentDeleted };
}

/** The published version of the person's own role's charter that they are acting on; anything else is refused. */
async function ownPublishedCharter(tx: Tx, actor: SessionPerson, charterVersionId: string) {
  const organisationId = actor.organisationId;
  const [person, version] = await Promise.all([
    tx.person.findFirst({ where: { id: actor.id, organisationId }, select: { jobRoleId: true, managerId: true } }),
    tx.charterVersion.findFirst({
      where: { id: charterVersionId, organisationId, status: "PUBLISHED" },
      select: { id: true, number: true, charterId: true, charter: { select: { jobRoleId: true, jobRole: { select: { title: true } } } } },
    }),
  ]);
  if (!version || !person || version.charter.jobRoleId !== person.jobRoleId) throw new NotFoundError("charter");
  return { person, version };
}

/** Records that the person has read their role's current charter; saying it twice changes nothing. */
export async function acknowledgeCharter(actor: SessionPerson, charterVersionId: string) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const { version } = await ownPublishedCharter(tx, actor, charterVersionId);
    const newer = await tx.charterVersion.findFirst({ where: { organisationId, charterId: version.charterId, status: "PUBLISHED", number: { gt: version.number } }, select: { id: true } });
    if (newer) throw new ConflictError("A newer version of your charter has been published. Reload the page, read it, then acknowledge that one.");
    // ON CONFLICT DO NOTHING: a second acknowledgement (even one sent at the same moment) changes nothing.
    const { count } = await tx.charterAcknowledgement.createMany({ data: [{ organisationId, personId: actor.id, charterVersionId: version.id }], skipDuplicates: true });
    const created = await tx.charterAcknowledgement.findFirstOrThrow({ where: { organisationId, personId: actor.id, charterVersionId: version.id }, select: { acknowledgedAt: true } });
    if (count === 0) return { acknowledgedAt: created.acknowledgedAt, number: version.number };
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "charter.acknowledged",
      entityType: ENTITY,
      entityId: version.charterId,
      summary: `${actor.name} acknowledged version ${version.number} of the ${version.charter.jobRole.title} charter`,
    });
    await completeCharterItems(tx, actor, version.charter.jobRoleId);
    return { acknowledgedAt: created.acknowledgedAt, number: version.number };
  });
}

/** The same question asked again this soon is the same form sent twice; asked later, it is a reminder and goes out again. */
const QUESTION_REPEAT_WINDOW_MS = 10 * 60_000;

/** Sends the person's question about their charter to their manager and to HR. */
export async function askCharterQuestion(actor: SessionPerson, input: { charterVersionId: string; question: string }) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const { person, version } = await ownPublishedCharter(tx, actor, input.charterVersionId);
    // The person's row lock queues two submissions of one question; the second finds the first and sends nothing again.
    await tx.$queryRaw`SELECT id FROM "Person" WHERE id = ${actor.id} AND "organisationId" = ${organisationId} FOR UPDATE`;
    const since = new Date(Date.now() - QUESTION_REPEAT_WINDOW_MS);
    const asked = await tx.charterQuestion.findFirst({
      where: { organisationId, personId: actor.id, charterVersionId: version.id, question: input.question, createdAt: { gte: since } },
      select: { id: true },
    });
    const question = asked ?? (await tx.charterQuestion.create({ data: { organisationId, personId: actor.id, charterVersionId: version.id, question: input.question }, select: { id: true } }));
    const hrAdmins = await tx.person.findMany({ where: { organisationId, active: true, roles: { has: "HR_ADMIN" } }, select: { id: true } });
    const manager = person.managerId ? await tx.person.findFirst({ where: { id: person.managerId, organisationId, active: true }, select: { id: true } }) : null;
    const recipients = [...new Set([...(manager ? [manager.id] : []), ...hrAdmins.map((admin) => admin.id)])].filter((id) => id !== actor.id);
    if (asked) return { recipients: recipients.length, questionId: question.id };
    await notify(tx, organisationId, recipients, {
      title: `${actor.name} has a question about the ${version.charter.jobRole.title} charter`,
      body: input.question,
      href: `/charters/${version.charter.jobRoleId}`,
    });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "charter.questionAsked",
      entityType: ENTITY,
      entityId: version.charterId,
      summary: `${actor.name} asked a question about version ${version.number} of the ${version.charter.jobRole.title} charter`,
      details: { questionId: question.id },
    });
    return { recipients: recipients.length, questionId: question.id };
  });
}
