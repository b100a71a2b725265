import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/client";
import type { VersionStatus } from "@/lib/db/generated/enums";
import { isUniqueViolation } from "@/lib/db/prisma-errors";

/**
 * The lifecycle every versioned document shares (frameworks, charters): at most one DRAFT,
 * which changes under optimistic locking; publishing freezes a version for good; a new draft
 * starts from the latest published version; published versions can be archived and brought
 * back, never deleted. The database keeps the same rules (versioned_row_guard_* triggers and a
 * one-draft index per table), so this is the only code that moves versions between states.
 */

type Where = Record<string, unknown>;
type Row = Record<string, unknown>;

/** The few Prisma calls the lifecycle makes; both versions tables and both parent tables satisfy them. */
type Table = {
  findFirst(args: { where: Where; select: Record<string, boolean>; orderBy?: Record<string, "asc" | "desc"> }): Promise<Row | null>;
  updateMany(args: { where: Where; data: Row }): Promise<{ count: number }>;
  create(args: { data: Row; select: { id: true } }): Promise<{ id: string }>;
  count(args: { where: Where }): Promise<number>;
  deleteMany(args: { where: Where }): Promise<{ count: number }>;
};

export type VersionedKind = {
  /** "framework", "charter": used in messages and audit actions. */
  noun: string;
  /** The audit entity type; events are recorded against the parent's id. */
  entityType: string;
  versions(tx: Tx): Table;
  parents(tx: Tx): Table;
  /** The versions table's column pointing at the parent. */
  parentKey: string;
  /** Columns besides `content` that belong to a version's content (frozen once published, copied into a new draft). */
  contentColumns: readonly string[];
  /** What people call the document, for audit summaries. */
  title(tx: Tx, version: VersionRow): Promise<string>;
};

export type VersionRow = {
  id: string;
  parentId: string;
  number: number;
  status: VersionStatus;
  revision: number;
  content: unknown;
  columns: Row;
};

export const DRAFT_CONFLICT =
  "Someone else changed this draft while you were working on it, so your change was not saved. Reload the page to see their changes, then make yours again.";

const frozen = (noun: string) => `This version is published, and published versions never change. Start a new draft to change the ${noun}.`;

/** Turns a Tx-typed table accessor into the lifecycle's narrow view of it. */
export function table<T>(pick: (tx: Tx) => T): (tx: Tx) => Table {
  return pick as unknown as (tx: Tx) => Table;
}

function versionSelect(kind: VersionedKind) {
  return Object.fromEntries(["id", kind.parentKey, "number", "status", "revision", "content", ...kind.contentColumns].map((column) => [column, true]));
}

function toVersionRow(kind: VersionedKind, row: Row): VersionRow {
  return {
    id: row.id as string,
    parentId: row[kind.parentKey] as string,
    number: row.number as number,
    status: row.status as VersionStatus,
    revision: row.revision as number,
    content: row.content,
    columns: Object.fromEntries(kind.contentColumns.map((column) => [column, row[column]])),
  };
}

export async function findVersion(tx: Tx, kind: VersionedKind, organisationId: string, id: string): Promise<VersionRow> {
  const row = await kind.versions(tx).findFirst({ where: { id, organisationId }, select: versionSelect(kind) });
  if (!row) throw new NotFoundError(`${kind.noun} version`);
  return toVersionRow(kind, row);
}

async function audit(tx: Tx, kind: VersionedKind, actor: SessionPerson, version: VersionRow, action: string, summary: string, details?: Prisma.InputJsonValue) {
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorId: actor.id,
    action: `${kind.noun}.${action}`,
    entityType: kind.entityType,
    entityId: version.parentId,
    summary,
    details,
  });
}

/**
 * Changes the draft `versionId` if nobody has saved it since `revision`: `change` gets the
 * current row and returns the new content columns (it may throw to refuse the change).
 * Returns the new revision.
 */
