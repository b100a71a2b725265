import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/**
 * A PostgreSQL cluster of the fault script's own, in a temporary directory, so that it can be
 * stopped and started without touching any server other people use. Uses the server binaries
 * of the machine (POSTGRES_BIN, or Debian's /usr/lib/postgresql/<version>/bin); PostgreSQL
 * refuses to run as root, so as root the commands run as the `postgres` user.
 */

const run = promisify(execFile);

export type PostgresCluster = {
  /** Connection string of the cluster's `postgres` database. */
  url: string;
  port: number;
  start(): Promise<void>;
  /** `pg_ctl stop -m fast`: open connections are ended, as in a restart or failover. */
  stop(): Promise<void>;
  /** Stops the cluster if it runs and deletes its files. */
  destroy(): Promise<void>;
};

function findBinaries(): string {
  const configured = process.env.POSTGRES_BIN;
  if (configured) return configured;
  for (const version of ["17", "16", "15", "14"]) {
    const candidate = `/usr/lib/postgresql/${version}/bin`;
    if (existsSync(path.join(candidate, "initdb"))) return candidate;
  }
  throw new Error("No PostgreSQL server binaries found: install PostgreSQL or set POSTGRES_BIN to the folder holding initdb and pg_ctl.");
}

export async function createPostgresCluster(port: number): Promise<PostgresCluster> {
  const binaries = findBinaries();
  const asRoot = userInfo().uid === 0;
  const command = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(binaries, tool), ...args]) : run(path.join(binaries, tool), args);

  const root = mkdtempSync(path.join(tmpdir(), "lt-faults-"));
  if (asRoot) await run("chown", ["postgres", root]);
  const dataDir = path.join(root, "data");
  await command("initdb", ["--pgdata", dataDir, "--username", "postgres", "--auth", "trust", "--encoding", "UTF8", "--no-sync"]);

  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1`;
  let running = false;
  const cluster: PostgresCluster = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: async () => {
      await command("pg_ctl", ["--pgdata", dataDir, "--options", options, "--log", path.join(root, "server.log"), "--wait", "start"]);
      running = true;
    },
    stop: async () => {
      await command("pg_ctl", ["--pgdata", dataDir, "--mode", "fast", "--wait", "stop"]);
      running = false;
    },
    destroy: async () => {
      if (running) await command("pg_ctl", ["--pgdata", dataDir, "--mode", "immediate", "--wait", "stop"]).catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
  return cluster;
}
