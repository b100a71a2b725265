import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { CreateFrameworkInput, EditFrameworkDraftInput, ImportFrameworkCsvInput, ImportFrameworkJsonInput, PublishFrameworkDraftInput } from "./action-schemas";
import { checkCompleteness } from "./completeness";
import { defaultProficiencyScale, newKey, type FrameworkDocument } from "./document";
import { applyEdit, FrameworkEditError, type FrameworkEdit } from "./edit";
import { parseFrameworkCsv } from "./interchange-csv";
import { parseFrameworkJson } from "./json-interchange";
import { parseContent } from "./queries";
import { documentIssues, FRAMEWORK_LIMITS, frameworkDocumentSchema } from "./schemas";
import { expertToLeaderTemplate } from "./starter-template";

/**
 * Every change to frameworks. Each runs in one transaction with its audit event, puts
 * organisationId in every where, and changes a version's content only while it is the
 * DRAFT (the database refuses anything else too: see the frameworks migration).
 */

const ENTITY = "Framework";
const MAX_LISTED = 50;

export const DRAFT_CONFLICT =
  "Someone else changed this draft while you were working on it, so your change was not saved. Reload the page to see their changes, then make yours again.";
const FROZEN = "This version is published, and published versions never change. Start a new draft to change the framework.";

const asJson = (doc: FrameworkDocument) => doc as unknown as Prisma.InputJsonValue;
const listName = (doc: FrameworkDocument) => doc.name.trim() || "Untitled framework";

function limitList(messages: string[]): string[] {
  return messages.length > MAX_LISTED ? [...messages.slice(0, MAX_LISTED), `… and ${messages.length - MAX_LISTED} more.`] : messages;
}

/** A document checked as strictly as an import; problems are reported on `field`. */
function checkedDocument(doc: FrameworkDocument, field: string, message: string): FrameworkDocument {
  const parsed = frameworkDocumentSchema.safeParse(doc);
  if (!parsed.success) throw new InvalidError({ [field]: limitList(documentIssues(parsed.error).map((issue) => `${issue.location}: ${issue.message}`)) }, message);
  return parsed.data;
}

export function blankFramework(name: string): FrameworkDocument {
  return {
    name,
    description: "",
    scale: defaultProficiencyScale(),
    stages: [{ key: newKey(), name: "Stage 1", description: "" }],
    clusters: [{ key: newKey(), name: "Cluster 1", description: "", competencies: [] }],
  };
}

async function insertFramework(tx: Tx, actor: SessionPerson, doc: FrameworkDocument, action: string, summary: string, details?: Prisma.InputJsonValue) {
  const organisationId = actor.organisationId;
  const framework = await tx.framework.create({
    data: { organisationId, name: listName(doc), versions: { create: { organisationId, number: 1, status: "DRAFT", content: asJson(doc) } } },
    select: { id: true, name: true },
  });
  await recordAudit(tx, { organisationId, actorId: actor.id, action, entityType: ENTITY, entityId: framework.id, summary, details });
  return { id: framework.id, name: framework.name };
}

export async function createFramework(actor: SessionPerson, input: CreateFrameworkInput) {
  const doc = checkedDocument(input.start === "template" ? { ...expertToLeaderTemplate(), name: input.name } : blankFramework(input.name), "name", "This framework cannot be created.");
  const from = input.start === "template" ? " from the “Expert to leader” template" : "";
  return db.$transaction((tx) => insertFramework(tx, actor, doc, "framework.created", `Created the framework ${listName(doc)}${from}`));
}

export async function importFrameworkCsv(actor: SessionPerson, input: ImportFrameworkCsvInput) {
  const parsed = parseFrameworkCsv(input.csv);
  const rejected = "This file cannot be imported. Fix the problems listed and choose it again; nothing was saved.";
  if ("errors" in parsed) {
    throw new InvalidError({ csv: limitList(parsed.errors.map((error) => `Row ${error.row}${error.column ? `, ${error.column}` : ""}: ${error.message}`)) }, rejected);
  }
  const doc = checkedDocument({ ...parsed.document, name: input.name }, "csv", rejected);
  return db.$transaction((tx) => insertFramework(tx, actor, doc, "framework.imported", `Imported the framework ${listName(doc)} from a CSV file`));
}

export async function importFrameworkJson(actor: SessionPerson, input: ImportFrameworkJsonInput) {
  const parsed = parseFrameworkJson(input.json);
  const rejected = "This file cannot be imported. Fix the problems listed and choose it again; nothing was saved.";
  if ("errors" in parsed) throw new InvalidError({ json: limitList(parsed.errors.map((issue) => `${issue.location}: ${issue.message}`)) }, rejected);
  return db.$transaction((tx) => insertFramework(tx, actor, parsed.document, "framework.imported", `Imported the framework ${listName(parsed.document)} from a JSON file`));
}

