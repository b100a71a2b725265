/**
 * Embedded PostgreSQL for development, tests and the single-machine `npm start`:
 * PGlite (Postgres compiled to WebAssembly) served over the Postgres wire protocol by
 * `@electric-sql/pglite-socket`, so the app, the migration runner and the seed all talk to it
 * through the ordinary `pg` driver with nothing but a `DATABASE_URL`.
 *
 * Limits (observed with pglite 0.5 / pglite-socket 0.2):
 * - PGlite is ONE Postgres session, so the socket server serves one client connection at a time.
 *   Use a `pg` pool with `max: 1`.
 * - Out of the box the server closes any connection that arrives while another is open
 *   (clients see "Connection terminated unexpectedly"), and it notices a disconnect only a few
 *   event-loop turns later, so a client that connects right after another disconnected was
 *   refused about half the time. We therefore hold a new connection until the current one has
 *   gone (up to CONNECTION_WAIT_MS), then serve it: clients that take turns always get in, and
 *   a truly concurrent second client waits, then is refused if the first one stays.
 * - When a client disconnects (pool ended, process exited), the server rolls back any open
 *   transaction of that client.
 * - Any user name, password and database name are accepted; there is only the one database.
 *
 * Runs from CLI scripts (start/test launchers, migrations, seed), so no `server-only` here.
 */
import { mkdirSync } from "node:fs";
import type { Server, Socket } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** How long a new connection waits for the open one to close before it is refused. */
const CONNECTION_WAIT_MS = 5_000;

/** The parts of PGLiteSocketServer 0.2's private state that `queueConnections` adjusts. */
interface SocketServerInternals {
  active?: boolean;
  server?: Server | null;
  handleConnection?: (socket: Socket) => Promise<void>;
}

/**
 * Makes a new connection wait for the one open connection to close instead of being refused
 * at once (see the file comment). Relies on PGLiteSocketServer's private members; if a future
 * version changes them this does nothing and the server keeps its own behaviour.
 */
function queueConnections(server: PGLiteSocketServer, waitMs: number): void {
  const internals = server as unknown as SocketServerInternals;
  const netServer = internals.server;
  const handleConnection = internals.handleConnection?.bind(server);
  if (!netServer || !handleConnection) return;
  // Node itself drops sockets beyond server.maxConnections before the handler sees them.
  netServer.maxConnections = Number.MAX_SAFE_INTEGER;
  let turn: Promise<void> = Promise.resolve();
  internals.handleConnection = (socket: Socket) => {
    socket.on("error", () => undefined); // a client giving up while it waits must not crash us
    turn = turn.then(async () => {
      const deadline = Date.now() + waitMs;
      while (
        server.getStats().activeConnections > 0 &&
        internals.active !== false &&
        !socket.destroyed &&
        Date.now() < deadline
      ) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      if (socket.destroyed) return;
      if (internals.active === false || server.getStats().activeConnections > 0) {
        // Refuse by destroying: the server's own refusal only end()s a socket it never reads,
        // which then never closes and keeps server.stop() waiting for ever.
        socket.destroy();
        return;
      }
      await handleConnection(socket);
    }).catch(() => {
      // handleConnection reports its own failures; keep the queue going for the next client.
      if (!socket.destroyed) socket.destroy();
    });
    return turn;
  };
}

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
  queueConnections(server, CONNECTION_WAIT_MS);

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
