/**
 * `npm run db:migrate` — applies the committed migrations in prisma/migrations to the database
 * named by DATABASE_URL (through the WebAssembly schema engine; see prisma/engine.ts).
 */
import { applyMigrations } from "./engine";

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL?.trim();
  if (!connectionString) {
    console.error(
      "db:migrate: DATABASE_URL is not set. Set it to the database to migrate, e.g.\n" +
        "  DATABASE_URL=postgresql://user@127.0.0.1:5432/dbname npm run db:migrate",
    );
    process.exitCode = 1;
    return;
  }
  const started = Date.now();
  const applied = await applyMigrations(connectionString);
  const took = `${Date.now() - started} ms`;
  if (applied.length === 0) {
    console.log(`Database is up to date; no migration applied (${took}).`);
  } else {
    console.log(`Applied ${applied.length} migration(s) in ${took}:`);
    for (const name of applied) console.log(`  ${name}`);
  }
}

main().catch((error: unknown) => {
  console.error("db:migrate failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
