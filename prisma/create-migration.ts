/**
 * `npm run db:migration:create -- <name>` — writes the next migration for prisma/schema.prisma:
 * applies the committed migrations to a scratch in-memory PGlite, diffs that database against
 * the schema, and writes prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql when they
 * differ. The Prisma CLI's `migrate dev` cannot run here (it needs the native engine binary).
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { MIGRATIONS_DIR, applyMigrations, diffToSchema } from "./engine";

function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  );
}

/** Same normalisation as `prisma migrate dev --name`: lower snake case, at most 200 chars. */
function slug(name: string): string {
  return name
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toLowerCase()
    .slice(0, 200);
}

async function main(): Promise<void> {
  const name = slug(process.argv.slice(2).join("_"));
  if (!name) {
    console.error("Usage: npm run db:migration:create -- <name>   (e.g. add_person_title)");
    process.exitCode = 1;
    return;
  }

  const db = await startEmbeddedPostgres();
  let sql: string;
  try {
    await applyMigrations(db.connectionString);
    sql = await diffToSchema(db.connectionString);
  } finally {
    await db.stop();
  }

  if (sql.trim() === "") {
    console.log("No schema changes: prisma/schema.prisma matches the existing migrations.");
    return;
  }

  // Migrations apply in name order, so the new one must sort after every existing one.
  let stamp = timestamp(new Date());
  const existing = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const last = existing[existing.length - 1];
  if (last && last.slice(0, 14) >= stamp) {
    stamp = String(Number(last.slice(0, 14)) + 1);
  }
  const directory = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, "migration.sql");
  writeFileSync(file, sql.endsWith("\n") ? sql : `${sql}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), file)} — review it, then run npm run db:migrate.`);
}

main().catch((error: unknown) => {
  console.error("db:migration:create failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
