import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { bin, ROOT, run } from "@/lib/launcher/processes";

/** The production build and the `next start` server the benchmark measures. */

export async function ensureBuild(): Promise<"reused" | "built"> {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return "reused";
  console.info("No build in .next: building the app first (a minute or two)…");
  const code = await run(bin("next"), ["build"], { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  if (code !== 0) throw new Error("The build failed; see the output above.");
  return "built";
}

export type BenchServer = { baseUrl: string; recentOutput(): string; stop(): Promise<void> };

const KEPT_LINES = 40;
const READY_TIMEOUT_MS = 60_000;

export async function startServer(options: {
  port: number;
  databaseUrl: string;
  poolSize: number;
  readyPath: string;
  sqlTraceFile?: string;
  /** Variables that replace the bench's own (lib/reliability: one AUTH_SECRET for two instances, JOBS on). */
  env?: Record<string, string>;
}): Promise<BenchServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(bin("next"), ["start", "--hostname", "127.0.0.1", "--port", String(options.port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_SIZE: String(options.poolSize),
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      BENCH_REFERENCE_PAGE: "on",
      BENCH_SQL_TRACE: options.sqlTraceFile ?? "",
      // The reminder job's statements would land in the trace and its work in the figures.
      JOBS: "off",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });

  // The server's output is kept, not shown: under load it would drown the progress lines.
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - KEPT_LINES));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const server: BenchServer = {
    baseUrl,
    recentOutput: () => lines.join("\n"),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start stopped (exit code ${child.exitCode}):\n${server.recentOutput()}`);
    const status = await fetch(baseUrl + options.readyPath, { redirect: "manual" }).then((response) => response.status, () => 0);
    if (status === 200) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`next start did not answer ${options.readyPath} with 200 within ${READY_TIMEOUT_MS / 1000} s:\n${server.recentOutput()}`);
}
