import { hashPassword } from "@/lib/auth/password";
import type { AppPrismaClient } from "@/lib/db/create-client";
import { DEMO_PASSWORD } from "@/prisma/demo-organisation";
import { buildJobRole, buildOrganisation, buildPerson } from "@/tests/factories";

/**
 * A second organisation for the isolation tests. Its names are distinctive so a
 * test can assert that none of them ever appears to the demo organisation.
 * Tests learn its ids by signing in as its HR admin, never from this file.
 */
export const FOREIGN = {
  organisation: "Elsewhere Industries (foreign)",
  hr: { name: "Fran Foreign", email: "foreign-hr@elsewhere.test" },
  member: { name: "Xavier Outlander", email: "xavier.outlander@elsewhere.test" },
  /** One person per remaining hat, so each hat of this organisation can try the demo's ids. */
  manager: { name: "Mira Faraway", email: "mira.faraway@elsewhere.test" },
  coach: { name: "Cosmo Distant", email: "cosmo.distant@elsewhere.test" },
  role: "Foreign Secret Role",
  password: DEMO_PASSWORD,
} as const;

export async function seedForeignOrganisation(db: AppPrismaClient) {
  const organisation = await buildOrganisation(db, { name: FOREIGN.organisation, slug: "elsewhere" });
  const role = await buildJobRole(db, organisation.id, { title: FOREIGN.role, description: "Only Elsewhere may see this." });
  const passwordHash = await hashPassword(FOREIGN.password);
  const hr = await buildPerson(db, organisation.id, { ...FOREIGN.hr, roles: ["HR_ADMIN"], jobRoleId: role.id, passwordHash });
  await buildPerson(db, organisation.id, { ...FOREIGN.member, roles: ["LEADER"], jobRoleId: role.id, managerId: hr.id, passwordHash });
  await buildPerson(db, organisation.id, { ...FOREIGN.manager, roles: ["MANAGER"], jobRoleId: role.id, managerId: hr.id, passwordHash });
  await buildPerson(db, organisation.id, { ...FOREIGN.coach, roles: ["COACH"], jobRoleId: role.id, managerId: hr.id, passwordHash });
}
