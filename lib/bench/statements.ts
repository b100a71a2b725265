import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { Pool } from "pg";
import type { TracedStatement } from "@/lib/db/sql-trace";
import type { LoadSample } from "./load";

/**
 * A page's SQL, as the server sent it (lib/db/sql-trace.ts): counted per request, replayed as raw
 * SQL through bare `pg` under the same concurrency as the pages, and EXPLAINed.
 */

/** Fetches the URL once while the server traces, and returns the statements that request ran. */
export async function traceRequest(traceFile: string, url: string, cookie: string): Promise<TracedStatement[]> {
  writeFileSync(traceFile, "");
  try {
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status} while its statements were traced.`);
    return readFileSync(traceFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as TracedStatement);
  } finally {
    rmSync(traceFile, { force: true });
  }
}

const READS = /^\s*(select|with)\b/i;

/** Only reads are replayed and explained: a page's SQL should be nothing else, and a replayed write would change the data. */
export const readsOf = (statements: TracedStatement[]) => statements.filter((statement) => READS.test(statement.text));

/**
 * Each of `connections` workers runs the page's statements in order, again and again, for the
 * given seconds, through a pool as large as the app's: one "request" is the whole sequence.
 */
export async function replayStatements(options: { databaseUrl: string; poolSize: number; statements: TracedStatement[]; connections: number; seconds: number }): Promise<LoadSample> {
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const begun = performance.now();
      const client = await pool.connect();
      try {
        for (const statement of options.statements) await client.query(statement.text, statement.values);
        latencies.push(performance.now() - begun);
      } catch {
        errors += 1;
      } finally {
        client.release();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, worker));
  } finally {
    await pool.end();
  }
  return { latencies, non2xx: 0, errors, seconds: (performance.now() - started) / 1000 };
}

export type ExplainedStatement = { text: string; plan: string };

export async function explainStatements(databaseUrl: string, statements: TracedStatement[]): Promise<ExplainedStatement[]> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const explained: ExplainedStatement[] = [];
    for (const statement of statements) {
      const result = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN ${statement.text}`, statement.values);
      explained.push({ text: statement.text, plan: result.rows.map((row) => row["QUERY PLAN"]).join("\n") });
    }
    return explained;
  } finally {
    await pool.end();
  }
}

/** The tables a plan reads with a sequential scan. */
export function sequentialScans(plan: string): string[] {
  return [...plan.matchAll(/Seq Scan on "?(\w+)"?/g)].map((match) => match[1] as string);
}

/** A table of more rows than this is large: reading it whole on a tenant-scoped query is a planning failure. */
export const LARGE_TABLE_ROWS = 1000;

/** Every table with more than LARGE_TABLE_ROWS rows, by the planner's statistics (run after ANALYZE). */
export async function largeTables(databaseUrl: string): Promise<Record<string, number>> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const result = await pool.query<{ name: string; rows: number }>(
      `SELECT c.relname AS name, c.reltuples::bigint::int AS rows FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.reltuples > $1 ORDER BY c.relname`,
      [LARGE_TABLE_ROWS],
    );
    return Object.fromEntries(result.rows.map((row) => [row.name, row.rows]));
  } finally {
    await pool.end();
  }
}
