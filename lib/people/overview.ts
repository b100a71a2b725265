import "server-only";
import { db } from "@/lib/db/client";
import type { AppRole } from "@/lib/db/generated/enums";

/** Headline figures for the HR home page, in one grouped statement. */
export async function getOrganisationOverview(organisationId: string) {
  const rows = await db.$queryRaw<{ active: bigint; inactive: bigint; without_manager: bigint; job_roles: bigint; by_role: Record<string, number> | null }[]>`
    SELECT
      count(*) FILTER (WHERE p.active) AS active,
      count(*) FILTER (WHERE NOT p.active) AS inactive,
      count(*) FILTER (WHERE p.active AND p."managerId" IS NULL) AS without_manager,
      (SELECT count(*) FROM "JobRole" j WHERE j."organisationId" = ${organisationId}) AS job_roles,
      (SELECT json_object_agg(r.role, r.count) FROM (
        SELECT role, count(*) AS count FROM "Person" q, unnest(q.roles) AS role
        WHERE q."organisationId" = ${organisationId} AND q.active GROUP BY role
      ) r) AS by_role
    FROM "Person" p WHERE p."organisationId" = ${organisationId}`;
  const row = rows[0];
  return {
    active: Number(row?.active ?? 0),
    inactive: Number(row?.inactive ?? 0),
    withoutManager: Number(row?.without_manager ?? 0),
    jobRoles: Number(row?.job_roles ?? 0),
    byRole: (row?.by_role ?? {}) as Partial<Record<AppRole, number>>,
  };
}
