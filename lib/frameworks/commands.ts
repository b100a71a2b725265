import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, InvalidError } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/client";
import { changeDraft, discardDraft, findVersion, publishDraft, setArchived, startDraft, table, type VersionedKind } from "@/lib/versioning/lifecycle";
import type { CreateFrameworkInput, EditFrameworkDraftInput, ImportFrameworkInput, PublishFrameworkDraftInput } from "./action-schemas";
import { checkedDocument, limitList } from "./checked-document";
import { checkCompleteness } from "./completeness";
import { defaultProficiencyScale, newKey, type FrameworkDocument } from "./document";
import { applyEdit, FrameworkEditError, type FrameworkEdit } from "./edit";
import { readFrameworkFile } from "./import-file";
import { parseContent } from "./queries";
import { FRAMEWORK_LIMITS } from "./schemas";
import { expertToLeaderTemplate } from "./starter-template";

/**
 * Every change to frameworks. Each runs in one transaction with its audit event and puts
 * organisationId in every where; versions follow the shared lifecycle (lib/versioning), so a
 * version's content changes only while it is the DRAFT (the database refuses anything else too).
 */

const ENTITY = "Framework";


const asJson = (doc: FrameworkDocument) => doc as unknown as Prisma.InputJsonValue;
const listName = (doc: FrameworkDocument) => doc.name.trim() || "Untitled framework";

export function blankFramework(name: string): FrameworkDocument {
  return {
    name,
    description: "",
    scale: defaultProficiencyScale(),
    stages: [{ key: newKey(), name: "Stage 1", description: "" }],
    clusters: [{ key: newKey(), name: "Cluster 1", description: "", competencies: [] }],
  };
}

/** The same person creating the same framework the same way this recently is one form sent twice. */
const REPEAT_WINDOW_MS = 60_000;

/** The document as the person sent it: keys are made afresh for every new framework, and jsonb reorders properties. */
function sentContent(doc: unknown): string {
  return JSON.stringify(doc, (name, value: unknown) => {
    if (name === "key" || name === "stageKey") return undefined;
    if (value && typeof value === "object" && !Array.isArray(value)) return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
    return value;
  });
}

async function repeatedFramework(tx: Tx, actor: SessionPerson, doc: FrameworkDocument, action: string, details: Prisma.InputJsonValue | undefined) {
  const since = new Date(Date.now() - REPEAT_WINDOW_MS);
  const recent = await tx.framework.findMany({
    where: { organisationId: actor.organisationId, name: listName(doc), createdAt: { gte: since } },
    select: { id: true, name: true, versions: { where: { number: 1, status: "DRAFT" }, select: { content: true } } },
  });
  const sent = sentContent(doc);
  const same = recent.filter((framework) => framework.versions.some((version) => sentContent(version.content) === sent));
  if (same.length === 0) return null;
  const created = await tx.auditEvent.findFirst({
    where: {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action,
      entityType: ENTITY,
      entityId: { in: same.map((framework) => framework.id) },
      createdAt: { gte: since },
      ...(details === undefined ? {} : { details: { equals: details } }),
    },
    select: { entityId: true },
  });
  const repeated = same.find((framework) => framework.id === created?.entityId);
  return repeated ? { id: repeated.id, name: repeated.name } : null;
}