async function findVersion(tx: Tx, organisationId: string, id: string) {
  const version = await tx.frameworkVersion.findFirst({
    where: { id, organisationId },
    select: { id: true, frameworkId: true, number: true, status: true, revision: true, content: true },
  });
  if (!version) throw new NotFoundError("framework version");
  return version;
}

/** Copies any version into a new framework with a draft version 1 (keys are per framework, so they are kept). */
export async function duplicateFrameworkVersion(actor: SessionPerson, versionId: string) {
  return db.$transaction(async (tx) => {
    const source = await findVersion(tx, actor.organisationId, versionId);
    const doc = parseContent(source.content);
    const copy = { ...doc, name: `Copy of ${listName(doc)}`.slice(0, FRAMEWORK_LIMITS.name).trim() };
    return insertFramework(tx, actor, copy, "framework.duplicated", `Created ${copy.name} from version ${source.number} of ${listName(doc)}`, {
      sourceFrameworkId: source.frameworkId,
      sourceVersion: source.number,
    });
  });
}

const NOUNS: Record<string, string> = { scalePoint: "scale point", stage: "stage", cluster: "cluster", competency: "competency", indicator: "indicator" };

/** The audit summary of one edit. */
export function describeEdit(edit: FrameworkEdit): string {
  switch (edit.op) {
    case "setFrameworkDetails":
      return edit.name !== undefined ? `Renamed the framework to ${edit.name}` : "Changed the framework's description";
    case "addElement":
      return `Added the ${NOUNS[edit.element]} ${edit.name || "(no name yet)"}`;
    case "addCompetency":
      return `Added the competency ${edit.name || "(no name yet)"}`;
    case "addIndicator":
      return "Added a behavioural indicator";
    case "rename":
      return `Renamed a ${NOUNS[edit.element]} to ${edit.name}`;
    case "describe":
      return `Changed the description of a ${NOUNS[edit.element]}`;
    case "setTags":
      return "Changed a competency's tags";
    case "setIndicatorText":
      return "Reworded a behavioural indicator";
    case "setExpectation":
      return "Changed an expectation";
    case "delete":
      return `Deleted a ${NOUNS[edit.element]}`;
    case "move":
      return `Moved a ${NOUNS[edit.element]}`;
    case "moveCompetencyToCluster":
      return "Moved a competency to another cluster";
  }
}

/** Applies one editor change to the draft, if nobody has saved another since `revision`. */
export async function editFrameworkDraft(actor: SessionPerson, input: EditFrameworkDraftInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const version = await findVersion(tx, organisationId, input.versionId);
    if (version.status !== "DRAFT") throw new ConflictError(FROZEN);
    if (version.revision !== input.revision) throw new ConflictError(DRAFT_CONFLICT);
    let next: FrameworkDocument;
    try {
      next = applyEdit(parseContent(version.content), input.edit);
    } catch (error) {
      if (error instanceof FrameworkEditError) throw new ConflictError(error.message);
      throw error;
    }
    const doc = checkedDocument(next, "edit", "That change would leave the framework invalid, so it was not saved.");
    const { count } = await tx.frameworkVersion.updateMany({
      where: { id: version.id, organisationId, status: "DRAFT", revision: input.revision },
      data: { content: asJson(doc), revision: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(DRAFT_CONFLICT);
    await tx.framework.updateMany({ where: { id: version.frameworkId, organisationId }, data: { name: listName(doc) } });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "framework.edited",
      entityType: ENTITY,
      entityId: version.frameworkId,
      summary: `${describeEdit(input.edit)} in the draft (version ${version.number})`,
      details: input.edit as unknown as Prisma.InputJsonValue,
    });
    return { frameworkId: version.frameworkId, revision: input.revision + 1 };
  });
}

/** Publishes the draft when it is complete; from then on it never changes. */
export async function publishFrameworkDraft(actor: SessionPerson, input: PublishFrameworkDraftInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const version = await findVersion(tx, organisationId, input.versionId);
    if (version.status !== "DRAFT") throw new ConflictError("This version is already published.");
    if (version.revision !== input.revision) throw new ConflictError(DRAFT_CONFLICT);
    const doc = parseContent(version.content);
    const problems = checkCompleteness(doc);
    if (problems.length) {
      throw new InvalidError(
        { completeness: limitList(problems.map((problem) => `${problem.location}: ${problem.message}`)) },
        `This draft cannot be published yet: ${problems.length} ${problems.length === 1 ? "thing needs" : "things need"} finishing first.`,
      );
    }
    const { count } = await tx.frameworkVersion.updateMany({
      where: { id: version.id, organisationId, status: "DRAFT", revision: input.revision },
      data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: actor.id },
    });
    if (count === 0) throw new ConflictError(DRAFT_CONFLICT);
    await tx.framework.updateMany({ where: { id: version.frameworkId, organisationId }, data: { name: listName(doc) } });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "framework.published",
      entityType: ENTITY,
      entityId: version.frameworkId,
      summary: `Published version ${version.number} of ${listName(doc)}`,
    });
    return { frameworkId: version.frameworkId, number: version.number };
  });
}

