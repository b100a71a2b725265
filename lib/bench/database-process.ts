import { createPrismaClient } from "@/lib/db/create-client";
import { createTestDatabase, type PreparedDatabase } from "@/lib/launcher/database";
import { applyMigrations } from "@/prisma/engine";
import type { BenchDatabaseReady } from "./database";
import { runSeedSteps, seedSteps } from "./seed";
import { readSettings } from "./settings";

/**
 * Runs in its own process (forked by database.ts), so the embedded database's work never
 * shares an event loop with the load generator. Creates a fresh database the way the tests
 * do, migrates and seeds it, reports its URL, and drops it when told to stop or when the
 * bench process goes away.
 */

let database: PreparedDatabase | undefined;
let stopping: Promise<void> | undefined;

function stop(code: number): Promise<void> {
  stopping ??= (database?.stop() ?? Promise.resolve()).catch((error) => console.error(`bench database: could not drop it: ${String(error)}`)).finally(() => process.exit(code));
  return stopping;
}

process.on("message", (message) => {
  if (message === "stop") void stop(0);
});
process.on("disconnect", () => void stop(0));
process.on("SIGINT", () => void stop(1));
process.on("SIGTERM", () => void stop(1));

async function main() {
  database = await createTestDatabase("bench");
  await applyMigrations(database.url);
  const db = createPrismaClient(database.url, 1);
  try {
    const fixtures = await runSeedSteps(db, seedSteps(readSettings(process.env).scale), (line) => console.info(`  ${line}`));
    const ready: BenchDatabaseReady = { url: database.url, poolSize: database.poolSize, embedded: database.embedded, fixtures };
    process.send?.(ready);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(`bench database: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  void stop(1);
});
