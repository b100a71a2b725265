import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { applyMigrations } from "@/prisma/engine";
import { runCli } from "./database";

/**
 * `npm run backup:check`: proves the README's backup procedure on the database at DATABASE_URL.
 * pg_dump in custom format, pg_restore into a scratch database on the same server, migrations
 * (which must find nothing to do), then every table of the app's schema compared row for row
 * (count and an md5 of its sorted rows). pg_dump reads a snapshot exported by the transaction
 * that reads the source's side of the comparison, so the check holds while the app keeps
 * writing. The scratch database and the dump are removed afterwards.
 */

const run = promisify(execFile);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function withDatabase(url: string, name: string): string {
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  return copy.toString();
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

async function once(url: string, sql: string): Promise<void> {
  const client = await connect(url);
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Each table of the app's schema with its row count and a digest of its rows. */
async function fingerprint(client: Client): Promise<Map<string, string>> {
  const tables = (await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`)).rows;
  const { rows } = await client.query<{ name: string; digest: string }>(
    tables
      .map(({ name }) => `SELECT '${name}' AS name, count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '-') AS digest FROM "${name}" t`)
      .join("\nUNION ALL\n"),
  );
  return new Map(rows.map((row) => [row.name, row.digest]));
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the PostgreSQL database to check. (The embedded database is backed up by copying its data directory while the app is stopped; see the README.)");
  const source = decodeURIComponent(new URL(url).pathname.slice(1));
  const scratch = `${source}_restore_check_${Date.now()}`.slice(0, 63);
  const directory = mkdtempSync(path.join(tmpdir(), "backup-check-"));
  const dump = path.join(directory, `${source}.dump`);

  const snapshot = await connect(url);
  try {
    await snapshot.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const id = (await snapshot.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]?.id ?? "";
    let started = performance.now();
    await run("pg_dump", ["--format=custom", `--snapshot=${id}`, `--file=${dump}`, `--dbname=${url}`]);
    console.info(`pg_dump --format=custom: ${(statSync(dump).size / 1024 / 1024).toFixed(1)} MB in ${seconds(started)}`);

    await once(url, `CREATE DATABASE "${scratch}"`);
    const restored = withDatabase(url, scratch);
    started = performance.now();
    await run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${restored}`, dump]);
    console.info(`pg_restore into a new database: ${seconds(started)}`);

    const applied = await applyMigrations(restored);
    if (applied.length) throw new Error(`The restored database lacked migrations (${applied.join(", ")}): the dump is older than the app.`);
    console.info("npm run db:migrate on the restored database: nothing to apply");

    started = performance.now();
    const before = await fingerprint(snapshot);
    const restoredClient = await connect(restored);
    const after = await fingerprint(restoredClient).finally(() => restoredClient.end());
    const differ = [...new Set([...before.keys(), ...after.keys()])].filter((table) => before.get(table) !== after.get(table));
    if (differ.length) throw new Error(`The restored database differs in ${differ.join(", ")}.`);
    const rows = [...before.values()].reduce((sum, digest) => sum + Number(digest.split(" ")[0]), 0);
    console.info(`Compared ${before.size} tables, ${rows.toLocaleString("en-GB")} rows: identical (${seconds(started)}).`);
  } finally {
    await snapshot.end();
    rmSync(directory, { recursive: true, force: true });
    await once(url, `DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
  }
}

runCli("backup:check", main);
