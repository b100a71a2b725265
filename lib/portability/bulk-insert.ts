import { columnChunks } from "@/lib/db/column-chunks";
import type { AppPrismaClient } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client";

/**
 * Writes many rows a table at a time: one INSERT … SELECT FROM unnest($1::text[], …) per chunk,
 * every value sent as text and cast to its column's type, which the database itself names
 * (format_type), so the rows need no column list of their own. Importing the large benchmark
 * organisation (300,000 rows) took 499 s and 4.2 GB of memory with Prisma's createMany here, and
 * 39 s and 1.7 GB with this.
 * (lib/bench/large/bulk.ts does the same for the large seed with hand-written column types.)
 */

type Executor = Pick<AppPrismaClient, "$queryRaw" | "$executeRawUnsafe">;
type Row = Record<string, unknown>;


/** Each column's type as SQL can cast to it, e.g. `timestamp(3) without time zone`, `"AppRole"[]`, by table. */
export async function columnTypes(tx: Executor): Promise<Map<string, Map<string, string>>> {
  const columns = await tx.$queryRaw<{ table: string; column: string; type: string }[]>`
    SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type"
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`;
  const tables = new Map<string, Map<string, string>>();
  for (const { table, column, type } of columns) {
    const types = tables.get(table) ?? new Map<string, string>();
    types.set(column, type);
    tables.set(table, types);
  }
  return tables;
}

/** A PostgreSQL array literal: {"a","b \"quoted\""}. */
function arrayLiteral(items: readonly unknown[]): string {
  return `{${items.map((item) => `"${String(item).replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
}

function asText(value: unknown, type: string): string | null {
  if (value === null || value === undefined || value === Prisma.DbNull) return null;
  if (value instanceof Date) return value.toISOString();
  if (type.endsWith("[]")) return arrayLiteral(value as unknown[]);
  if (type === "jsonb" || type === "json") return JSON.stringify(value);
  return String(value);
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Writes the rows into `table`; every row must carry the same columns (the first row's). `updatedAt` is now() unless given. */
export async function insertRows(tx: Executor, types: Map<string, Map<string, string>>, table: string, rows: readonly Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const tableTypes = types.get(table);
  if (!tableTypes) throw new Error(`There is no table "${table}".`);
  const names = Object.keys(first);
  const typeOf = (name: string) => {
    const type = tableTypes.get(name);
    if (!type) throw new Error(`Table "${table}" has no column "${name}".`);
    return type;
  };
  const setUpdatedAt = tableTypes.has("updatedAt") && !names.includes("updatedAt");
  const sql =
    `INSERT INTO ${quote(table)} (${[...names, ...(setUpdatedAt ? ["updatedAt"] : [])].map(quote).join(", ")}) ` +
    `SELECT ${[...names.map((name) => `${quote(name)}::${typeOf(name)}`), ...(setUpdatedAt ? ["now()"] : [])].join(", ")} ` +
    `FROM unnest(${names.map((_, index) => `$${index + 1}::text[]`).join(", ")}) AS input(${names.map(quote).join(", ")})`;

  for (const row of rows) if (Object.keys(row).length !== names.length) throw new Error(`Rows for "${table}" must all carry the same columns.`);
  for (const arrays of columnChunks(rows, names, (row, name) => asText(row[name], typeOf(name)))) await tx.$executeRawUnsafe(sql, ...arrays);
}
