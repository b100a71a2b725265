import pg from "pg";
import { vi } from "vitest";
import type { TracedStatement } from "@/lib/db/sql-trace";

/**
 * The SQL statements `run` sends, caught at the pg driver, where every statement Prisma sends
 * passes. In the server, React's cache() makes the session's person one read per request;
 * outside it the same read repeats, so `distinct` counts identical statements once.
 */
export async function captureStatements(run: () => Promise<unknown>, { distinct = false } = {}): Promise<TracedStatement[]> {
  const statements: TracedStatement[] = [];
  const query = pg.Client.prototype.query;
  vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: Parameters<typeof query>) {
    const [config, values] = args as unknown as [string | { text: string; values?: unknown[] }, unknown];
    statements.push(typeof config === "string" ? { text: config, values: Array.isArray(values) ? values : [] } : { text: config.text, values: config.values ?? [] });
    return query.apply(this, args);
  } as typeof query);
  try {
    await run();
  } finally {
    vi.restoreAllMocks();
  }
  if (!distinct) return statements;
  const seen = new Set<string>();
  return statements.filter((statement) => {
    const key = JSON.stringify(statement);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export async function countStatements(run: () => Promise<unknown>): Promise<number> {
  return (await captureStatements(run)).length;
}
