import { hashPassword } from "@/lib/auth/password";
import type { AppPrismaClient } from "@/lib/db/create-client";
import { buildCharter, buildFramework, buildJobRole, buildOrganisation, buildPerson } from "@/tests/factories";
import { seedDemoAssessmentChange } from "./demo-assessment-change";
import { demoFramework, resolveDemoCharter } from "./demo-charters";
import { seedDemoCoaching } from "./demo-coaching";
import type { DemoContext } from "./demo-context";
import { seedDemoConversations } from "./demo-conversations";
import { seedDemoFeedback } from "./demo-feedback";
import { seedDemoInductions } from "./demo-inductions";
import { seedDemoPlans } from "./demo-plans";
import { DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_ROLES } from "./demo-organisation";

/** The demo HR admin, who publishes the demo framework and charters. */
const DEMO_PUBLISHER_EMAIL = "hr@demo.test";

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

  const publisher = DEMO_PEOPLE.find((person) => person.email === DEMO_PUBLISHER_EMAIL);
  const publishedById = publisher && personIds.get(publisher.key);
  if (!publishedById) throw new Error(`The demo organisation has no ${DEMO_PUBLISHER_EMAIL} to publish its charters.`);
  const { framework, frameworkId } = await seedDemoCharters(db, organisation.id, roleIds, publishedById);
  await seedDemoInductions(db, { organisationId: organisation.id, roleIds, personIds, framework, passwordHash, hrId: publishedById, timeZone: organisation.timeZone });
  const context: DemoContext = { organisationId: organisation.id, timeZone: organisation.timeZone, personIds, roleIds, frameworkId, framework, hrId: publishedById };
  await seedDemoAssessmentChange(db, context);
  await seedDemoConversations(db, context);
  await seedDemoPlans(db, context);
  await seedDemoCoaching(db, context);
  await seedDemoFeedback(db, context);
  return true;
}

/** The "Expert to leader" framework, published, and a published charter for every demo role pinned to it. */
async function seedDemoCharters(db: AppPrismaClient, organisationId: string, roleIds: Map<string, string>, publishedById: string) {
  const framework = await buildFramework(db, organisationId, { status: "PUBLISHED", content: demoFramework(), publishedById });
  for (const [roleKey, jobRoleId] of roleIds) {
    await buildCharter(db, organisationId, {
      jobRoleId,
      frameworkVersionId: framework.version.id,
      content: resolveDemoCharter(roleKey, framework.content),
      status: "PUBLISHED",
      publishedById,
    });
  }
  return { framework: framework.content, frameworkId: framework.framework.id };
}
