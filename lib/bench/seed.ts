import type { AppPrismaClient } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { largeFramework } from "@/lib/frameworks/large-framework";
import { DEMO_ORGANISATION } from "@/prisma/demo-organisation";
import { seedDemoOrganisation } from "@/prisma/seed-demo";
import { buildFramework } from "@/tests/factories";
import type { BenchFixtures } from "./cases";

/**
 * The bench database's content, as steps run in order on a fresh, migrated database. Each step
 * returns the ids page cases need. A larger organisation is one more step here.
 */
export type SeedStep = { name: string; run(db: AppPrismaClient): Promise<BenchFixtures> };

async function demoOrganisationId(db: AppPrismaClient): Promise<string> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: DEMO_ORGANISATION.slug }, select: { id: true } });
  return organisation.id;
}

export const SEED_STEPS: SeedStep[] = [
  {
    name: "the demo organisation",
    async run(db) {
      await seedDemoOrganisation(db);
      return {};
    },
  },
  {
    // Published as version 1, with version 2 as the draft the editor opens: the shape HR works on.
    name: "a framework of 50 competencies × 6 stages × 5 indicators (1,500 indicators), published, with a draft",
    async run(db) {
      const organisationId = await demoOrganisationId(db);
      const content = largeFramework();
      const { framework } = await buildFramework(db, organisationId, { status: "PUBLISHED", content });
      await db.frameworkVersion.create({
        data: { organisationId, frameworkId: framework.id, number: 2, status: "DRAFT", content: content as unknown as Prisma.InputJsonValue },
      });
      return { largeFrameworkId: framework.id };
    },
  },
];

export async function runSeedSteps(db: AppPrismaClient, steps: SeedStep[], log: (line: string) => void): Promise<BenchFixtures> {
  let fixtures: BenchFixtures = {};
  for (const step of steps) {
    const started = Date.now();
    fixtures = { ...fixtures, ...(await step.run(db)) };
    log(`seeded ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return fixtures;
}
