import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { createFrameworkAction, importFrameworkAction, previewFrameworkImportAction } from "@/app/(app)/hr/frameworks/actions";
import { db } from "@/lib/db/client";
import { countElements } from "@/lib/frameworks/document";
import { FILE_REJECTED, type FrameworkImportPreview } from "@/lib/frameworks/import-file";
import { refusal } from "@/tests/support/action-outcome";
import { changes, snapshotDatabase } from "@/tests/support/database-snapshot";
import { signInAs } from "@/tests/support/session";
import { buildWorld } from "@/tests/support/world";
import { call, createdId, download, draftOf, type Action } from "./framework-helpers";

const FIXTURE = path.resolve(import.meta.dirname, "../../../shared/fixtures/medium-snowflake-framework.csv");
const SNOWFLAKE = readFileSync(FIXTURE, "utf8");
const HEADER = "cluster,competency,competency_description,level,level_expectation,indicator";
/** Row 3 has no competency. */
const BAD_CSV = `${HEADER}\r\nLeading,Listening,,1,Hears people out,Asks before answering\r\nLeading,,,2,x,y\r\n`;

async function signedInHr() {
  const world = await buildWorld();
  signInAs(world.hr);
  return world;
}

/** The preview of a file, checking that asking for it wrote nothing. */
async function previewOf(file: string): Promise<FrameworkImportPreview> {
  const before = await snapshotDatabase();
  const result = await previewFrameworkImportAction(null, { file });
  expect(changes(before, await snapshotDatabase())).toEqual([]);
  if (!result.ok || !result.data) throw new Error(`Preview refused: ${JSON.stringify(result)}`);
  return result.data;
}

/** Calls an action that must refuse, checking that the refusal wrote nothing. */
async function refusedWithoutWriting(action: Action, input: Record<string, unknown>) {
  const before = await snapshotDatabase();
  const refused = refusal(await call(action, input));
  expect(changes(before, await snapshotDatabase())).toEqual([]);
  return refused;
}

describe("framework import", () => {
  it("previews the real fixture, writing nothing", async () => {
    await signedInHr();
    const preview = await previewOf(SNOWFLAKE);
    expect(preview).toMatchObject({ format: "csv", name: "" });
    expect(preview.counts).toEqual({ stages: 5, clusters: 4, competencies: 16, expectations: 80, indicators: 240 });
    expect(preview.stages).toEqual(["Level 1", "Level 2", "Level 3", "Level 4", "Level 5"]);
    expect(preview.clusters).toEqual([
      { name: "Building", competencies: ["Mobile", "Web client", "Foundations", "Servers"] },
      { name: "Executing", competencies: ["Project management", "Communication", "Craft", "Initiative"] },
      { name: "Supporting", competencies: ["Career development", "Org design", "Wellbeing", "Accomplishment"] },
      { name: "Strengthening", competencies: ["Mentorship", "Evangelism", "Recruiting", "Community"] },
    ]);
    expect(preview.warnings).toEqual([
      expect.stringMatching(/^The stages are named “Level 1” to “Level 5” after the numbers in the level column\./),
      expect.stringMatching(/^A CSV file holds no tags/),
    ]);
  });

  it("previews a rejected file as row errors, writing nothing; the import refuses it the same way", async () => {
    await signedInHr();
    const previewed = await refusedWithoutWriting(previewFrameworkImportAction as Action, { file: BAD_CSV });
    expect(previewed?.message).toBe(FILE_REJECTED);
    expect(previewed?.fieldErrors?.file).toEqual([expect.stringMatching(/^Row 3, competency: /)]);
    const imported = await refusedWithoutWriting(importFrameworkAction as Action, { name: "Bad", file: BAD_CSV });
    expect(imported).toEqual(previewed);
  });

  it("the import reads the file again: a good preview does not let another file through", async () => {
    await signedInHr();
    await previewOf(SNOWFLAKE);
    const swapped = await refusedWithoutWriting(importFrameworkAction as Action, { name: "Engineering ladder", file: BAD_CSV });
    expect(swapped?.fieldErrors?.file).toEqual([expect.stringMatching(/^Row 3, competency: /)]);
    const edited = `${SNOWFLAKE.trimEnd()}\r\nBuilding,Mobile,,1,Rewritten after the preview,Another signal\r\n`;
    const contradicted = await refusedWithoutWriting(importFrameworkAction as Action, { name: "Engineering ladder", file: edited });
    expect(contradicted?.fieldErrors?.file).toEqual([expect.stringMatching(/^Row 242, level_expectation: ‘Mobile’ at level 1 has a different expectation on row 2\./)]);
    const nameless = await refusedWithoutWriting(importFrameworkAction as Action, { name: "  ", file: SNOWFLAKE });
    expect(nameless?.fieldErrors?.name).toEqual(["Enter a name for the framework"]);
  });

  it("imports the previewed fixture as a draft under the name given, and exports the same rows back", async () => {
    const world = await signedInHr();
    const preview = await previewOf(SNOWFLAKE);
    const id = createdId(await call(importFrameworkAction as Action, { name: "Engineering ladder", file: SNOWFLAKE }));
    const { doc, number, organisationId } = await draftOf(id);
    expect(organisationId).toBe(world.organisation.id);
    expect(doc.name).toBe("Engineering ladder");
    expect(countElements(doc)).toMatchObject(preview.counts);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "framework.imported" } });
    expect(audit.summary).toBe("Imported the framework Engineering ladder from a CSV file");

    const exported = await download(id, number, "csv");
    expect(exported.status).toBe(200);
    expect(exported.disposition).toBe('attachment; filename="engineering-ladder-v1.csv"');
    const rows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, "").trim(), { skipEmptyLines: true }).data;
    expect(rows(exported.body)).toEqual(rows(SNOWFLAKE));
  });

  it("JSON export, preview, import and export again give the same file", async () => {
    await signedInHr();
    const id = createdId(await call(createFrameworkAction as Action, { start: "template", name: "Our leaders" }));
    const first = await download(id, 1, "json");
    const preview = await previewOf(first.body);
    const { doc } = await draftOf(id);
    expect(preview).toMatchObject({ format: "json", name: "Our leaders", warnings: [] });
    expect(preview.stages).toEqual(doc.stages.map((stage) => stage.name));
    expect(countElements(doc)).toMatchObject(preview.counts);

    const copyId = createdId(await call(importFrameworkAction as Action, { name: preview.name, file: first.body }));
    const second = await download(copyId, 1, "json");
    expect(second.body).toBe(first.body);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: copyId, action: "framework.imported" } });
    expect(audit.summary).toBe("Imported the framework Our leaders from a JSON file");
  });
});
