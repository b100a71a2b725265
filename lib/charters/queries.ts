import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import type { VersionStatus } from "@/lib/db/generated/enums";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { parseContent as parseFramework } from "@/lib/frameworks/queries";
import type { CharterDocument } from "./document";
import { charterDocumentSchema } from "./schemas";
import { compareRoles, type Transition } from "./transition";
import { toVersionSummary, versionSummarySelect, type VersionSummary } from "@/lib/versioning/summary";

/** A stored charter version's content, checked: a row the schema refuses is a bug, not user input. */
export function parseCharter(content: unknown): CharterDocument {
  return charterDocumentSchema.parse(content);
}

export const frameworkVersionLabel = (version: { number: number; framework: { name: string } }) => `${version.framework.name}, version ${version.number}`;

const roleSummary = { id: true, title: true, track: true, careerStage: true, description: true } as const;

/** Every job role with the state of its charter, for HR. */
export async function listRoleCharters(organisationId: string) {
  const roles = await db.jobRole.findMany({
    where: { organisationId },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: {
      ...roleSummary,
      usuallyFollows: { select: { id: true, title: true } },
      charter: { select: { id: true, versions: { where: { organisationId }, select: { number: true, status: true }, orderBy: { number: "desc" } } } },
    },
  });
  return roles.map(({ charter, ...role }) => ({
    ...role,
    charterId: charter?.id ?? null,
    latestPublished: charter?.versions.find((version) => version.status === "PUBLISHED")?.number ?? null,
    hasDraft: charter?.versions.some((version) => version.status === "DRAFT") ?? false,
  }));
}

