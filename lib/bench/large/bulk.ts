import { columnChunks } from "@/lib/db/column-chunks";
import type { AppPrismaClient } from "@/lib/db/create-client";

/**
 * Bulk inserts for the large seed: one INSERT … SELECT FROM unnest($1::text[], $2::text[], …)
 * per chunk, so a chunk of thousands of rows is one round trip with one parameter per column
 * (Prisma's createMany binds one parameter per cell and was four times slower here). Every value
 * travels as text and is cast to its column's type in the SELECT.
 */

/** A column's PostgreSQL type: `enum:Name` for an enum, `enums:Name` for an array of one. */
export type ColumnType = "text" | "int" | "bool" | "date" | "timestamp" | "json" | `enum:${string}` | `enums:${string}`;

export type Cell = string | number | boolean | Date | null | readonly string[] | object;

export type Columns<Row> = { [K in keyof Row]: ColumnType };


function castFor(column: string, type: ColumnType): string {
  const ref = `"${column}"`;
  if (type.startsWith("enums:")) return `string_to_array(${ref}, ',')::"${type.slice(6)}"[]`;
  if (type.startsWith("enum:")) return `${ref}::"${type.slice(5)}"`;
  const casts: Record<string, string> = { text: "", int: "::integer", bool: "::boolean", date: "::date", timestamp: "::timestamp(3)", json: "::jsonb" };
  return `${ref}${casts[type] ?? ""}`;
}

function asText(value: Cell, type: ColumnType): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (type.startsWith("enums:")) return (value as readonly string[]).join(",");
  if (type === "json") return JSON.stringify(value);
  return String(value);
}

/** The SQL of one chunk: the columns in order, with updatedAt set to now() unless the row gives it. */
export function insertSql(table: string, columns: Record<string, ColumnType>): string {
  const names = Object.keys(columns);
  const targets = [...names, ...(names.includes("updatedAt") ? [] : ["updatedAt"])].map((name) => `"${name}"`).join(", ");
  const selected = [...names.map((name) => castFor(name, columns[name] as ColumnType)), ...(names.includes("updatedAt") ? [] : ["now()"])].join(", ");
  const params = names.map((_, index) => `$${index + 1}::text[]`).join(", ");
  const aliases = names.map((name) => `"${name}"`).join(", ");
  return `INSERT INTO "${table}" (${targets}) SELECT ${selected} FROM unnest(${params}) AS input(${aliases})`;
}

/** The rows planned for one table, with its columns' types. */
export type TableRows = { table: string; columns: Record<string, ColumnType>; rows: readonly Record<string, Cell>[] };

/** Pairs rows with their columns, checked against the row type where the rows are planned. */
export function tableRows<Row extends Record<string, Cell>>(table: string, columns: Columns<Row>, rows: readonly Row[]): TableRows {
  return { table, columns, rows };
}

/** Writes the rows into their table in chunks; returns how many were written. */
export async function insertRows(db: AppPrismaClient, { table, columns, rows }: TableRows): Promise<number> {
  const names = Object.keys(columns);
  const sql = insertSql(table, columns);
  for (const arrays of columnChunks(rows, names, (row, name) => asText(row[name] ?? null, columns[name] as ColumnType))) await db.$executeRawUnsafe(sql, ...arrays);
  return rows.length;
}
