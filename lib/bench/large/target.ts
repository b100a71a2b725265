import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { ROOT } from "@/lib/launcher/processes";
import { applyMigrations } from "@/prisma/engine";

/**
 * Where `npm run seed:large` writes: the PostgreSQL database named by DATABASE_URL when it is
 * set (migrated here, and refused if it already holds people), otherwise a new embedded
 * database in LARGE_DATA_DIR (default .data/large), laid out like `npm start`'s own, so
 * `EMBEDDED_DATA_DIR=.data/large npm start` serves the app on it.
 */

export const DEFAULT_LARGE_DATA_DIR = path.join(ROOT, ".data", "large");

/** What an embedded data directory holds: the database, and the secret `npm start` writes beside it. */
const OUR_ENTRIES = ["pglite", "auth-secret"];

export type LargeTarget = {
  url: string;
  poolSize: number;
  /** How to start the app on it, for the closing message. */
  description: string;
  startCommand: string;
  stop(): Promise<void>;
};

async function countPeople(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ count: string }>('SELECT count(*) AS count FROM "Person"');
    return Number(result.rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

export async function openLargeTarget(env: Record<string, string | undefined>, replace: boolean): Promise<LargeTarget> {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    await applyMigrations(url);
    const people = await countPeople(url);
    if (people > 0) throw new Error(`The database at DATABASE_URL already holds ${people} people. seed:large needs a fresh, empty database: create one (createdb …) and point DATABASE_URL at it.`);
    return {
      url,
      poolSize: 1,
      description: "the PostgreSQL database at DATABASE_URL",
      startCommand: "DATABASE_URL=<the same URL> AUTH_SECRET=$(openssl rand -base64 32) npm start",
      stop: async () => {},
    };
  }

  const dataDir = path.resolve(ROOT, env.LARGE_DATA_DIR || DEFAULT_LARGE_DATA_DIR);
  const entries = existsSync(dataDir) ? readdirSync(dataDir) : [];
  if (entries.length > 0) {
    if (!replace) throw new Error(`${dataDir} already holds a database. Run again with --replace to start it afresh, or set LARGE_DATA_DIR to another directory.`);
    // Only ever delete what this script and `npm start` put there.
    if (entries.some((entry) => !OUR_ENTRIES.includes(entry))) throw new Error(`${dataDir} holds files seed:large did not make (${entries.join(", ")}); not replacing it.`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  // The same layout as `npm start`'s data directory: the database in pglite/, the secret beside it.
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite") });
  try {
    await applyMigrations(server.connectionString);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const relative = path.relative(ROOT, dataDir);
  const shown = relative && !relative.startsWith("..") ? relative : dataDir;
  return {
    url: server.connectionString,
    poolSize: 1,
    description: `the embedded database in ${shown}`,
    startCommand: `EMBEDDED_DATA_DIR=${shown} npm start`,
    stop: server.stop,
  };
}
