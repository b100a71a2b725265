import { existsSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, type AppPrismaClient } from "@/lib/db/create-client";
import { openAppDatabase } from "@/lib/launcher/database";
import { ROOT } from "@/lib/launcher/processes";
import { PortabilityError } from "../errors";

export const APP_STOPPED_FLAG = "--app-stopped";

/**
 * The app's database for the organisation CLIs: DATABASE_URL when set, otherwise the embedded
 * database in EMBEDDED_DATA_DIR (default .data), which `npm start` must not be serving at the
 * same time: PGlite has no lock of its own, and two programs in one data directory would damage
 * it. So the embedded database is opened only when the operator says the app is stopped.
 * `create`: a missing embedded database is made (the import migrates it before writing).
 */
/** A path inside the project as a relative one, anything else as it is. */
function shown(directory: string): string {
  const relative = path.relative(ROOT, directory);
  return relative && !relative.startsWith("..") ? relative : directory;
}

export async function openDatabase({ appStopped, create = false }: { appStopped: boolean; create?: boolean }): Promise<{ client: AppPrismaClient; url: string; description: string; close(): Promise<void> }> {
  const dataDir = path.resolve(ROOT, process.env.EMBEDDED_DATA_DIR || ".data");
  const pgliteDir = path.join(dataDir, "pglite");
  if (!process.env.DATABASE_URL) {
    if (!appStopped) {
      throw new Error(
        `DATABASE_URL is not set, so this would open the embedded database in ${dataDir}. Stop \`npm start\` first (the embedded database serves one program at a time), then run again with ${APP_STOPPED_FLAG}.`,
      );
    }
    if (!create && !existsSync(pgliteDir)) throw new Error(`There is no embedded database in ${dataDir}: start the app once with \`npm start\`, or set DATABASE_URL.`);
  }
  const database = await openAppDatabase(pgliteDir);
  const client = createPrismaClient(database.url, database.poolSize);
  return {
    client,
    url: database.url,
    description: database.embedded ? `the embedded database in ${shown(dataDir)}` : "the PostgreSQL database at DATABASE_URL",
    async close() {
      await client.$disconnect();
      await database.stop();
    },
  };
}

/** Runs a CLI's main, printing a refusal or failure as one message and exiting with 1. */
export function runCli(name: string, main: () => Promise<void>) {
  main().catch((error: unknown) => {
    console.error(`${name}: ${error instanceof PortabilityError ? error.describe() : error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