export async function changeDraft(
  tx: Tx,
  kind: VersionedKind,
  actor: SessionPerson,
  input: { versionId: string; revision: number },
  change: (version: VersionRow) => Promise<{ data: Row; summary: string; details?: Prisma.InputJsonValue }> | { data: Row; summary: string; details?: Prisma.InputJsonValue },
): Promise<{ version: VersionRow; revision: number }> {
  const organisationId = actor.organisationId;
  const version = await findVersion(tx, kind, organisationId, input.versionId);
  if (version.status !== "DRAFT") throw new ConflictError(frozen(kind.noun));
  if (version.revision !== input.revision) throw new ConflictError(DRAFT_CONFLICT);
  const { data, summary, details } = await change(version);
  const { count } = await kind.versions(tx).updateMany({
    where: { id: version.id, organisationId, status: "DRAFT", revision: input.revision },
    data: { ...data, revision: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(DRAFT_CONFLICT);
  await audit(tx, kind, actor, version, "edited", `${summary} in the draft (version ${version.number})`, details);
  return { version, revision: input.revision + 1 };
}

/** Publishes the draft when `problems` finds nothing to finish; from then on it never changes. */
export async function publishDraft(
  tx: Tx,
  kind: VersionedKind,
  actor: SessionPerson,
  input: { versionId: string; revision: number },
  check: (version: VersionRow) => Promise<void> | void,
): Promise<VersionRow> {
  const organisationId = actor.organisationId;
  const version = await findVersion(tx, kind, organisationId, input.versionId);
  if (version.status !== "DRAFT") throw new ConflictError("This version is already published.");
  if (version.revision !== input.revision) throw new ConflictError(DRAFT_CONFLICT);
  await check(version);
  const { count } = await kind.versions(tx).updateMany({
    where: { id: version.id, organisationId, status: "DRAFT", revision: input.revision },
    data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: actor.id },
  });
  if (count === 0) throw new ConflictError(DRAFT_CONFLICT);
  await audit(tx, kind, actor, version, "published", `Published version ${version.number} of ${await kind.title(tx, version)}`);
  return version;
}

/** Starts a draft from the latest published version; there is at most one draft. */
export async function startDraft(kind: VersionedKind, actor: SessionPerson, parentId: string): Promise<{ number: number; id: string }> {
  const organisationId = actor.organisationId;
  try {
    return await db.$transaction(async (tx) => {
      const parent = await kind.parents(tx).findFirst({ where: { id: parentId, organisationId }, select: { id: true } });
      if (!parent) throw new NotFoundError(kind.noun);
      const versions = kind.versions(tx);
      const draft = await versions.findFirst({ where: { [kind.parentKey]: parentId, organisationId, status: "DRAFT" }, select: { number: true } });
      if (draft) throw new ConflictError(`This ${kind.noun} already has a draft (version ${draft.number}). Carry on with it, or discard it first.`);
      const [latestRow, newest] = await Promise.all([
        versions.findFirst({ where: { [kind.parentKey]: parentId, organisationId, status: "PUBLISHED" }, orderBy: { number: "desc" }, select: versionSelect(kind) }),
        versions.findFirst({ where: { [kind.parentKey]: parentId, organisationId }, orderBy: { number: "desc" }, select: { number: true } }),
      ]);
      if (!latestRow) throw new ConflictError(`This ${kind.noun} has no published version to start a draft from. Publish a version, or unarchive one, first.`);
      const latest = toVersionRow(kind, latestRow);
      const number = ((newest?.number as number | undefined) ?? 0) + 1;
      const created = await versions.create({
        data: { organisationId, [kind.parentKey]: parentId, number, status: "DRAFT", content: latest.content as Prisma.InputJsonValue, ...latest.columns },
        select: { id: true },
      });
      await audit(tx, kind, actor, latest, "draftStarted", `Started draft version ${number} of ${await kind.title(tx, latest)} from version ${latest.number}`);
      return { number, id: created.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`Someone else started a draft of this ${kind.noun} a moment ago. Reload the page to carry on with it.`);
    throw error;
  }
}

/** Archives a published version (kept and readable, no longer offered) or brings it back. */
export async function setArchived(kind: VersionedKind, actor: SessionPerson, versionId: string, archived: boolean): Promise<VersionRow> {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const version = await findVersion(tx, kind, organisationId, versionId);
    const from = archived ? "PUBLISHED" : "ARCHIVED";
    if (version.status !== from) throw new ConflictError(archived ? "Only a published version can be archived." : "Only an archived version can be brought back.");
    const { count } = await kind.versions(tx).updateMany({
      where: { id: version.id, organisationId, status: from },
      data: { status: archived ? "ARCHIVED" : "PUBLISHED", archivedAt: archived ? new Date() : null },
    });
    if (count === 0) throw new ConflictError("Someone else changed this version a moment ago. Reload the page to see it.");
    const title = await kind.title(tx, version);
    await audit(tx, kind, actor, version, archived ? "archived" : "unarchived", `${archived ? "Archived" : "Unarchived"} version ${version.number} of ${title}`);
    return version;
  });
}

/** Throws the draft away; a parent that never had another version goes with it. */
export async function discardDraft(kind: VersionedKind, actor: SessionPerson, versionId: string) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const version = await findVersion(tx, kind, organisationId, versionId);
    if (version.status !== "DRAFT") throw new ConflictError("Only a draft can be discarded; published versions are kept.");
    const others = await kind.versions(tx).count({ where: { [kind.parentKey]: version.parentId, organisationId, id: { not: version.id } } });
    const title = await kind.title(tx, version);
    const parentDeleted = others === 0;
    const { count } = parentDeleted
      ? await kind.parents(tx).deleteMany({ where: { id: version.parentId, organisationId } })
      : await kind.versions(tx).deleteMany({ where: { id: version.id, organisationId, status: "DRAFT" } });
    // A discard that arrived at the same moment got there first.
    if (count === 0) throw new NotFoundError(`${kind.noun} draft`);
    await audit(
      tx,
      kind,
      actor,
      version,
      "draftDiscarded",
      parentDeleted ? `Discarded ${title}, which had never been published` : `Discarded draft version ${version.number} of ${title}`,
    );
    return { version, parentDeleted };
  });
}
