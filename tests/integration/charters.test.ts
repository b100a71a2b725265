import { describe, expect, it } from "vitest";
import {
  archiveCharterVersionAction,
  createCharterAction,
  discardCharterDraftAction,
  pinCharterFrameworkAction,
  publishCharterDraftAction,
  saveCharterSectionsAction,
  setCharterRequirementsAction,
  startCharterDraftAction,
} from "@/app/(app)/hr/roles/[id]/charter/actions";
import { acknowledgeCharterAction, askCharterQuestionAction } from "@/app/(app)/me/charter/actions";
import { markAllNotificationsReadAction } from "@/app/(app)/notifications/actions";
import { LIST_SECTIONS, TEXT_SECTIONS, type CharterDocument } from "@/lib/charters/document";
import {
  countCharterUsage,
  getCharterVersion,
  getCharterWorkspace,
  getPublishedCharter,
  getRoleTransition,
  listCharterHistory,
  listPinnableFrameworkVersions,
  listPublishedCharters,
  listRoleCharters,
} from "@/lib/charters/queries";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { countUnreadNotifications, listNotifications } from "@/lib/notifications/queries";
import { refusal, succeeded } from "@/tests/support/action-outcome";
import { changes, snapshotDatabase } from "@/tests/support/database-snapshot";
import { signInAs } from "@/tests/support/session";
import { buildCharter, buildFramework, buildJobRole, sampleCharter } from "@/tests/factories";
import { buildWorld, type World } from "@/tests/support/world";
import { call, type Action } from "./framework-helpers";

/** HR admin of a fresh world, with a published framework to build charters on. */
async function charterWorld() {
  const world = await buildWorld();
  const framework = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
  signInAs(world.hr);
  return { world, framework };
}

const competencies = (doc: FrameworkDocument) => doc.clusters.flatMap((cluster) => cluster.competencies);

function sectionsForm(versionId: string, revision: number, overrides: Record<string, string> = {}) {
  return {
    versionId,
    revision,
    ...Object.fromEntries(TEXT_SECTIONS.map((section) => [section, `Our ${section}`])),
    ...Object.fromEntries(LIST_SECTIONS.map((section) => [section, `One ${section}\nTwo ${section}`])),
    ...overrides,
  };
}

async function draftOf(charterId: string) {
  const version = await db.charterVersion.findFirstOrThrow({ where: { charterId, status: "DRAFT" } });
  return { ...version, doc: version.content as unknown as CharterDocument };
}

/** Starts, fills in and publishes a charter for `jobRoleId` through the actions, as HR would. */
async function writeAndPublish(jobRoleId: string, framework: { version: { id: string }; content: FrameworkDocument }, stageIndex: number) {
  expect(succeeded(await call(createCharterAction as Action, { jobRoleId }))).toBe(true);
  const charter = await db.charter.findUniqueOrThrow({ where: { jobRoleId } });
  let draft = await draftOf(charter.id);
  expect(succeeded(await call(pinCharterFrameworkAction as Action, { versionId: draft.id, revision: draft.revision, frameworkVersionId: framework.version.id }))).toBe(true);
  draft = await draftOf(charter.id);
  expect(succeeded(await call(saveCharterSectionsAction as Action, sectionsForm(draft.id, draft.revision)))).toBe(true);
  const stage = framework.content.stages[stageIndex];
  const required = competencies(framework.content).slice(0, 3);
  const result = await call(setCharterRequirementsAction as Action, {
    versionId: draft.id,
    revision: draft.revision + 1,
    stage: required.map((competency) => `${competency.key}:${stage?.key}`),
    ahead: [],
  });
  expect(succeeded(result), JSON.stringify(result)).toBe(true);
  expect(succeeded(await call(publishCharterDraftAction as Action, { versionId: draft.id, revision: draft.revision + 2 }))).toBe(true);
  return charter;
}

