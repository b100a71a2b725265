import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { DashboardFilters } from "./filters";

/**
 * The filters as SQL conditions, one reading for every section (see filters.ts). Each is
 * appended after a WHERE that already names the organisation, so its indexes lead.
 */

const and = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.sql` AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty);

/** Inductions (alias `i`): by their own cohort, role, manager and start date. */
export function inductionScope(filters: DashboardFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.cohortId) conditions.push(Prisma.sql`i."cohortId" = ${filters.cohortId}`);
  if (filters.jobRoleId) conditions.push(Prisma.sql`i."jobRoleId" = ${filters.jobRoleId}`);
  if (filters.managerId) conditions.push(Prisma.sql`i."managerId" = ${filters.managerId}`);
  if (filters.from) conditions.push(Prisma.sql`i."startDate" >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`i."startDate" <= ${filters.to}::date`);
  return and(conditions);
}

/** Active people (alias `p`): in the cohort by one of their inductions, with the job role and manager asked for. */
export function personScope(filters: DashboardFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`p.active`];
  if (filters.cohortId) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Induction" ci
      WHERE ci."organisationId" = p."organisationId" AND ci."personId" = p.id AND ci."cohortId" = ${filters.cohortId})`);
  }
  if (filters.jobRoleId) conditions.push(Prisma.sql`p."jobRoleId" = ${filters.jobRoleId}`);
  if (filters.managerId) conditions.push(Prisma.sql`p."managerId" = ${filters.managerId}`);
  return and(conditions);
}

/** A date column within the range asked for (either end may be open). */
export function dateScope(column: Prisma.Sql, filters: DashboardFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.from) conditions.push(Prisma.sql`${column} >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`${column} <= ${filters.to}::date`);
  return and(conditions);
}
