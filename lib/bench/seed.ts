import type { AppPrismaClient } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { largeFramework } from "@/lib/frameworks/large-framework";
import { buildFramework } from "@/tests/factories";
import { fixture, type BenchFixtures } from "./cases";
import { LARGE_ORGANISATION } from "./large/organisation";
import { analyse, seedLargeWorld } from "./large/world";

/**
 * The bench database's content, as steps run in order on a fresh, migrated database. Each step
 * returns the ids and sign-in e-mails page cases need.
 */
export type SeedStep = { name: string; run(db: AppPrismaClient, log: (line: string) => void, fixtures: BenchFixtures): Promise<BenchFixtures> };

export function seedSteps(scale: number): SeedStep[] {
  return [
    {
      name: `the large organisation (seed:large at scale ${scale}: ${Math.round(10_000 * scale).toLocaleString("en-GB")} people) and its small neighbour`,
      async run(db, log) {
        const world = await seedLargeWorld(db, { scale, seed: 7 }, log);
        const email = (hat: string) => world.accounts.find((account) => account.hat === hat && account.email.endsWith(`@${LARGE_ORGANISATION.domain}`))?.email ?? "";
        return { organisationId: world.organisationId, hrEmail: email("HR admin"), managerEmail: email("Manager"), leaderEmail: email("New leader") };
      },
    },
    {
      // Published as version 1, with version 2 as the draft the editor opens: the shape HR works on.
      name: "a framework of 50 competencies × 6 stages × 5 indicators (1,500 indicators) in it, published, with a draft",
      async run(db, log, fixtures) {
        const organisationId = fixture(fixtures, "organisationId");
        const content = largeFramework();
        const { framework } = await buildFramework(db, organisationId, { status: "PUBLISHED", content });
        await db.frameworkVersion.create({
          data: { organisationId, frameworkId: framework.id, number: 2, status: "DRAFT", content: content as unknown as Prisma.InputJsonValue },
        });
        await analyse(db, log);
        return { largeFrameworkId: framework.id };
      },
    },
  ];
}

export async function runSeedSteps(db: AppPrismaClient, steps: SeedStep[], log: (line: string) => void): Promise<BenchFixtures> {
  let fixtures: BenchFixtures = {};
  for (const step of steps) {
    const started = Date.now();
    fixtures = { ...fixtures, ...(await step.run(db, (line) => log(`  ${line}`), fixtures)) };
    log(`seeded ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return fixtures;
}
