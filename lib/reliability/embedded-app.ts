import { spawn } from "node:child_process";
import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { ROOT } from "@/lib/launcher/processes";
import { sleep } from "./settings";

/**
 * `npm start` on the embedded database, as a person runs it, in a process group of its own so
 * that it can be stopped the way a terminal or a service manager stops it (a signal to every
 * process of the group), or killed outright.
 */

export type EmbeddedApp = {
  baseUrl: string;
  recentOutput(): string;
  /**
   * Sends the signal to every process of the app (npm, the launcher with PGlite, Next.js) and
   * waits until all have gone. After SIGTERM that can take long: Node.js stops taking new
   * connections but serves open keep-alive connections for as long as their clients keep
   * sending, so, as `docker stop` does, SIGKILL follows after a grace period. Says whether the
   * app stopped by itself within it.
   */
  stop(signal: "SIGTERM" | "SIGKILL"): Promise<{ stoppedByItself: boolean }>;
};

const KEPT_LINES = 60;
const READY_TIMEOUT_MS = 180_000;
/** `docker stop`'s default. */
export const GRACE_MS = 10_000;
const GONE_TIMEOUT_MS = 30_000;

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every start's output goes to one file here (git-ignored), so a failed run can be read afterwards. */
export const APP_LOG = path.join(ROOT, "test-results", "reliability", "embedded-app.log");

export async function startEmbeddedApp(options: { port: number; dataDir: string }): Promise<EmbeddedApp> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const child = spawn("npm", ["start"], {
    cwd: ROOT,
    // No DATABASE_URL or AUTH_SECRET: the launcher uses the embedded database and its own secret, kept in the data folder.
    env: { ...process.env, DATABASE_URL: "", AUTH_SECRET: "", PORT: String(options.port), EMBEDDED_DATA_DIR: options.dataDir, NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pgid = child.pid;
  if (pgid === undefined) throw new Error("npm start did not start.");

  mkdirSync(path.dirname(APP_LOG), { recursive: true });
  appendFileSync(APP_LOG, `\n━━ npm start at ${new Date().toISOString()}\n`);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    appendFileSync(APP_LOG, chunk);
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - KEPT_LINES));
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);

  const app: EmbeddedApp = {
    baseUrl,
    recentOutput: () => lines.join("\n"),
    stop: async (signal) => {
      if (groupAlive(pgid)) process.kill(-pgid, signal);
      const graceEnds = Date.now() + GRACE_MS;
      while (groupAlive(pgid) && Date.now() < graceEnds) await sleep(50);
      const stoppedByItself = !groupAlive(pgid);
      if (!stoppedByItself) process.kill(-pgid, "SIGKILL");
      const deadline = Date.now() + GONE_TIMEOUT_MS;
      while (groupAlive(pgid)) {
        if (Date.now() > deadline) throw new Error(`npm start's processes were still there ${GONE_TIMEOUT_MS / 1000} s after SIGKILL:\n${app.recentOutput()}`);
        await sleep(50);
      }
      return { stoppedByItself };
    },
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start stopped (exit code ${child.exitCode}):\n${app.recentOutput()}`);
    const status = await fetch(`${baseUrl}/accessibility`).then((response) => response.status, () => 0);
    if (status === 200) return app;
    await sleep(100);
  }
  await app.stop("SIGKILL");
  throw new Error(`npm start did not serve within ${READY_TIMEOUT_MS / 1000} s:\n${app.recentOutput()}`);
}
