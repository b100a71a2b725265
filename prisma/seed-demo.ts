import { hashPassword } from "@/lib/auth/password";
import type { AppPrismaClient } from "@/lib/db/create-client";
import { buildJobRole, buildOrganisation, buildPerson } from "@/tests/factories";
import { DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_ROLES } from "./demo-organisation";

/** Creates the demo organisation unless it exists; returns whether it did. */
export async function seedDemoOrganisation(db: AppPrismaClient): Promise<boolean> {
  if (await db.organisation.findUnique({ where: { slug: DEMO_ORGANISATION.slug } })) return false;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const organisation = await buildOrganisation(db, DEMO_ORGANISATION);

  const roleIds = new Map<string, string>();
  for (const role of DEMO_ROLES) {
    const created = await buildJobRole(db, organisation.id, {
      ...role,
      usuallyFollowsId: role.follows ? roleIds.get(role.follows) : null,
    });
    roleIds.set(role.key, created.id);
  }

  const personIds = new Map<string, string>();
  for (const person of DEMO_PEOPLE) {
    const created = await buildPerson(db, organisation.id, {
      name: person.name,
      email: person.email,
      roles: person.roles,
      jobRoleId: roleIds.get(person.role),
      managerId: person.manager ? personIds.get(person.manager) : null,
      passwordHash,
    });
    personIds.set(person.key, created.id);
  }
  return true;
}
