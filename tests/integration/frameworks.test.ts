import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  createFrameworkAction,
  editFrameworkDraftAction,
  importFrameworkCsvAction,
  importFrameworkJsonAction,
  publishFrameworkDraftAction,
  startFrameworkDraftAction,
} from "@/app/(app)/hr/frameworks/actions";
import { GET as exportVersion } from "@/app/(app)/hr/frameworks/[id]/versions/[number]/export/route";
import { db } from "@/lib/db/client";
import { countElements, type FrameworkDocument } from "@/lib/frameworks/document";
import { diffVersions } from "@/lib/frameworks/diff";
import { invoke, refusal, succeeded, type Outcome } from "@/tests/support/action-outcome";
import { changes, snapshotDatabase } from "@/tests/support/database-snapshot";
import { signInAs } from "@/tests/support/session";
import { buildFramework } from "@/tests/factories";
import { buildWorld } from "@/tests/support/world";

const FIXTURE = path.resolve(import.meta.dirname, "../../../shared/fixtures/medium-snowflake-framework.csv");

type Action = (previous: unknown, payload: FormData | Record<string, unknown>) => Promise<unknown>;

async function call(action: Action, input: Record<string, unknown>): Promise<Outcome> {
  return invoke(() => action(null, input));
}

function createdId(outcome: Outcome): string {
  if (outcome.kind !== "redirect") throw new Error(`Expected a redirect, got ${JSON.stringify(outcome)}`);
  return /\/hr\/frameworks\/([^/?]+)/.exec(outcome.location)?.[1] ?? "";
}

async function draftOf(frameworkId: string) {
  const version = await db.frameworkVersion.findFirstOrThrow({ where: { frameworkId, status: "DRAFT" } });
  return { ...version, doc: version.content as unknown as FrameworkDocument };
}

async function download(frameworkId: string, number: number, format: "csv" | "json") {
  const response = await exportVersion(new Request(`http://localhost/hr/frameworks/${frameworkId}/versions/${number}/export?format=${format}`), {
    params: Promise.resolve({ id: frameworkId, number: String(number) }),
  });
  return { status: response.status, body: await response.text(), disposition: response.headers.get("Content-Disposition") };
}

/** The first item, which the test's data guarantees. */
function first<T>(items: readonly T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error("Expected at least one item");
  return item;
}

const firstCompetency = (doc: FrameworkDocument) => first(first(doc.clusters).competencies);

const rename = (key: string, name: string) => ({ op: "rename", element: "competency", key, name });

async function templateFramework() {
  const world = await buildWorld();
  signInAs(world.hr);
  const id = createdId(await call(createFrameworkAction as Action, { start: "template", name: "Our leaders" }));
  return { world, id };
}

