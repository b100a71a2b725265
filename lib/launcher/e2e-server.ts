import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/prisma/engine";
import { seedDemoOrganisation } from "@/prisma/seed-demo";
import { seedForeignOrganisation } from "@/tests/e2e/foreign-organisation";
import { createTestDatabase, type PreparedDatabase } from "./database";
import { bin, ROOT, startLongRunning, superviseUntilExit } from "./processes";

/**
 * What Playwright's `webServer` runs: a brand-new database (embedded, or a fresh one on the
 * server named by TEST_DATABASE_URL / DATABASE_URL), migrated and seeded with the demo
 * organisation plus a foreign one, then `next start` on the existing production build.
 * SIGTERM / SIGINT stop the server, then drop (or stop) the database.
 */

let database: PreparedDatabase | undefined;
let serverStarted = false;
let stoppingEarly = false;

// Until the server runs, a signal means: clean up what exists and leave.
function stopDuringSetup() {
  if (serverStarted) return;
  stoppingEarly = true;
  void (database?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
}
process.once("SIGINT", stopDuringSetup);
process.once("SIGTERM", stopDuringSetup);

async function main() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No production build in .next: run `npx next build` before the browser tests.");
  }
  const port = process.env.PORT ?? "3100";

  database = await createTestDatabase("e2e");
  console.info(database.embedded ? "e2e: in-memory embedded PostgreSQL." : "e2e: fresh database on the PostgreSQL server.");
  await applyMigrations(database.url);

  const db = createPrismaClient(database.url, 1);
  try {
    await seedDemoOrganisation(db);
    await seedForeignOrganisation(db);
  } finally {
    await db.$disconnect();
  }

  serverStarted = true;
  const server = startLongRunning(bin("next"), ["start", "--hostname", "127.0.0.1", "--port", port], {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: String(database.poolSize),
    AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const stopDatabase = database.stop;
  superviseUntilExit(server, stopDatabase);
}

main().catch(async (error) => {
  if (stoppingEarly) return; // Setup was interrupted on purpose; stopDuringSetup exits.
  console.error(`e2e server: ${error instanceof Error ? error.message : String(error)}`);
  await database?.stop().catch(() => undefined);
  process.exit(1);
});