async function insertFramework(tx: Tx, actor: SessionPerson, doc: FrameworkDocument, action: string, summary: string, details?: Prisma.InputJsonValue) {
  const organisationId = actor.organisationId;
  // Queues the organisation's framework creations (NO KEY: rows that refer to the organisation are not held up).
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR NO KEY UPDATE`;
  const repeated = await repeatedFramework(tx, actor, doc, action, details);
  if (repeated) return repeated;
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

/** Reads the file afresh (a preview proves nothing) and creates it as a draft under the name HR gave it. */
export async function importFramework(actor: SessionPerson, input: ImportFrameworkInput) {
  const { format, document } = readFrameworkFile(input.file);
  const doc = { ...document, name: input.name };
  return db.$transaction((tx) => insertFramework(tx, actor, doc, "framework.imported", `Imported the framework ${listName(doc)} from a ${format.toUpperCase()} file`));
}

const frameworkKind: VersionedKind = {
  noun: "framework",
  entityType: ENTITY,
  versions: table((tx) => tx.frameworkVersion),
  parents: table((tx) => tx.framework),
  parentKey: "frameworkId",
  contentColumns: [],
  title: async (_tx, version) => listName(parseContent(version.content)),
};

/** Copies any version into a new framework with a draft version 1 (keys are per framework, so they are kept). */
export async function duplicateFrameworkVersion(actor: SessionPerson, versionId: string) {
  return db.$transaction(async (tx) => {
    const source = await findVersion(tx, frameworkKind, actor.organisationId, versionId);
    const doc = parseContent(source.content);
    const copy = { ...doc, name: `Copy of ${listName(doc)}`.slice(0, FRAMEWORK_LIMITS.name).trim() };
    return insertFramework(tx, actor, copy, "framework.duplicated", `Created ${copy.name} from version ${source.number} of ${listName(doc)}`, {
      sourceFrameworkId: source.parentId,
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

function editedDocument(content: unknown, edit: FrameworkEdit): FrameworkDocument {
  try {
    return applyEdit(parseContent(content), edit);
  } catch (error) {
    if (error instanceof FrameworkEditError) throw new ConflictError(error.message);
    throw error;
  }
}

/** Applies one editor change to the draft, if nobody has saved another since `revision`; the framework's listed name follows the draft's. */
export async function editFrameworkDraft(actor: SessionPerson, input: EditFrameworkDraftInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    let doc: FrameworkDocument | undefined;
    const { version, revision } = await changeDraft(tx, frameworkKind, actor, input, (draft) => {
      doc = checkedDocument(editedDocument(draft.content, input.edit), "edit", "That change would leave the framework invalid, so it was not saved.");
      return { data: { content: asJson(doc) }, summary: describeEdit(input.edit), details: input.edit as unknown as Prisma.InputJsonValue };
    });
    if (doc) await tx.framework.updateMany({ where: { id: version.parentId, organisationId }, data: { name: listName(doc) } });
    return { frameworkId: version.parentId, revision };
  });
}

/** Publishes the draft when it is complete; from then on it never changes. */
export async function publishFrameworkDraft(actor: SessionPerson, input: PublishFrameworkDraftInput) {
  const version = await db.$transaction((tx) =>
    publishDraft(tx, frameworkKind, actor, input, (draft) => {
      const problems = checkCompleteness(parseContent(draft.content));
      if (problems.length) {
        throw new InvalidError(
          { completeness: limitList(problems.map((problem) => `${problem.location}: ${problem.message}`)) },
          `This draft cannot be published yet: ${problems.length} ${problems.length === 1 ? "thing needs" : "things need"} finishing first.`,
        );
      }
    }),
  );
  return { frameworkId: version.parentId, number: version.number };
}

/** Starts a draft from the latest published version; a framework has at most one draft. */
export async function startFrameworkDraft(actor: SessionPerson, frameworkId: string) {
  const { number } = await startDraft(frameworkKind, actor, frameworkId);
  return { frameworkId, number };
}

/** Archives a published version (kept and readable by HR, no longer offered) or brings it back. */
export async function setFrameworkVersionArchived(actor: SessionPerson, versionId: string, archived: boolean) {
  const version = await setArchived(frameworkKind, actor, versionId, archived);
  return { frameworkId: version.parentId, number: version.number };
}

/** Throws the draft away; a framework that never had anything else goes with it. */
export async function discardFrameworkDraft(actor: SessionPerson, versionId: string) {
  const { version, parentDeleted } = await discardDraft(frameworkKind, actor, versionId);
  return { frameworkId: version.parentId, frameworkDeleted: parentDeleted };
}