describe("competency frameworks", () => {
  it("creates a framework from the template as a complete draft, audited", async () => {
    const { world, id } = await templateFramework();
    const draft = await draftOf(id);
    expect(draft).toMatchObject({ organisationId: world.organisation.id, number: 1, status: "DRAFT", revision: 1 });
    expect(draft.doc.name).toBe("Our leaders");
    expect(countElements(draft.doc).stages).toBe(4);
    expect(await db.auditEvent.count({ where: { entityType: "Framework", entityId: id, action: "framework.created" } })).toBe(1);
  });

  it("an edit bumps the revision; a stale revision is a conflict and changes nothing", async () => {
    const { id } = await templateFramework();
    const draft = await draftOf(id);
    const competency = firstCompetency(draft.doc);
    const first = await call(editFrameworkDraftAction as Action, { versionId: draft.id, revision: 1, edit: rename(competency.key, "Listening well") });
    expect(succeeded(first)).toBe(true);
    const after = await draftOf(id);
    expect(after.revision).toBe(2);
    expect(firstCompetency(after.doc).name).toBe("Listening well");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "framework.edited" } });
    expect(audit.details).toMatchObject({ op: "rename", name: "Listening well" });

    const before = await snapshotDatabase();
    const stale = await call(editFrameworkDraftAction as Action, { versionId: draft.id, revision: "1", edit: JSON.stringify(rename(competency.key, "Second editor")) });
    expect(refusal(stale)?.message).toMatch(/^Someone else changed this draft/);
    expect(changes(before, await snapshotDatabase())).toEqual([]);

    const gone = await call(editFrameworkDraftAction as Action, { versionId: draft.id, revision: 2, edit: rename("no-such-key", "X") });
    expect(refusal(gone)?.message).toMatch(/no longer in the framework/);
  });

  it("refuses to publish an incomplete draft, listing where, then publishes once complete", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const id = createdId(await call(createFrameworkAction as Action, { start: "blank", name: "From nothing" }));
    let draft = await draftOf(id);
    const refused = refusal(await call(publishFrameworkDraftAction as Action, { versionId: draft.id, revision: draft.revision }));
    expect(refused?.message).toMatch(/cannot be published yet/);
    expect(refused?.fieldErrors?.completeness).toContain("Framework: Add at least one competency.");

    const clusterKey = first(draft.doc.clusters).key;
    const stageKey = first(draft.doc.stages).key;
    const edits = [
      { op: "addCompetency", clusterKey, key: "listening", name: "Listening" },
      { op: "setExpectation", competencyKey: "listening", stageKey, text: "Hears people out before answering." },
    ];
    for (const edit of edits) {
      draft = await draftOf(id);
      expect(succeeded(await call(editFrameworkDraftAction as Action, { versionId: draft.id, revision: draft.revision, edit }))).toBe(true);
    }
    draft = await draftOf(id);
    expect(succeeded(await call(publishFrameworkDraftAction as Action, { versionId: draft.id, revision: draft.revision }))).toBe(true);
    const published = await db.frameworkVersion.findUniqueOrThrow({ where: { id: draft.id } });
    expect(published).toMatchObject({ status: "PUBLISHED", publishedById: world.hr.id, revision: draft.revision });
    expect(published.publishedAt).toBeInstanceOf(Date);
  });

  it("keeps published versions frozen: no edit, no raw update, no delete, no draft twice", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const { framework, version, content } = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
    const key = firstCompetency(content).key;

    const edit = refusal(await call(editFrameworkDraftAction as Action, { versionId: version.id, revision: version.revision, edit: rename(key, "Changed") }));
    expect(edit?.message).toMatch(/published versions never change/);

    await expect(db.frameworkVersion.update({ where: { id: version.id }, data: { content: { ...content, name: "Rewritten" } } })).rejects.toThrow(/cannot change/);
    await expect(db.frameworkVersion.update({ where: { id: version.id }, data: { status: "DRAFT" } })).rejects.toThrow(/cannot move from PUBLISHED to DRAFT/);
    await expect(db.frameworkVersion.delete({ where: { id: version.id } })).rejects.toThrow(/cannot be deleted/);
    expect((await db.frameworkVersion.findUniqueOrThrow({ where: { id: version.id } })).content).toEqual(content);

    // New draft copies the content; then a rename shows in the diff.
    const started = await call(startFrameworkDraftAction as Action, { frameworkId: framework.id });
    expect(succeeded(started)).toBe(true);
    const draft = await draftOf(framework.id);
    expect(draft.number).toBe(2);
    expect(draft.doc).toEqual(content);
    expect(succeeded(await call(editFrameworkDraftAction as Action, { versionId: draft.id, revision: draft.revision, edit: rename(key, "Renamed later") }))).toBe(true);
    const { changes: diff } = diffVersions(content, (await draftOf(framework.id)).doc);
    expect(diff).toEqual([expect.objectContaining({ kind: "renamed", element: "competency", key, before: firstCompetency(content).name, after: "Renamed later" })]);

    // At most one draft: refused by the command, and by the database's partial unique index.
    expect(refusal(await call(startFrameworkDraftAction as Action, { frameworkId: framework.id }))?.message).toMatch(/already has a draft/);
    await expect(
      db.frameworkVersion.create({ data: { organisationId: world.organisation.id, frameworkId: framework.id, number: 3, status: "DRAFT", content: {} } }),
    ).rejects.toThrow(/Unique constraint/);
    expect(await db.frameworkVersion.count({ where: { frameworkId: framework.id } })).toBe(2);

    // Deleting the whole framework still cascades through its published versions.
    await db.framework.delete({ where: { id: framework.id } });
    expect(await db.frameworkVersion.count({ where: { frameworkId: framework.id } })).toBe(0);
  });

  it("imports the real fixture CSV and exports the same rows back", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const csv = readFileSync(FIXTURE, "utf8");
    const id = createdId(await call(importFrameworkCsvAction as Action, { name: "Engineering ladder", csv }));
    const { doc, number } = await draftOf(id);
    expect(countElements(doc)).toMatchObject({ clusters: 4, competencies: 16, stages: 5, expectations: 80, indicators: 240 });

    const exported = await download(id, number, "csv");
    expect(exported.status).toBe(200);
    expect(exported.disposition).toBe('attachment; filename="engineering-ladder-v1.csv"');
    const rows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, "").trim(), { skipEmptyLines: true }).data;
    expect(rows(exported.body)).toEqual(rows(csv));
  });

  it("JSON export, import and export again give the same file", async () => {
    const { id } = await templateFramework();
    const first = await download(id, 1, "json");
    const copyId = createdId(await call(importFrameworkJsonAction as Action, { json: first.body }));
    const second = await download(copyId, 1, "json");
    expect(second.body).toBe(first.body);
  });

  it("a rejected file writes nothing and says which row is wrong", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const before = await snapshotDatabase();
    const bad = "cluster,competency,competency_description,level,level_expectation,indicator\r\nLeading,Listening,,1,Hears people,Asks\r\nLeading,,,2,x,y\r\n";
    const refused = refusal(await call(importFrameworkCsvAction as Action, { name: "Bad", csv: bad }));
    expect(refused?.fieldErrors?.csv).toEqual([expect.stringMatching(/^Row 3, competency: /)]);
    expect(changes(before, await snapshotDatabase())).toEqual([]);
  });

  it("another organisation's HR cannot read, edit or publish by id", async () => {
    const world = await buildWorld();
    const { framework, version, content } = await buildFramework(db, world.organisation.id);
    await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
    signInAs(world.foreignHr);
    const before = await snapshotDatabase();
    expect(refusal(await call(editFrameworkDraftAction as Action, { versionId: version.id, revision: 1, edit: rename(firstCompetency(content).key, "Mine") }))?.message).toMatch(
      /not in your organisation/,
    );
    expect(refusal(await call(publishFrameworkDraftAction as Action, { versionId: version.id, revision: 1 }))?.message).toMatch(/not in your organisation/);
    expect((await download(framework.id, 1, "csv")).status).toBe(404);
    expect(changes(before, await snapshotDatabase())).toEqual([]);

    // People of the organisation without the HR hat read published versions only.
    signInAs(world.member);
    expect((await download(framework.id, 1, "json")).status).toBe(404);
    signInAs(null);
    expect((await download(framework.id, 1, "json")).status).toBe(401);
  });
});
