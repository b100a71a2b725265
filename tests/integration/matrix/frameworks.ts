import { db } from "@/lib/db/client";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { FRAMEWORK_FILE_MAX_BYTES } from "@/lib/frameworks/action-schemas";
import { buildFramework, uniqueSuffix } from "@/tests/factories";
import { HR, idFromRedirect, csvCell, type CrossTenantCase, type FieldSpec, type MatrixEntry } from "./core";

/** Framework names fold runs of whitespace into one space. */
const foldName = (name: string) => name.replace(/\s+/g, " ").trim();

const frameworkNameSpec = { kind: "text", max: 120, required: true, stored: foldName } as const satisfies FieldSpec;

function frameworkCsv(competency: string): string {
  const rows = [1, 2].map((level) => ["Leading", competency, "What it means", String(level), `Expected at level ${level}`, "Does it often"].map(csvCell).join(","));
  return `cluster,competency,competency_description,level,level_expectation,indicator\r\n${rows.join("\r\n")}\r\n`;
}

const frameworkCsvField = {
  kind: "csv",
  max: FRAMEWORK_FILE_MAX_BYTES,
  withName: frameworkCsv,
  // A cell is trimmed, loses one apostrophe that protected a formula character, and folds whitespace.
  stored: (name: string) => foldName(name.trim().replace(/^'+(?=[=+\-@\t\r])/, (quotes) => quotes.slice(1))),
} as const satisfies FieldSpec;

async function readFramework(id: string) {
  const version = await db.frameworkVersion.findFirstOrThrow({ where: { frameworkId: id }, orderBy: { number: "desc" } });
  return { organisationId: version.organisationId, content: version.content as unknown as FrameworkDocument };
}

/** Competency frameworks: HR changes them; everyone reads published versions. */
export const FRAMEWORK_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/hr/frameworks/actions.ts#createFrameworkAction": {
    type: "action",
    access: HR,
    async validInput() {
      return { start: "template", name: `Framework ${uniqueSuffix()}` };
    },
    crossTenant: { selfScoped: "Creates a framework in the caller's own organisation from the built-in template or from nothing; the input names no record." },
    fields: { start: { kind: "choice", values: ["blank", "template"] }, name: frameworkNameSpec },
    async readBack(_world, _caller, _input, outcome) {
      const framework = await readFramework(idFromRedirect(outcome, "/hr/frameworks/"));
      return { name: framework.content.name, organisationId: framework.organisationId };
    },
  },

  "app/(app)/hr/frameworks/actions.ts#previewFrameworkImportAction": {
    type: "action",
    access: HR,
    readOnly: true,
    async validInput() {
      return { file: frameworkCsv("Coaching") };
    },
    crossTenant: { selfScoped: "Reads only the file it is sent and touches no record." },
    fields: { file: frameworkCsvField },
  },

  "app/(app)/hr/frameworks/actions.ts#importFrameworkAction": {
    type: "action",
    access: HR,
    async validInput() {
      return { name: `Imported ${uniqueSuffix()}`, file: frameworkCsv("Coaching") };
    },
    crossTenant: { selfScoped: "Imports a file into the caller's own organisation; the file names no record, and keys in a JSON file are per framework, not ids of records." },
    fields: { name: frameworkNameSpec, file: frameworkCsvField },
    async readBack(_world, _caller, _input, outcome) {
      const framework = await readFramework(idFromRedirect(outcome, "/hr/frameworks/"));
      return { name: framework.content.name, file: framework.content.clusters[0]?.competencies[0]?.name, organisationId: framework.organisationId };
    },
  },

  "app/(app)/hr/frameworks/actions.ts#duplicateFrameworkVersionAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { versionId: (await buildFramework(db, world.organisation.id, { status: "PUBLISHED" })).version.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "duplicate organisation A's framework", input: { versionId: (await buildFramework(db, world.organisation.id, { status: "PUBLISHED" })).version.id } }];
    },
    fields: { versionId: { kind: "id", of: "frameworkVersion" } },
  },

  "app/(app)/hr/frameworks/actions.ts#editFrameworkDraftAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      const { version } = await buildFramework(db, world.organisation.id);
      return { versionId: version.id, revision: String(version.revision), edit: JSON.stringify({ op: "setFrameworkDetails", description: "Reworded" }) };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const { version } = await buildFramework(db, world.organisation.id);
      return [{ label: "edit organisation A's draft", input: { versionId: version.id, revision: "1", edit: JSON.stringify({ op: "setFrameworkDetails", name: "Taken over" }) } }];
    },
    fields: { versionId: { kind: "id", of: "frameworkVersion" }, revision: { kind: "version" }, edit: { kind: "json" } },
  },

  "app/(app)/hr/frameworks/actions.ts#publishFrameworkDraftAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      const { version } = await buildFramework(db, world.organisation.id);
      return { versionId: version.id, revision: String(version.revision) };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const { version } = await buildFramework(db, world.organisation.id);
      return [{ label: "publish organisation A's draft", input: { versionId: version.id, revision: "1" } }];
    },
    fields: { versionId: { kind: "id", of: "frameworkVersion" }, revision: { kind: "version" } },
  },

  "app/(app)/hr/frameworks/actions.ts#startFrameworkDraftAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { frameworkId: (await buildFramework(db, world.organisation.id, { status: "PUBLISHED" })).framework.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "start a draft of organisation A's framework", input: { frameworkId: (await buildFramework(db, world.organisation.id, { status: "PUBLISHED" })).framework.id } }];
    },
    fields: { frameworkId: { kind: "id", of: "framework" } },
  },

  "app/(app)/hr/frameworks/actions.ts#archiveFrameworkVersionAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { versionId: (await buildFramework(db, world.organisation.id, { status: "PUBLISHED" })).version.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "archive organisation A's version", input: { versionId: (await buildFramework(db, world.organisation.id, { status: "PUBLISHED" })).version.id } }];
    },
    fields: { versionId: { kind: "id", of: "frameworkVersion" } },
  },

  "app/(app)/hr/frameworks/actions.ts#unarchiveFrameworkVersionAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { versionId: (await buildFramework(db, world.organisation.id, { status: "ARCHIVED" })).version.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "unarchive organisation A's version", input: { versionId: (await buildFramework(db, world.organisation.id, { status: "ARCHIVED" })).version.id } }];
    },
    fields: { versionId: { kind: "id", of: "frameworkVersion" } },
  },

  "app/(app)/hr/frameworks/actions.ts#discardFrameworkDraftAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { versionId: (await buildFramework(db, world.organisation.id)).version.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "discard organisation A's draft", input: { versionId: (await buildFramework(db, world.organisation.id)).version.id } }];
    },
    fields: { versionId: { kind: "id", of: "frameworkVersion" } },
  },

  "app/(app)/hr/frameworks/[id]/versions/[number]/export/route.ts#GET": {
    type: "route",
    access: "signed-in",
    async request(world) {
      const { framework } = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
      return { path: `/hr/frameworks/${framework.id}/versions/1/export?format=csv`, params: { id: framework.id, number: "1" } };
    },
  },
};
