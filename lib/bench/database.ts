import { fork } from "node:child_process";
import path from "node:path";
import type { BenchFixtures } from "./cases";

export type BenchDatabaseReady = { url: string; poolSize: number; embedded: boolean; fixtures: BenchFixtures };
export type BenchDatabase = BenchDatabaseReady & { stop(): Promise<void> };

const SETUP_TIMEOUT_MS = 5 * 60_000;

/**
 * A fresh, migrated and seeded database in a child process: an in-memory embedded PostgreSQL,
 * or a new database on `serverUrl` (dropped again by stop()).
 */
export function startBenchDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  const child = fork(path.join(__dirname, "database-process.ts"), [], {
    execArgv: ["--import", "tsx"],
    // createTestDatabase picks the server from these; an empty value means the embedded database.
    env: { ...process.env, TEST_DATABASE_URL: serverUrl ?? "", DATABASE_URL: "" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.connected) child.send("stop");
    await exited;
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error("The bench database was not ready within 5 minutes."));
    }, SETUP_TIMEOUT_MS);
    child.once("message", (message) => {
      clearTimeout(timer);
      resolve({ ...(message as BenchDatabaseReady), stop });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The bench database process stopped before it was ready (exit code ${code}).`));
    });
  });
}
