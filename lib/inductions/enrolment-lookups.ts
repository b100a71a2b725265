import "server-only";
import type { Tx } from "@/lib/db/client";

/** Small lookups shared by enrolling one person and importing a cohort. */

/** The template enrolment uses for a job role when HR chooses none: the one HR changed most recently. */
export function roleTemplateWhere(organisationId: string, jobRoleId: string) {
  return { where: { organisationId, jobRoleId }, orderBy: [{ updatedAt: "desc" as const }, { id: "asc" as const }] };
}

/**
 * The existing cohort name that `name` matches only when capitals are ignored, if any. Such a
 * name is refused rather than made into a second cohort that looks the same. Compared here,
 * not with a case-insensitive query, so characters like % in a name stay literal.
 */
export async function cohortNameClash(tx: Tx, organisationId: string, name: string): Promise<string | null> {
  const cohorts = await tx.cohort.findMany({ where: { organisationId }, select: { name: true } });
  return clashIn(cohorts.map((cohort) => cohort.name), name);
}

export function clashIn(existing: readonly string[], name: string): string | null {
  if (existing.includes(name)) return null;
  const folded = name.toLowerCase();
  return existing.find((other) => other.toLowerCase() === folded) ?? null;
}

/** The cohort of that exact name, created if new. */
export function findOrCreateCohort(tx: Tx, organisationId: string, name: string) {
  return tx.cohort.upsert({
    where: { organisationId_name: { organisationId, name } },
    create: { organisationId, name },
    update: {},
    select: { id: true, name: true },
  });
}