/** Job roles whose charter has a published version: what everyone in the organisation may read. */
export function listPublishedCharters(organisationId: string) {
  return db.jobRole.findMany({
    where: { organisationId, charter: { versions: { some: { organisationId, status: "PUBLISHED" } } } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { ...roleSummary, usuallyFollows: { select: { id: true, title: true } } },
  });
}

export type CharterVersionSummary = VersionSummary & { frameworkLabel: string | null };

const pinnedColumns = { id: true, number: true, status: true, content: true, framework: { select: { id: true, name: true } } } as const;
const pinnedVersion = { select: pinnedColumns } as const;

/** A job role with its charter's versions, newest first (no content): HR's charter workspace. */
export async function getCharterWorkspace(organisationId: string, jobRoleId: string) {
  const role = await db.jobRole.findFirst({
    where: { id: jobRoleId, organisationId },
    select: {
      ...roleSummary,
      usuallyFollows: { select: { id: true, title: true } },
      charter: {
        select: {
          id: true,
          versions: {
            where: { organisationId },
            orderBy: { number: "desc" },
            select: { ...versionSummarySelect, frameworkVersion: { select: { number: true, framework: { select: { name: true } } } } },
          },
        },
      },
    },
  });
  if (!role) throw new NotFoundError("job role");
  const { charter, ...rest } = role;
  return {
    role: rest,
    charterId: charter?.id ?? null,
    versions: (charter?.versions ?? []).map(
      ({ frameworkVersion, ...version }): CharterVersionSummary => ({
        ...toVersionSummary(version),
        frameworkLabel: frameworkVersion ? frameworkVersionLabel(frameworkVersion) : null,
      }),
    ),
  };
}

export type CharterVersionView = {
  id: string;
  charterId: string;
  number: number;
  status: VersionStatus;
  revision: number;
  publishedAt: Date | null;
  document: CharterDocument;
  framework: { versionId: string; frameworkId: string; label: string; document: FrameworkDocument } | null;
};

/** The version's row as read: the view before its charter and framework documents are parsed. */
type VersionWithPin = Omit<CharterVersionView, "document" | "framework"> & {
  content: unknown;
  frameworkVersion: { id: string; number: number; content: unknown; framework: { id: string; name: string } } | null;
};

function toView({ content, frameworkVersion, ...version }: VersionWithPin): CharterVersionView {
  return {
    ...version,
    document: parseCharter(content),
    framework: frameworkVersion
      ? { versionId: frameworkVersion.id, frameworkId: frameworkVersion.framework.id, label: frameworkVersionLabel(frameworkVersion), document: parseFramework(frameworkVersion.content) }
      : null,
  };
}

const versionWithPin = { id: true, charterId: true, number: true, status: true, revision: true, publishedAt: true, content: true, frameworkVersion: pinnedVersion } as const;

/** One version of a role's charter, with the framework version it points at. */
export async function getCharterVersion(organisationId: string, jobRoleId: string, number: number): Promise<CharterVersionView> {
  const version = await db.charterVersion.findFirst({ where: { organisationId, number, charter: { jobRoleId, organisationId } }, select: versionWithPin });
  if (!version) throw new NotFoundError("charter version");
  return toView(version);
}

/** The role's latest published charter version, or null when it has none. */
export async function getPublishedCharter(organisationId: string, jobRoleId: string): Promise<CharterVersionView | null> {
  const version = await db.charterVersion.findFirst({
    where: { organisationId, status: "PUBLISHED", charter: { jobRoleId, organisationId } },
    orderBy: { number: "desc" },
    select: versionWithPin,
  });
  return version ? toView(version) : null;
}

export type RoleTransition = {
  role: { id: string; title: string; description: string };
  charter: CharterVersionView | null;
  previousRole: { id: string; title: string; description: string } | null;
  previousCharter: CharterVersionView | null;
  transition: Transition | null;
};

/** A role's published charter beside the one of the role it usually follows, and what changes between them. */
export async function getRoleTransition(organisationId: string, jobRoleId: string): Promise<RoleTransition> {
  const role = await db.jobRole.findFirst({
    where: { id: jobRoleId, organisationId },
    select: { id: true, title: true, description: true, usuallyFollows: { select: { id: true, title: true, description: true } } },
  });
  if (!role) throw new NotFoundError("job role");
  const { usuallyFollows, ...current } = role;
  const [charter, previousCharter] = await Promise.all([
    getPublishedCharter(organisationId, role.id),
    usuallyFollows ? getPublishedCharter(organisationId, usuallyFollows.id) : null,
  ]);
  const side = (view: CharterVersionView | null) => (view?.framework ? { charter: view.document, framework: view.framework.document } : null);
  const to = side(charter);
  return { role: current, charter, previousRole: usuallyFollows, previousCharter, transition: to && usuallyFollows ? compareRoles(side(previousCharter), to) : null };
}

/** Published framework versions a charter may point at, newest first within each framework. */
export function listPinnableFrameworkVersions(organisationId: string) {
  return db.frameworkVersion.findMany({
    where: { organisationId, status: "PUBLISHED" },
    orderBy: [{ framework: { name: "asc" } }, { number: "desc" }],
    select: { id: true, number: true, framework: { select: { id: true, name: true } } },
  });
}

/** One published framework version with its content, for the "move to this version" preview. */
export async function getPinnableFrameworkVersion(organisationId: string, id: string) {
  const version = await db.frameworkVersion.findFirst({ where: { id, organisationId, status: "PUBLISHED" }, select: pinnedColumns });
  if (!version) throw new NotFoundError("framework version");
  return { id: version.id, label: frameworkVersionLabel(version), document: parseFramework(version.content) };
}

/** How many charter versions point at each of the framework's versions. */
export async function countCharterUsage(organisationId: string, frameworkId: string): Promise<Map<string, number>> {
  const rows = await db.charterVersion.groupBy({
    by: ["frameworkVersionId"],
    where: { organisationId, frameworkVersion: { frameworkId, organisationId } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.frameworkVersionId ?? "", row._count._all]));
}

/** When the person acknowledged this charter version, if they have. */
export async function getAcknowledgement(organisationId: string, personId: string, charterVersionId: string) {
  return db.charterAcknowledgement.findFirst({ where: { organisationId, personId, charterVersionId }, select: { acknowledgedAt: true } });
}

/** The charter's audit trail, newest first. */
export function listCharterHistory(organisationId: string, charterId: string, take = 100) {
  return db.auditEvent.findMany({
    where: { organisationId, entityType: "Charter", entityId: charterId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, summary: true, createdAt: true, actor: { select: { name: true } } },
  });
}
