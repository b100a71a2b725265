import os from "node:os";
import { createPrismaClient } from "@/lib/db/create-client";
import { DEMO_PASSWORD } from "@/prisma/demo-organisation";
import { openLargeTarget } from "./target";
import { analyse, seedLargeWorld } from "./world";

/**
 * `npm run seed:large [-- --replace]`: the large organisation and its small neighbour (world.ts),
 * written into a fresh database (see target.ts). SCALE sizes it (1: 10,000 people); LARGE_SEED
 * changes the random seed, and the same seed gives the same shape. Ends with VACUUM ANALYZE, so
 * the planner's statistics describe the data as the benchmark and the EXPLAIN checks will see it.
 */

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
    const world = await seedLargeWorld(db, { scale, seed }, log);
    await analyse(db, log);

    console.info(`\nseed:large: ${world.rows.toLocaleString("en-GB")} rows in ${seconds(started)}, in ${target.description}.`);
    console.info(`Sign in with the password "${DEMO_PASSWORD}" as:`);
    for (const account of world.accounts) console.info(`  ${account.email.padEnd(24)} ${account.hat} (${account.name})`);
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
