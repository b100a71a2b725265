import { existsSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "@/prisma/engine";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemoOrganisation } from "@/prisma/seed-demo";
import { openAppDatabase } from "./database";
import { bin, ROOT, run, startLongRunning, superviseUntilExit } from "./processes";
import { ensureAuthSecret } from "./secret";

/**
 * `npm start`: database (embedded unless DATABASE_URL is set), migrations, demo
 * seed, build when missing, then the Next.js server. `--dev` runs `next dev`.
 */
async function main() {
  const dev = process.argv.includes("--dev");
  const port = process.env.PORT ?? "3000";
  const dataDir = path.resolve(ROOT, process.env.EMBEDDED_DATA_DIR ?? ".data");
  if (process.env.DATABASE_URL && !process.env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET is not set. With DATABASE_URL, set AUTH_SECRET too (at least 32 random characters).");
  }

  const database = await openAppDatabase(path.join(dataDir, "pglite"));
  const stopDatabase = () => database.stop();
  try {
    console.info(database.embedded ? `Embedded PostgreSQL ready (data in ${dataDir}).` : "Using the PostgreSQL at DATABASE_URL.");
    const applied = await applyMigrations(database.url);
    console.info(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");

    if (database.embedded || process.env.SEED_DEMO === "true") {
      const db = createPrismaClient(database.url, 1);
      try {
        if (await seedDemoOrganisation(db)) console.info("Seeded the demo organisation (password: leadership-demo).");
      } finally {
        await db.$disconnect();
      }
    }

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: String(database.poolSize),
      AUTH_SECRET: database.embedded ? ensureAuthSecret(dataDir) : process.env.AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    };

    if (!dev && !existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
      console.info("No build yet: building the app (a minute or two, once)…");
      const code = await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
      if (code !== 0) throw new Error("The build failed; see the output above.");
    }

    const server = startLongRunning(bin("next"), [dev ? "dev" : "start", "--port", port], {
      ...env,
      NODE_ENV: dev ? "development" : "production",
    });
    console.info(`Serving on http://localhost:${port} (Ctrl-C stops everything).`);
    superviseUntilExit(server, stopDatabase);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
