import { z } from "zod";

/** What `npm run bench` can be told through the environment; everything has a default. */

/** Fixed, not tunable: the budgets are defined at 16 concurrent connections. */
export const CONNECTIONS = 16;

const whole = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const schema = z.object({
  BENCH_PORT: whole(1024, 65535, 3200),
  BENCH_SECONDS: whole(1, 600, 10),
  BENCH_ROUNDS: whole(1, 20, 2),
  BENCH_WARMUP_SECONDS: whole(0, 120, 3),
  BENCH_BROWSER_RUNS: whole(1, 50, 5),
  BENCH_SCALE: z.coerce.number().positive().max(2).default(1),
  BENCH_DATABASE_URL: z.url().optional(),
  TEST_DATABASE_URL: z.url().optional(),
});

export type BenchSettings = {
  port: number;
  connections: number;
  /** Measured seconds per URL, after the warm-up, split evenly over the rounds. */
  seconds: number;
  /** How many times the URLs take turns. */
  rounds: number;
  warmupSeconds: number;
  browserRuns: number;
  /** The large organisation's size: 1 is 10,000 people (issue #7's figures). */
  scale: number;
  /** A PostgreSQL server to create the bench database on; the embedded database when absent. */
  databaseServerUrl?: string;
};

export function readSettings(env: Record<string, string | undefined>): BenchSettings {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new Error(`Invalid benchmark settings:\n${parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n")}`);
  }
  const s = parsed.data;
  return {
    port: s.BENCH_PORT,
    connections: CONNECTIONS,
    seconds: s.BENCH_SECONDS,
    rounds: s.BENCH_ROUNDS,
    warmupSeconds: s.BENCH_WARMUP_SECONDS,
    browserRuns: s.BENCH_BROWSER_RUNS,
    scale: s.BENCH_SCALE,
    databaseServerUrl: s.BENCH_DATABASE_URL ?? s.TEST_DATABASE_URL,
  };
}
