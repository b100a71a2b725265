/**
 * Embedded PostgreSQL for development, tests and the single-machine `npm start`:
 * PGlite (Postgres compiled to WebAssembly) served over the Postgres wire protocol by
 * `@electric-sql/pglite-socket`, so the app, the migration runner and the seed all talk to it
 * through the ordinary `pg` driver with nothing but a `DATABASE_URL`.
 *
 * Limits (observed with pglite 0.5 / pglite-socket 0.2):
 * - PGlite is ONE Postgres session. The socket server accepts one client connection at a time;
 *   a second concurrent connection is closed straight away (clients see "Connection terminated
 *   unexpectedly"). Use a `pg` pool with `max: 1`.
 * - When a client disconnects (pool ended, process exited), the server rolls back any open
 *   transaction of that client and accepts the next connection, so processes may connect one
 *   after another.
 * - Any user name, password and database name are accepted; there is only the one database.
 *
 * Runs from CLI scripts (start/test launchers, migrations, seed), so no `server-only` here.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgresOptions {
  /** Directory for the database files; kept across restarts. In memory when absent. */
  dataDir?: string;
  /** TCP port; 0 or absent picks a free port. */
  port?: number;
  /** Interface to bind; 127.0.0.1 by default. */
  host?: string;
}

export interface EmbeddedPostgres {
  /** `postgresql://postgres:postgres@HOST:PORT/postgres?sslmode=disable` — use a pool of one. */
  connectionString: string;
  /** Closes the socket server and PGlite (flushing the data directory). Safe to call twice. */
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`startEmbeddedPostgres: invalid port ${String(options.port)}`);
  }

  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir);
    mkdirSync(dataDir, { recursive: true });
  }

  // A data directory path uses Node's file system directly; absent → in-memory.
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;

  // `port: 0` is passed through to net.Server#listen, and the server records the bound port,
  // which getServerConn() reports as "host:port". (Leaving `port` undefined would mean 5432.)
  const server = new PGLiteSocketServer({ db, host, port, maxConnections: 1 });
  try {
    await server.start();
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }

  const conn = server.getServerConn();
  const boundPort = Number(conn.slice(conn.lastIndexOf(":") + 1));
  if (!Number.isInteger(boundPort) || boundPort <= 0) {
    await server.stop().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw new Error(`startEmbeddedPostgres: could not read the bound port from "${conn}"`);
  }

  const urlHost = host.includes(":") ? `[${host}]` : host;
  const connectionString = `postgresql://postgres:postgres@${urlHost}:${boundPort}/postgres?sslmode=disable`;

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      try {
        await server.stop();
      } finally {
        if (!db.closed) await db.close();
      }
    })();
    return stopping;
  };

  return { connectionString, stop };
}