/** Starts a draft from the latest published version; a framework has at most one draft. */
export async function startFrameworkDraft(actor: SessionPerson, frameworkId: string) {
  const organisationId = actor.organisationId;
  try {
    return await db.$transaction(async (tx) => {
      const framework = await tx.framework.findFirst({ where: { id: frameworkId, organisationId }, select: { id: true, name: true } });
      if (!framework) throw new NotFoundError("framework");
      const draft = await tx.frameworkVersion.findFirst({ where: { frameworkId, organisationId, status: "DRAFT" }, select: { number: true } });
      if (draft) throw new ConflictError(`This framework already has a draft (version ${draft.number}). Carry on with it, or discard it first.`);
      const [latest, newest] = await Promise.all([
        tx.frameworkVersion.findFirst({ where: { frameworkId, organisationId, status: "PUBLISHED" }, orderBy: { number: "desc" }, select: { number: true, content: true } }),
        tx.frameworkVersion.findFirst({ where: { frameworkId, organisationId }, orderBy: { number: "desc" }, select: { number: true } }),
      ]);
      if (!latest) throw new ConflictError("This framework has no published version to start a draft from. Publish a version, or unarchive one, first.");
      const number = (newest?.number ?? 0) + 1;
      await tx.frameworkVersion.create({
        data: { organisationId, frameworkId, number, status: "DRAFT", content: latest.content as Prisma.InputJsonValue },
        select: { id: true },
      });
      await recordAudit(tx, {
        organisationId,
        actorId: actor.id,
        action: "framework.draftStarted",
        entityType: ENTITY,
        entityId: frameworkId,
        summary: `Started draft version ${number} of ${framework.name} from version ${latest.number}`,
      });
      return { frameworkId, number };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("Someone else started a draft of this framework a moment ago. Reload the page to carry on with it.");
    throw error;
  }
}

/** Archives a published version (kept and readable by HR, no longer offered) or brings it back. */
export async function setFrameworkVersionArchived(actor: SessionPerson, versionId: string, archived: boolean) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const version = await findVersion(tx, organisationId, versionId);
    const from = archived ? "PUBLISHED" : "ARCHIVED";
    if (version.status !== from) {
      throw new ConflictError(archived ? "Only a published version can be archived." : "Only an archived version can be brought back.");
    }
    const { count } = await tx.frameworkVersion.updateMany({
      where: { id: version.id, organisationId, status: from },
      data: { status: archived ? "ARCHIVED" : "PUBLISHED", archivedAt: archived ? new Date() : null },
    });
    if (count === 0) throw new ConflictError("Someone else changed this version a moment ago. Reload the page to see it.");
    const name = listName(parseContent(version.content));
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: archived ? "framework.archived" : "framework.unarchived",
      entityType: ENTITY,
      entityId: version.frameworkId,
      summary: `${archived ? "Archived" : "Unarchived"} version ${version.number} of ${name}`,
    });
    return { frameworkId: version.frameworkId, number: version.number };
  });
}

/** Throws the draft away; a framework that never had anything else goes with it. */
export async function discardFrameworkDraft(actor: SessionPerson, versionId: string) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const version = await findVersion(tx, organisationId, versionId);
    if (version.status !== "DRAFT") throw new ConflictError("Only a draft can be discarded; published versions are kept.");
    const others = await tx.frameworkVersion.count({ where: { frameworkId: version.frameworkId, organisationId, id: { not: version.id } } });
    const name = listName(parseContent(version.content));
    if (others === 0) await tx.framework.deleteMany({ where: { id: version.frameworkId, organisationId } });
    else await tx.frameworkVersion.deleteMany({ where: { id: version.id, organisationId, status: "DRAFT" } });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "framework.draftDiscarded",
      entityType: ENTITY,
      entityId: version.frameworkId,
      summary: others === 0 ? `Discarded ${name}, which had never been published` : `Discarded draft version ${version.number} of ${name}`,
    });
    return { frameworkId: version.frameworkId, frameworkDeleted: others === 0 };
  });
}
