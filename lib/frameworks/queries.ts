import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import type { VersionStatus } from "@/lib/db/generated/enums";
import { toVersionSummary, versionSummarySelect, type VersionSummary } from "@/lib/versioning/summary";
import type { FrameworkDocument } from "./document";
import { frameworkDocumentSchema } from "./schemas";

/** A stored version's content, checked: a row the schema refuses is a bug, not user input. */
export function parseContent(content: unknown): FrameworkDocument {
  return frameworkDocumentSchema.parse(content);
}

export type FrameworkListItem = {
  id: string;
  name: string;
  updatedAt: Date;
  latestPublished: number | null;
  hasDraft: boolean;
  published: number;
  archived: number;
};

/** The organisation's frameworks; `publishedOnly` hides those nobody has published yet (for people who are not HR). */
export async function listFrameworks(organisationId: string, publishedOnly = false): Promise<FrameworkListItem[]> {
  const frameworks = await db.framework.findMany({
    where: { organisationId, ...(publishedOnly ? { versions: { some: { organisationId, status: "PUBLISHED" } } } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, updatedAt: true, versions: { where: { organisationId }, select: { number: true, status: true }, orderBy: { number: "desc" } } },
  });
  return frameworks.map(({ versions, ...framework }) => ({
    ...framework,
    latestPublished: versions.find((version) => version.status === "PUBLISHED")?.number ?? null,
    hasDraft: versions.some((version) => version.status === "DRAFT"),
    published: versions.filter((version) => version.status === "PUBLISHED").length,
    archived: versions.filter((version) => version.status === "ARCHIVED").length,
  }));
}

/** A framework and its versions, newest first (no content). */
export async function getFramework(organisationId: string, id: string) {
  const framework = await db.framework.findFirst({
    where: { id, organisationId },
    select: { id: true, name: true, createdAt: true, updatedAt: true, versions: { where: { organisationId }, select: versionSummarySelect, orderBy: { number: "desc" } } },
  });
  if (!framework) throw new NotFoundError("framework");
  return {
    ...framework,
    versions: framework.versions.map((version): VersionSummary => toVersionSummary(version)),
  };
}

export type FrameworkVersionView = VersionSummary & { frameworkId: string; frameworkName: string; document: FrameworkDocument };

function toView(version: {
  id: string;
  number: number;
  status: VersionStatus;
  revision: number;
  publishedAt: Date | null;
  publishedBy: { name: string } | null;
  archivedAt: Date | null;
  updatedAt: Date;
  content: unknown;
  framework: { id: string; name: string };
}): FrameworkVersionView {
  const { content, framework, publishedBy, ...rest } = version;
  return { ...rest, publishedBy: publishedBy?.name ?? null, frameworkId: framework.id, frameworkName: framework.name, document: parseContent(content) };
}

const versionWithContent = { ...versionSummarySelect, content: true, framework: { select: { id: true, name: true } } } as const;

/** One version with its content, by framework and number. */
export async function getFrameworkVersion(organisationId: string, frameworkId: string, number: number): Promise<FrameworkVersionView> {
  const version = await db.frameworkVersion.findFirst({ where: { organisationId, frameworkId, number }, select: versionWithContent });
  if (!version) throw new NotFoundError("framework version");
  return toView(version);
}

/** One version with its content, by id. */
export async function getFrameworkVersionById(organisationId: string, id: string): Promise<FrameworkVersionView> {
  const version = await db.frameworkVersion.findFirst({ where: { id, organisationId }, select: versionWithContent });
  if (!version) throw new NotFoundError("framework version");
  return toView(version);
}

/** The framework's audit trail, newest first. */
export function listFrameworkHistory(organisationId: string, frameworkId: string, take = 100) {
  return db.auditEvent.findMany({
    where: { organisationId, entityType: "Framework", entityId: frameworkId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, summary: true, createdAt: true, actor: { select: { name: true } } },
  });
}
