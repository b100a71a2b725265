import { db } from "@/lib/db/client";

/**
 * A fingerprint of every application table: its row count and the highest
 * transaction id (`xmin`) among its rows. PostgreSQL writes every inserted or
 * updated row as a new row version stamped with the writing transaction's id,
 * which is newer than every earlier one, so any write moves the highest xmin and
 * any delete moves the count: the pair changes whenever a row is written, at a
 * fraction of the cost of hashing every row. Tables are read from the database
 * itself, so a table added by a later migration is covered without touching this file.
 */
export type DatabaseSnapshot = Record<string, { rows: number; lastWrite: string }>;

type TableInfo = { name: string; tenantColumn: boolean };

let tables: Promise<TableInfo[]> | undefined;

function listTables(): Promise<TableInfo[]> {
  tables ??= db
    .$queryRaw<{ name: string; tenant_column: boolean }[]>`
      SELECT t.table_name AS name,
             EXISTS (SELECT 1 FROM information_schema.columns c
                     WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                       AND c.column_name = 'organisationId') AS tenant_column
      FROM information_schema.tables t
      WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        AND t.table_name <> '_prisma_migrations'
      ORDER BY t.table_name`
    .then((rows) => rows.map((row) => ({ name: row.name, tenantColumn: row.tenant_column })));
  return tables;
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function fingerprint(where: (table: TableInfo) => string | null): Promise<DatabaseSnapshot> {
  const parts = (await listTables()).flatMap((table) => {
    const condition = where(table);
    if (condition === null) return [];
    return [
      `SELECT ${literal(table.name)} AS name, count(*)::int AS rows, coalesce(max(t.xmin::text::bigint), 0)::text AS last_write
       FROM ${quote(table.name)} t WHERE ${condition}`,
    ];
  });
  const rows = await db.$queryRawUnsafe<{ name: string; rows: number; last_write: string }[]>(parts.join("\nUNION ALL\n"));
  return Object.fromEntries(rows.map((row) => [row.name, { rows: Number(row.rows), lastWrite: row.last_write }]));
}

/** Every row of every table. */
export function snapshotDatabase(): Promise<DatabaseSnapshot> {
  return fingerprint(() => "true");
}

/** Every row that belongs to one organisation: its tenant-owned rows and the organisation itself. */
export function snapshotOrganisation(organisationId: string): Promise<DatabaseSnapshot> {
  return fingerprint((table) => {
    if (table.tenantColumn) return `t."organisationId" = ${literal(organisationId)}`;
    if (table.name === "Organisation") return `t.id = ${literal(organisationId)}`;
    return null;
  });
}

/**
 * The rows of the given organisations and every row of the tables no organisation owns
 * (the organisations themselves, sign-in attempts). A suite that acts only inside a few
 * organisations compares these instead of the whole database: the tenant indexes serve it,
 * so its cost does not grow with everything earlier tests wrote.
 */
export function snapshotOrganisations(organisationIds: readonly string[]): Promise<DatabaseSnapshot> {
  const ids = organisationIds.map(literal).join(", ");
  return fingerprint((table) => (table.tenantColumn ? `t."organisationId" IN (${ids})` : "true"));
}

/** Human-readable differences, empty when nothing changed: `expect(changes(a, b)).toEqual([])`. */
export function changes(before: DatabaseSnapshot, after: DatabaseSnapshot): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.flatMap((name) => {
    const a = before[name];
    const b = after[name];
    if (!a || !b) return [`${name}: table ${a ? "disappeared" : "appeared"}`];
    if (a.rows !== b.rows) return [`${name}: ${a.rows} → ${b.rows} rows`];
    if (a.lastWrite !== b.lastWrite) return [`${name}: rows were written (same count, ${a.rows})`];
    return [];
  });
}
