import { randomUUID } from "node:crypto";
import type { AppPrismaClient } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AppRole, CareerStage, FrameworkVersionStatus, RoleTrack } from "@/lib/db/generated/enums";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { expertToLeaderTemplate } from "@/lib/frameworks/starter-template";

/** Shared by the seed and the tests: small builders that write real rows. */

export function uniqueSuffix() {
  return randomUUID().slice(0, 8);
}

export function buildOrganisation(db: AppPrismaClient, data: { name?: string; slug?: string } = {}) {
  const suffix = uniqueSuffix();
  return db.organisation.create({ data: { name: data.name ?? `Organisation ${suffix}`, slug: data.slug ?? `org-${suffix}` } });
}

export function buildJobRole(
  db: AppPrismaClient,
  organisationId: string,
  data: { title?: string; description?: string; track?: RoleTrack; careerStage?: CareerStage; usuallyFollowsId?: string | null } = {},
) {
  return db.jobRole.create({
    data: {
      organisationId,
      title: data.title ?? `Role ${uniqueSuffix()}`,
      description: data.description ?? "",
      track: data.track ?? "TECHNICAL_EXPERT",
      careerStage: data.careerStage ?? "EXPERT",
      usuallyFollowsId: data.usuallyFollowsId ?? null,
    },
  });
}

export function buildPerson(
  db: AppPrismaClient,
  organisationId: string,
  data: { name?: string; email?: string; roles?: AppRole[]; managerId?: string | null; jobRoleId?: string | null; passwordHash?: string | null; active?: boolean } = {},
) {
  const suffix = uniqueSuffix();
  return db.person.create({
    data: {
      organisationId,
      name: data.name ?? `Person ${suffix}`,
      email: (data.email ?? `person-${suffix}@example.test`).toLowerCase(),
      roles: data.roles ?? [],
      managerId: data.managerId ?? null,
      jobRoleId: data.jobRoleId ?? null,
      passwordHash: data.passwordHash ?? null,
      active: data.active ?? true,
    },
  });
}

/** A framework with one version (the "Expert to leader" template unless `content` is given). */
export async function buildFramework(
  db: AppPrismaClient,
  organisationId: string,
  data: { status?: FrameworkVersionStatus; content?: FrameworkDocument; name?: string } = {},
) {
  const content = data.content ?? { ...expertToLeaderTemplate(), name: data.name ?? `Framework ${uniqueSuffix()}` };
  const status = data.status ?? "DRAFT";
  const framework = await db.framework.create({ data: { organisationId, name: content.name || "Untitled framework" } });
  const version = await db.frameworkVersion.create({
    data: {
      organisationId,
      frameworkId: framework.id,
      number: 1,
      status,
      content: content as unknown as Prisma.InputJsonValue,
      publishedAt: status === "DRAFT" ? null : new Date(),
      archivedAt: status === "ARCHIVED" ? new Date() : null,
    },
  });
  return { framework, version, content };
}
