import os from "node:os";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/create-client";
import { DEMO_PASSWORD } from "@/prisma/demo-organisation";
import { LARGE_ORGANISATION, seedLargeOrganisation } from "./organisation";
import { openLargeTarget } from "./target";

/**
 * `npm run seed:large [-- --replace]`: the large organisation of issue #7 (10,000 people at
 * SCALE=1) and a small second organisation beside it, so that every query's tenant filter has
 * something to leave out, written into a fresh database (see target.ts). LARGE_SEED changes the
 * random seed; the same seed gives the same shape. Ends with VACUUM ANALYZE, so the planner's
 * statistics describe the data as the benchmark and the EXPLAIN checks will see it.
 */

/** The second organisation, at this share of the large one's size. */
const NEIGHBOUR_SHARE = 0.02;
const NEIGHBOUR = { name: "Lowland Trust (small)", slug: "large-neighbour", domain: "neighbour.test" };

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function numberFrom(value: string | undefined, fallback: number, what: string): number {
  if (value === undefined || value.trim() === "") return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`${what} must be a number; got "${value}".`);
  return parsed;
}

async function main() {
  const started = performance.now();
  const scale = numberFrom(process.env.SCALE, 1, "SCALE");
  const seed = numberFrom(process.env.LARGE_SEED, 7, "LARGE_SEED");
  const log = (line: string) => console.info(`  ${line}`);
  console.info(`seed:large: scale ${scale}, seed ${seed}, on a machine with ${os.cpus().length} cores (load ${os.loadavg()[0]?.toFixed(1)}).`);

  const target = await openLargeTarget(process.env, process.argv.includes("--replace"));
  const db = createPrismaClient(target.url, target.poolSize);
  try {
    log(`fresh database: ${target.description} ✔ ${seconds(started)}`);
    let step = performance.now();
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    log(`password hashed once ✔ ${seconds(step)}`);

    const large = await seedLargeOrganisation(db, { ...LARGE_ORGANISATION, scale, seed, passwordHash }, log);
    const neighbour = await seedLargeOrganisation(db, { ...NEIGHBOUR, scale: scale * NEIGHBOUR_SHARE, seed: seed + 1, passwordHash }, log);

    step = performance.now();
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    log(`VACUUM ANALYZE ✔ ${seconds(step)}`);

    const rows = [...large.written.values(), ...neighbour.written.values()].reduce((sum, count) => sum + count, 0);
    console.info(`\nseed:large: ${rows.toLocaleString("en-GB")} rows in ${seconds(started)}, in ${target.description}.`);
    console.info(`Sign in with the password "${DEMO_PASSWORD}" as:`);
    for (const account of [...large.accounts, ...neighbour.accounts]) console.info(`  ${account.email.padEnd(24)} ${account.hat} (${account.name})`);
    console.info(`Start the app on it with:\n  ${target.startCommand}`);
  } finally {
    await db.$disconnect();
    await target.stop();
  }
}

main().catch((error) => {
  console.error(`seed:large: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