describe("role charters", () => {
  it("HR starts, writes, pins and publishes a charter; each step is audited", async () => {
    const { world, framework } = await charterWorld();
    const charter = await writeAndPublish(world.leaderRole.id, framework, 1);
    const published = await getPublishedCharter(world.organisation.id, world.leaderRole.id);
    expect(published).toMatchObject({ number: 1, status: "PUBLISHED", framework: { versionId: framework.version.id } });
    expect(published?.document.support).toEqual(["One support", "Two support"]);
    expect(published?.document.requirements).toHaveLength(3);
    const actions = (await listCharterHistory(world.organisation.id, charter.id)).map((event) => event.summary);
    expect(actions).toEqual([
      "Published version 1 of the Engineering Manager charter",
      "Set 3 required competencies in the draft (version 1)",
      "Changed the charter's sections in the draft (version 1)",
      expect.stringMatching(/^Moved the required competencies to .*, version 1 in the draft \(version 1\)$/),
      "Started the Engineering Manager charter",
    ]);
  });

  it("refuses to publish an unfinished draft and lists what is missing; a stale revision is a conflict", async () => {
    const { world } = await charterWorld();
    await call(createCharterAction as Action, { jobRoleId: world.expertRole.id });
    const charter = await db.charter.findUniqueOrThrow({ where: { jobRoleId: world.expertRole.id } });
    const draft = await draftOf(charter.id);
    const before = await snapshotDatabase();
    const refused = refusal(await call(publishCharterDraftAction as Action, { versionId: draft.id, revision: draft.revision }));
    expect(refused?.message).toMatch(/cannot be published yet: 12 things need finishing/);
    expect(refused?.fieldErrors?.completeness).toContain("Purpose: Write this section.");
    expect(refused?.fieldErrors?.completeness).toContain("Required competencies: Choose the published framework version the role's competencies come from.");
    const stale = refusal(await call(saveCharterSectionsAction as Action, sectionsForm(draft.id, draft.revision + 5)));
    expect(stale?.message).toMatch(/^Someone else changed this draft/);
    expect(changes(before, await snapshotDatabase())).toEqual([]);
  });

  it("a published version never changes, in the code and in the database", async () => {
    const { world, framework } = await charterWorld();
    const { version } = await buildCharter(db, world.organisation.id, {
      jobRoleId: world.leaderRole.id,
      frameworkVersionId: framework.version.id,
      content: sampleCharter(framework.content),
      status: "PUBLISHED",
    });
    const refused = refusal(await call(saveCharterSectionsAction as Action, sectionsForm(version.id, version.revision)));
    expect(refused?.message).toMatch(/published versions never change/);
    await expect(db.charterVersion.update({ where: { id: version.id }, data: { content: { ...sampleCharter(framework.content), purpose: "Rewritten" } } })).rejects.toThrow(/content cannot change/);
    await expect(db.charterVersion.update({ where: { id: version.id }, data: { frameworkVersionId: null } })).rejects.toThrow(/frameworkVersionId cannot change/);
    await expect(db.charterVersion.update({ where: { id: version.id }, data: { status: "DRAFT" } })).rejects.toThrow(/cannot move from PUBLISHED to DRAFT/);
    await expect(db.charterVersion.delete({ where: { id: version.id } })).rejects.toThrow(/cannot be deleted/);
    // The framework version it points at cannot go while the charter uses it.
    await expect(db.frameworkVersion.delete({ where: { id: framework.version.id } })).rejects.toThrow();
  });

  it("a new draft starts from the latest published version and keeps its framework; one draft at a time", async () => {
    const { world, framework } = await charterWorld();
    const charter = await writeAndPublish(world.leaderRole.id, framework, 1);
    expect(succeeded(await call(startCharterDraftAction as Action, { charterId: charter.id }))).toBe(true);
    const draft = await draftOf(charter.id);
    const published = await getCharterVersion(world.organisation.id, world.leaderRole.id, 1);
    expect(draft).toMatchObject({ number: 2, frameworkVersionId: framework.version.id });
    expect(draft.doc).toEqual(published.document);
    expect(refusal(await call(startCharterDraftAction as Action, { charterId: charter.id }))?.message).toMatch(/already has a draft \(version 2\)/);
    await expect(db.charterVersion.create({ data: { organisationId: world.organisation.id, charterId: charter.id, number: 3, content: {} } })).rejects.toThrow();

    expect(succeeded(await call(discardCharterDraftAction as Action, { versionId: draft.id }))).toBe(true);
    expect(await db.charterVersion.count({ where: { charterId: charter.id } })).toBe(1);
    expect(succeeded(await call(archiveCharterVersionAction as Action, { versionId: published.id }))).toBe(true);
    expect(await getPublishedCharter(world.organisation.id, world.leaderRole.id)).toBeNull();
  });

  it("discarding the only draft removes the charter, so the role can start again", async () => {
    const { world } = await charterWorld();
    await call(createCharterAction as Action, { jobRoleId: world.expertRole.id });
    const charter = await db.charter.findUniqueOrThrow({ where: { jobRoleId: world.expertRole.id } });
    expect(refusal(await call(createCharterAction as Action, { jobRoleId: world.expertRole.id }))?.message).toMatch(/already has a charter/);
    expect(succeeded(await call(discardCharterDraftAction as Action, { versionId: (await draftOf(charter.id)).id }))).toBe(true);
    expect(await db.charter.count({ where: { jobRoleId: world.expertRole.id } })).toBe(0);
  });

  it("requirements must come from the pinned framework version", async () => {
    const { world, framework } = await charterWorld();
    await call(createCharterAction as Action, { jobRoleId: world.expertRole.id });
    const charter = await db.charter.findUniqueOrThrow({ where: { jobRoleId: world.expertRole.id } });
    const draft = await draftOf(charter.id);
    const competency = competencies(framework.content)[0];
    const stage = framework.content.stages[0];
    const pair = `${competency?.key}:${stage?.key}`;
    const before = await snapshotDatabase();
    expect(refusal(await call(setCharterRequirementsAction as Action, { versionId: draft.id, revision: 1, stage: [pair] }))?.fieldErrors?.stage).toEqual(["Choose a framework version first."]);
    await call(pinCharterFrameworkAction as Action, { versionId: draft.id, revision: 1, frameworkVersionId: framework.version.id });
    const after = await snapshotDatabase();
    expect(changes(before, after).length).toBeGreaterThan(0);
    expect(refusal(await call(setCharterRequirementsAction as Action, { versionId: draft.id, revision: 2, stage: [`${competency?.key}:no-such-stage`] }))?.fieldErrors?.stage).toBeDefined();
    expect(refusal(await call(setCharterRequirementsAction as Action, { versionId: draft.id, revision: 2, stage: [pair, pair] }))?.fieldErrors?.stage).toBeDefined();
    expect(refusal(await call(setCharterRequirementsAction as Action, { versionId: draft.id, revision: 2, stage: [pair], ahead: ["someone-else"] }))?.fieldErrors?.ahead).toBeDefined();
    expect(changes(after, await snapshotDatabase())).toEqual([]);

    const { version: draftFramework } = await buildFramework(db, world.organisation.id);
    expect(refusal(await call(pinCharterFrameworkAction as Action, { versionId: draft.id, revision: 2, frameworkVersionId: draftFramework.id }))?.fieldErrors?.frameworkVersionId).toBeDefined();
  });

  it("a framework's new version changes no published charter until HR moves the charter to it", async () => {
    const { world, framework } = await charterWorld();
    const charter = await writeAndPublish(world.leaderRole.id, framework, 1);
    const [kept, removed] = competencies(framework.content);
    // Version 2 of the framework renames one required competency and drops another.
    const next = structuredClone(framework.content);
    for (const cluster of next.clusters) {
      cluster.competencies = cluster.competencies.filter((competency) => competency.key !== removed?.key);
      for (const competency of cluster.competencies) if (competency.key === kept?.key) competency.name = "Knowing yourself well";
    }
    const v2 = await db.frameworkVersion.create({
      data: { organisationId: world.organisation.id, frameworkId: framework.framework.id, number: 2, status: "PUBLISHED", content: next as object, publishedAt: new Date() },
    });
    const published = await getPublishedCharter(world.organisation.id, world.leaderRole.id);
    expect(published?.framework?.versionId).toBe(framework.version.id);
    expect((await getRoleTransition(world.organisation.id, world.leaderRole.id)).charter?.framework?.label).toMatch(/, version 1$/);

    await call(startCharterDraftAction as Action, { charterId: charter.id });
    const draft = await draftOf(charter.id);
    const moved = await call(pinCharterFrameworkAction as Action, { versionId: draft.id, revision: draft.revision, frameworkVersionId: v2.id });
    expect(succeeded(moved)).toBe(true);
    const after = await draftOf(charter.id);
    expect(after.frameworkVersionId).toBe(v2.id);
    expect(after.doc.requirements.map((requirement) => requirement.competencyKey)).toEqual(
      draft.doc.requirements.map((requirement) => requirement.competencyKey).filter((key) => key !== removed?.key),
    );
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: charter.id, summary: { startsWith: "Moved the required competencies" } }, orderBy: { createdAt: "desc" } });
    expect(audit.details).toMatchObject({ dropped: [`${removed?.name}: the new version no longer has this competency`] });
    // Version 1 of the charter still points at version 1 of the framework.
    expect((await getCharterVersion(world.organisation.id, world.leaderRole.id, 1)).framework?.versionId).toBe(framework.version.id);
    const usage = await countCharterUsage(world.organisation.id, framework.framework.id);
    expect([usage.get(framework.version.id), usage.get(v2.id)]).toEqual([1, 1]);
  });

  it("the transition view compares the role with the one it usually follows", async () => {
    const { world, framework } = await charterWorld();
    const [a, b, c, d] = competencies(framework.content);
    const [expert, leader] = framework.content.stages;
    const requirement = (competency: typeof a, stage: typeof expert, developAhead = false) => ({ competencyKey: competency?.key ?? "", stageKey: stage?.key ?? "", developAhead });
    await buildCharter(db, world.organisation.id, {
      jobRoleId: world.expertRole.id,
      frameworkVersionId: framework.version.id,
      content: { ...sampleCharter(framework.content), purpose: "Expert purpose", requirements: [requirement(a, expert), requirement(b, leader), requirement(c, expert)] },
      status: "PUBLISHED",
    });
    await buildCharter(db, world.organisation.id, {
      jobRoleId: world.leaderRole.id,
      frameworkVersionId: framework.version.id,
      content: { ...sampleCharter(framework.content), purpose: "Leader purpose", requirements: [requirement(a, leader), requirement(b, expert), requirement(d, leader, true)] },
      status: "PUBLISHED",
    });
    const view = await getRoleTransition(world.organisation.id, world.leaderRole.id);
    expect(view.previousRole?.id).toBe(world.expertRole.id);
    expect([view.previousCharter?.document.purpose, view.charter?.document.purpose]).toEqual(["Expert purpose", "Leader purpose"]);
    const names = (rows: { competencyName: string }[] | undefined) => rows?.map((row) => row.competencyName);
    expect(names(view.transition?.rises)).toEqual([a?.name]);
    expect(names(view.transition?.added)).toEqual([d?.name]);
    expect(names(view.transition?.mattersLess)).toEqual([b?.name, c?.name]);
    expect(view.transition?.added[0]?.after?.developAhead).toBe(true);
    // A role that follows nothing has no comparison; a role without a published charter has no charter.
    expect((await getRoleTransition(world.organisation.id, world.expertRole.id)).transition).toBeNull();
    const unwritten = await buildJobRole(db, world.organisation.id, { usuallyFollowsId: world.expertRole.id });
    expect(await getRoleTransition(world.organisation.id, unwritten.id)).toMatchObject({ charter: null, transition: null });
  });

  it("a leader acknowledges their own current charter once; asking a question reaches their manager and HR", async () => {
    const { world, framework } = await charterWorld();
    const { version } = await buildCharter(db, world.organisation.id, {
      jobRoleId: world.leaderRole.id,
      frameworkVersionId: framework.version.id,
      content: sampleCharter(framework.content),
      status: "PUBLISHED",
    });
    const other = await buildCharter(db, world.organisation.id, {
      jobRoleId: world.expertRole.id,
      frameworkVersionId: framework.version.id,
      content: sampleCharter(framework.content),
      status: "PUBLISHED",
    });
    signInAs(world.leader);
    expect(succeeded(await call(acknowledgeCharterAction as Action, { charterVersionId: version.id }))).toBe(true);
    const before = await snapshotDatabase();
    expect(succeeded(await call(acknowledgeCharterAction as Action, { charterVersionId: version.id }))).toBe(true);
    expect(changes(before, await snapshotDatabase()), "acknowledging twice changes nothing").toEqual([]);
    expect(await db.charterAcknowledgement.count({ where: { personId: world.leader.id, charterVersionId: version.id } })).toBe(1);
    expect(refusal(await call(acknowledgeCharterAction as Action, { charterVersionId: other.version.id }))?.message).toMatch(/does not exist|not in your organisation/);

    await buildCharter(db, world.organisation.id, { jobRoleId: world.leaderRole.id, frameworkVersionId: framework.version.id, content: sampleCharter(framework.content), status: "PUBLISHED", number: 2 });
    expect(refusal(await call(acknowledgeCharterAction as Action, { charterVersionId: version.id }))?.message).toMatch(/newer version/);

    const asked = await call(askCharterQuestionAction as Action, { charterVersionId: (await getPublishedCharter(world.organisation.id, world.leaderRole.id))?.id ?? "", question: "  Who signs off hiring?  " });
    expect(succeeded(asked)).toBe(true);
    for (const person of [world.manager, world.hr]) {
      const [notification] = await listNotifications(world.organisation.id, person.id);
      expect(notification).toMatchObject({ title: "Leah Leader has a question about the Engineering Manager charter", body: "Who signs off hiring?", href: `/charters/${world.leaderRole.id}`, readAt: null });
    }
    expect(await countUnreadNotifications(world.organisation.id, world.coach.id)).toBe(0);
    expect(await countUnreadNotifications(world.organisation.id, world.leader.id)).toBe(0);

    signInAs(world.manager);
    expect(succeeded(await call(markAllNotificationsReadAction as Action, { shownAt: new Date().toISOString() }))).toBe(true);
    expect(await countUnreadNotifications(world.organisation.id, world.manager.id)).toBe(0);
    expect(await countUnreadNotifications(world.organisation.id, world.hr.id)).toBe(1);
  });

  it("marking all read leaves notifications that arrived after the page was shown", async () => {
    const world = await buildWorld();
    const shownAt = new Date(Date.now() - 60_000);
    await db.notification.create({ data: { organisationId: world.organisation.id, recipientId: world.coach.id, title: "Old", createdAt: new Date(Date.now() - 120_000) } });
    await db.notification.create({ data: { organisationId: world.organisation.id, recipientId: world.coach.id, title: "New" } });
    signInAs(world.coach);
    await call(markAllNotificationsReadAction as Action, { shownAt: shownAt.toISOString() });
    expect((await listNotifications(world.organisation.id, world.coach.id)).map((n) => [n.title, n.readAt === null])).toEqual([
      ["New", true],
      ["Old", false],
    ]);
  });
});

