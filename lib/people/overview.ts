import "server-only";
import { db } from "@/lib/db/client";
import type { AppRole } from "@/lib/db/generated/enums";

/** Headline figures for the HR home page, in two grouped queries. */
export async function getOrganisationOverview(organisationId: string) {
  const [counts, roleRows] = await Promise.all([
    db.$queryRaw<{ active: bigint; inactive: bigint; without_manager: bigint; job_roles: bigint }[]>`
      SELECT
        count(*) FILTER (WHERE p.active) AS active,
        count(*) FILTER (WHERE NOT p.active) AS inactive,
        count(*) FILTER (WHERE p.active AND p."managerId" IS NULL) AS without_manager,
        (SELECT count(*) FROM "JobRole" j WHERE j."organisationId" = ${organisationId}) AS job_roles
      FROM "Person" p WHERE p."organisationId" = ${organisationId}`,
    db.$queryRaw<{ role: AppRole; count: bigint }[]>`
      SELECT r.role, count(*) AS count
      FROM "Person" p, unnest(p.roles) AS r(role)
      WHERE p."organisationId" = ${organisationId} AND p.active
      GROUP BY r.role`,
  ]);
  const row = counts[0];
  return {
    active: Number(row?.active ?? 0),
    inactive: Number(row?.inactive ?? 0),
    withoutManager: Number(row?.without_manager ?? 0),
    jobRoles: Number(row?.job_roles ?? 0),
    byRole: Object.fromEntries(roleRows.map((r) => [r.role, Number(r.count)])) as Partial<Record<AppRole, number>>,
  };
}
