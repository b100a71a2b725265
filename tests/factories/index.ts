import { randomUUID } from "node:crypto";
import type { AppPrismaClient } from "@/lib/db/create-client";
import type { AppRole, CareerStage, RoleTrack } from "@/lib/db/generated/enums";

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