describe("charter read paths never return another organisation's rows", () => {
  async function twoOrganisations(): Promise<{ world: World; framework: Awaited<ReturnType<typeof buildFramework>>; foreign: Awaited<ReturnType<typeof buildCharter>> }> {
    const world = await buildWorld();
    const framework = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
    await buildCharter(db, world.organisation.id, { jobRoleId: world.leaderRole.id, frameworkVersionId: framework.version.id, content: sampleCharter(framework.content), status: "PUBLISHED" });
    const foreignFramework = await buildFramework(db, world.foreignOrganisation.id, { status: "PUBLISHED" });
    const foreign = await buildCharter(db, world.foreignOrganisation.id, {
      jobRoleId: world.foreignRole.id,
      frameworkVersionId: foreignFramework.version.id,
      content: sampleCharter(foreignFramework.content),
      status: "PUBLISHED",
    });
    await db.notification.create({ data: { organisationId: world.foreignOrganisation.id, recipientId: world.foreignHr.id, title: "B's" } });
    return { world, framework, foreign };
  }

  it("lists and single reads return organisation A's charters only", async () => {
    const { world, framework, foreign } = await twoOrganisations();
    const A = world.organisation.id;
    const aRoles = new Set((await db.jobRole.findMany({ where: { organisationId: A }, select: { id: true } })).map((role) => role.id));
    for (const rows of [await listRoleCharters(A), await listPublishedCharters(A)]) {
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((row) => !aRoles.has(row.id))).toEqual([]);
    }
    const pinnable = await listPinnableFrameworkVersions(A);
    expect(pinnable.map((row) => row.id)).toEqual([framework.version.id]);
    await expect(getCharterWorkspace(A, world.foreignRole.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCharterVersion(A, world.foreignRole.id, 1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRoleTransition(A, world.foreignRole.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getPublishedCharter(A, world.foreignRole.id)).toBeNull();
    expect(await listCharterHistory(A, foreign.charter.id)).toEqual([]);
    expect((await countCharterUsage(A, (await db.frameworkVersion.findFirstOrThrow({ where: { id: foreign.version.frameworkVersionId ?? "" } })).frameworkId)).size).toBe(0);
    expect(await listNotifications(A, world.foreignHr.id)).toEqual([]);
    expect(await countUnreadNotifications(A, world.foreignHr.id)).toBe(0);
  });
});
