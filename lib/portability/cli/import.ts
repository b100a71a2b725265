import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { applyMigrations } from "@/prisma/engine";
import { importOrganisation, importTargetSchema } from "../import";
import { checkFileSize, readOrganisationFile } from "../read-file";
import { APP_STOPPED_FLAG, openDatabase, runCli } from "./database";

const USAGE = `Usage: npm run org:import -- --file <file.json> --slug <new organisation slug> [--name <name>] [${APP_STOPPED_FLAG}]

Imports an organisation file into a new organisation (or an existing one that holds nothing),
in one transaction, after applying any migrations the database lacks. Prints a temporary
password for each HR admin in the file.`;

async function main() {
  const { values } = parseArgs({ options: { file: { type: "string" }, slug: { type: "string" }, name: { type: "string" }, "app-stopped": { type: "boolean", default: false } } });
  if (!values.file) throw new Error(`--file is required.\n${USAGE}`);
  const target = importTargetSchema.safeParse({ slug: values.slug, name: values.name });
  if (!target.success) throw new Error(`${target.error.issues.map((issue) => issue.message).join("; ")}.\n${USAGE}`);

  const started = performance.now();
  checkFileSize(statSync(values.file).size);
  const document = readOrganisationFile(readFileSync(values.file, "utf8"));
  const database = await openDatabase({ appStopped: values["app-stopped"], create: true });
  try {
    await applyMigrations(database.url);
    const result = await importOrganisation(database.client, document, target.data);
    const rows = Object.values(result.rows).reduce((sum, count) => sum + count, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`Imported ${result.name} (slug "${result.slug}") into ${database.description}: ${rows.toLocaleString("en-GB")} rows in ${seconds} s.`);
    if (result.temporaryPasswords.length) {
      console.info("\nTemporary passwords for the HR admins, shown only now. Sign in, then change yours on your profile page:");
      for (const entry of result.temporaryPasswords) console.info(`  ${entry.email}  ${entry.password}  (${entry.name})`);
    } else {
      console.info("\nThe file has no active HR admin, so nobody got a temporary password: people sign in with single sign-on.");
    }
  } finally {
    await database.close();
  }
}

runCli("org:import", main);
