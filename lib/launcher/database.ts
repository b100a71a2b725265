import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";

export type PreparedDatabase = {
  url: string;
  /** PGlite serves one connection, so the app must use a pool of one against it. */
  poolSize: number;
  embedded: boolean;
  stop(): Promise<void>;
};

/** The app's database: DATABASE_URL when set, otherwise the embedded one kept in dataDir. */
export async function openAppDatabase(dataDir: string, port?: number): Promise<PreparedDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10), embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir, port });
  return { url: server.connectionString, poolSize: 1, embedded: true, stop: server.stop };
}

function withDatabaseName(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A brand-new database for one test run: on the PostgreSQL server named by
 * TEST_DATABASE_URL or DATABASE_URL when there is one (dropped afterwards),
 * otherwise an in-memory embedded PostgreSQL that vanishes with the process.
 */
export async function createTestDatabase(label: string): Promise<PreparedDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!serverUrl) {
    const server = await startEmbeddedPostgres();
    return { url: server.connectionString, poolSize: 1, embedded: true, stop: server.stop };
  }
  const name = `lt_${label}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabaseName(serverUrl, name),
    poolSize: 5,
    embedded: false,
    stop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
