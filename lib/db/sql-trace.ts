import { appendFileSync, existsSync } from "node:fs";
import type { Pool, PoolClient } from "pg";

/**
 * `npm run bench` starts the server with BENCH_SQL_TRACE=<file>: every statement the app sends
 * is appended to that file as a JSON line (text and parameters) while the file exists, so the
 * benchmark can count a page's statements, replay them as raw SQL and EXPLAIN them, and then
 * remove the file before it measures. Never set outside the benchmark.
 */

export type TracedStatement = { text: string; values: unknown[] };

type QueryArgs = [config: string | { text: string; values?: unknown[] }, values?: unknown];

export function traceStatements(pool: Pool, file: string): void {
  pool.on("connect", (client: PoolClient) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: QueryArgs) => {
      if (existsSync(file)) {
        const [config, values] = args;
        const statement: TracedStatement =
          typeof config === "string" ? { text: config, values: Array.isArray(values) ? values : [] } : { text: config.text, values: config.values ?? [] };
        appendFileSync(file, JSON.stringify(statement) + "\n");
      }
      return query(...args);
    }) as PoolClient["query"];
  });
}
