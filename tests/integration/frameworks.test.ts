import { describe, expect, it } from "vitest";
import { createFrameworkAction, editFrameworkDraftAction, publishFrameworkDraftAction, startFrameworkDraftAction } from "@/app/(app)/hr/frameworks/actions";
import { db } from "@/lib/db/client";
import { countElements, type FrameworkDocument } from "@/lib/frameworks/document";
import { diffVersions } from "@/lib/frameworks/diff";
import { refusal, succeeded } from "@/tests/support/action-outcome";
import { changes, snapshotDatabase } from "@/tests/support/database-snapshot";
import { signInAs } from "@/tests/support/session";
import { buildFramework } from "@/tests/factories";
import { buildWorld } from "@/tests/support/world";
import { call, createdId, download, draftOf, type Action } from "./framework-helpers";

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
