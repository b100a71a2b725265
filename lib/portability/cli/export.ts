import { existsSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { CONTENTS, serialiseDocument, type Contents } from "../document";
import { exportOrganisation } from "../export";
import { APP_STOPPED_FLAG, openDatabase, runCli } from "./database";

const USAGE = `Usage: npm run org:export -- --slug <organisation slug> --out <file.json> [--contents complete|hr] [${APP_STOPPED_FLAG}]

Writes the organisation as one JSON file (lib/portability). "complete" (the default) holds
everything but passwords, private conversation notes, the audit log and notifications; "hr"
is HR's download, which also leaves out what the app keeps from HR.`;

async function main() {
  const { values } = parseArgs({ options: { slug: { type: "string" }, out: { type: "string" }, contents: { type: "string", default: "complete" }, "app-stopped": { type: "boolean", default: false } } });
  if (!values.slug || !values.out) throw new Error(`--slug and --out are required.\n${USAGE}`);
  if (!(CONTENTS as readonly string[]).includes(values.contents)) throw new Error(`--contents is "complete" or "hr".\n${USAGE}`);
  if (existsSync(values.out)) throw new Error(`${values.out} already exists; choose another name, or delete it first.`);

  const started = performance.now();
  const database = await openDatabase({ appStopped: values["app-stopped"] });
  try {
    const organisation = await database.client.organisation.findUnique({ where: { slug: values.slug }, select: { id: true, name: true } });
    if (!organisation) throw new Error(`There is no organisation with the slug "${values.slug}" in ${database.description}.`);
    const document = await exportOrganisation(database.client, organisation.id, values.contents as Contents);
    const text = serialiseDocument(document);
    // The file holds personal data: readable by its owner only.
    writeFileSync(values.out, text, { mode: 0o600, flag: "wx" });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `Exported ${organisation.name} from ${database.description} to ${values.out}: ${document.people.length.toLocaleString("en-GB")} people, ` +
        `${document.inductions.length.toLocaleString("en-GB")} inductions, ${document.conversations.length.toLocaleString("en-GB")} conversations; ` +
        `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB in ${seconds} s.`,
    );
  } finally {
    await database.close();
  }
}

runCli("org:export", main);
