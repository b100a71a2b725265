import { describe, expect, it } from "vitest";
import { addItemAction, removeItemAction, waiveItemAction } from "@/app/(app)/hr/enrolments/[id]/actions";
import { acknowledgeCharterAction } from "@/app/(app)/me/charter/actions";
import { editReflectionAction, writeReflectionAction } from "@/app/(app)/me/reflections/actions";
import { addEvidenceAction, completeItemAction, reopenItemAction, signOffItemAction } from "@/app/(app)/tasks/actions";
import { MESSAGES } from "@/lib/actions/define-action";
import type { SessionPerson } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import type { AppRole, ItemKind, ItemOwner } from "@/lib/db/generated/enums";
import { countInductionProgress, getEnrolment, getOwnInduction, getTeamInduction, listTeamInductions, type InductionView } from "@/lib/inductions/induction-queries";
import { listMyTasks } from "@/lib/inductions/tasks-queries";
import { buildCharter, buildFramework, buildInduction, buildInductionTemplate, buildPerson, sampleCharter } from "@/tests/factories";
import { refusal, succeeded, type Outcome } from "@/tests/support/action-outcome";
import { changes, snapshotDatabase } from "@/tests/support/database-snapshot";
import { signInAs } from "@/tests/support/session";
import { buildWorld, type World } from "@/tests/support/world";
import { call, type Action } from "./framework-helpers";

/** What people do with a running induction: complete, sign off, waive, add and remove items, evidence, reflections, and what each of them sees. */

type Spec = { title: string; owner?: ItemOwner; kind?: ItemKind; dueOffsetDays?: number; needsSignOff?: boolean };
type Someone = { id: string; organisationId: string; name: string; email: string; roles: AppRole[] };

const NOT_FOUND = /does not exist|not in your organisation/;

const asActor = (person: Someone): SessionPerson => ({ id: person.id, organisationId: person.organisationId, name: person.name, email: person.email, roles: person.roles, organisationName: "Test" });

/** Enrols `personId` (the world's leader by default) into an induction whose first phase holds exactly these items. */
async function enrol(world: World, specs: Spec[], options: { personId?: string; managerId?: string | null; supporterId?: string | null; startDate?: string } = {}) {
  const { template } = await buildInductionTemplate(db, world.organisation.id, { jobRoleId: world.leaderRole.id, items: [specs, [], [], []] });
  const induction = await buildInduction(db, world.organisation.id, {
    personId: options.personId ?? world.leader.id,
    jobRoleId: world.leaderRole.id,
    managerId: options.managerId === undefined ? world.manager.id : options.managerId,
    supporterId: options.supporterId === undefined ? world.coach.id : options.supporterId,
    templateId: template.id,
    startDate: options.startDate ?? "2026-11-23",
  });
  const items = await db.inductionItem.findMany({ where: { inductionId: induction.id } });
  const item = (title: string) => {
    const found = items.find((candidate) => candidate.title === title);
    if (!found) throw new Error(`No item "${title}"`);
    return found;
  };
  return { induction, item };
}

const current = (id: string) => db.inductionItem.findUniqueOrThrow({ where: { id } });
const inductionStatus = async (id: string) => (await db.induction.findUniqueOrThrow({ where: { id } })).status;

async function act(person: { id: string } | null, action: unknown, input: Record<string, unknown>): Promise<Outcome> {
  signInAs(person);
  try {
    return await call(action as Action, input);
  } finally {
    signInAs(null);
  }
}

/** Calls an item action with the item's current version. */
async function onItem(person: { id: string }, action: unknown, itemId: string, extra: Record<string, unknown> = {}) {
  return act(person, action, { itemId, version: (await current(itemId)).version, ...extra });
}

const ok = (outcome: Outcome) => expect(succeeded(outcome), JSON.stringify(outcome)).toBe(true);
const message = (outcome: Outcome) => refusal(outcome)?.message ?? `not refused: ${JSON.stringify(outcome)}`;

async function expectRefusedUnchanged(run: () => Promise<Outcome>, pattern: RegExp | string) {
  const before = await snapshotDatabase();
  const outcome = await run();
  expect(message(outcome)).toMatch(pattern);
  expect(await changes(before, await snapshotDatabase())).toEqual([]);
}

describe("who completes which item", () => {
  it("lets the leader tick only their own items, the induction's manager only its manager items, and HR everything", async () => {
    const world = await buildWorld();
    const specs: Spec[] = [
      { title: "Leader task", owner: "INDIVIDUAL" },
      { title: "Manager task", owner: "MANAGER" },
      { title: "HR task", owner: "HR" },
      { title: "Organisation task", owner: "ORGANISATION" },
      { title: "Another leader task", owner: "INDIVIDUAL" },
    ];
    const { item } = await enrol(world, specs);

    // Someone else's induction in the same organisation, with its own manager.
    const otherManager = await buildPerson(db, world.organisation.id, { name: "Olive Other", roles: ["MANAGER"] });
    const otherLeader = await buildPerson(db, world.organisation.id, { name: "Oscar Other", roles: ["LEADER"], managerId: otherManager.id, jobRoleId: world.leaderRole.id });
    const theirs = await enrol(world, [{ title: "Their task", owner: "INDIVIDUAL" }, { title: "Their manager task", owner: "MANAGER" }], { personId: otherLeader.id, managerId: otherManager.id });

    await expectRefusedUnchanged(() => onItem(world.leader, completeItemAction, item("Manager task").id), /Only the new leader's manager/);
    await expectRefusedUnchanged(() => onItem(world.leader, completeItemAction, item("HR task").id), /Only HR/);
    await expectRefusedUnchanged(() => onItem(world.leader, completeItemAction, item("Organisation task").id), /Only HR/);
    await expectRefusedUnchanged(() => onItem(world.leader, completeItemAction, theirs.item("Their task").id), NOT_FOUND);
    ok(await onItem(world.leader, completeItemAction, item("Leader task").id));

    await expectRefusedUnchanged(() => onItem(world.manager, completeItemAction, item("Another leader task").id), /Only the new leader can/);
    await expectRefusedUnchanged(() => onItem(world.manager, completeItemAction, item("HR task").id), /Only HR/);
    await expectRefusedUnchanged(() => onItem(world.manager, completeItemAction, theirs.item("Their manager task").id), NOT_FOUND);
    ok(await onItem(world.manager, completeItemAction, item("Manager task").id));
    ok(await onItem(otherManager, completeItemAction, theirs.item("Their manager task").id));

    await expectRefusedUnchanged(() => onItem(world.coach, completeItemAction, item("Another leader task").id), MESSAGES.forbidden);
    for (const title of ["HR task", "Organisation task", "Another leader task"]) ok(await onItem(world.hr, completeItemAction, item(title).id));
    ok(await onItem(world.hr, completeItemAction, theirs.item("Their task").id));

    const done = await current(item("Manager task").id);
    expect(done).toMatchObject({ status: "DONE", completedById: world.manager.id, version: 2 });
    expect(done.completedAt).toBeInstanceOf(Date);
  });

  it("refuses a stale version and a second tick of the same item, changing nothing twice", async () => {
    const world = await buildWorld();
    const { item } = await enrol(world, [{ title: "Task" }, { title: "Other" }]);
    const loaded = await current(item("Task").id);
    ok(await act(world.leader, completeItemAction, { itemId: loaded.id, version: loaded.version }));
    await expectRefusedUnchanged(() => act(world.leader, completeItemAction, { itemId: loaded.id, version: loaded.version }), /Someone else changed this item/);
    await expectRefusedUnchanged(() => onItem(world.leader, completeItemAction, loaded.id), /already done or waived/);
    const audits = await db.auditEvent.count({ where: { organisationId: world.organisation.id, action: "inductionItem.completed" } });
    expect(audits).toBe(1);
  });

  it("reopens: the owner a done item, only someone who may sign off a signed-off one, only HR a waived one", async () => {
    const world = await buildWorld();
    const { item } = await enrol(world, [
      { title: "Plain", owner: "INDIVIDUAL" },
      { title: "Checked", owner: "INDIVIDUAL", needsSignOff: true },
      { title: "Skipped", owner: "INDIVIDUAL" },
    ]);
    ok(await onItem(world.leader, completeItemAction, item("Plain").id));
    ok(await onItem(world.leader, reopenItemAction, item("Plain").id));
    expect(await current(item("Plain").id)).toMatchObject({ status: "OPEN", completedAt: null, completedById: null });

    ok(await onItem(world.leader, completeItemAction, item("Checked").id));
    ok(await onItem(world.manager, signOffItemAction, item("Checked").id));
    await expectRefusedUnchanged(() => onItem(world.leader, reopenItemAction, item("Checked").id), /has been signed off/);
    ok(await onItem(world.manager, reopenItemAction, item("Checked").id));
    expect(await current(item("Checked").id)).toMatchObject({ status: "OPEN", signedOffAt: null, signedOffById: null });

    ok(await onItem(world.hr, waiveItemAction, item("Skipped").id, { reason: "Covered by last year's course" }));
    await expectRefusedUnchanged(() => onItem(world.leader, reopenItemAction, item("Skipped").id), /Only HR can reopen a waived item/);
    ok(await onItem(world.hr, reopenItemAction, item("Skipped").id));
    expect(await current(item("Skipped").id)).toMatchObject({ status: "OPEN", waivedReason: null });
    await expectRefusedUnchanged(() => onItem(world.hr, reopenItemAction, item("Skipped").id), /already open/);
  });
});

describe("waiving", () => {
  it("needs HR, an open item and a reason, and records the reason and who waived it", async () => {
    const world = await buildWorld();
    const { item } = await enrol(world, [{ title: "Waive me" }, { title: "Done already" }]);
    expect(message(await onItem(world.manager, waiveItemAction, item("Waive me").id, { reason: "Not needed" }))).toBe(MESSAGES.forbidden);
    expect(refusal(await onItem(world.hr, waiveItemAction, item("Waive me").id, { reason: "   " }))?.fieldErrors?.reason).toBeDefined();
    ok(await onItem(world.leader, completeItemAction, item("Done already").id));
    await expectRefusedUnchanged(() => onItem(world.hr, waiveItemAction, item("Done already").id, { reason: "Late" }), /Only an open item can be waived/);

    ok(await onItem(world.hr, waiveItemAction, item("Waive me").id, { reason: "  Did this in the previous role  " }));
    expect(await current(item("Waive me").id)).toMatchObject({ status: "WAIVED", waivedReason: "Did this in the previous role", completedById: world.hr.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { organisationId: world.organisation.id, action: "inductionItem.waived" } });
    expect(audit.details).toMatchObject({ itemId: item("Waive me").id, reason: "Did this in the previous role" });
  });
});

describe("signing off", () => {
  it("is for the induction's manager and HR: not a different manager, not the leader, and only once the item is done", async () => {
    const world = await buildWorld();
    const { item } = await enrol(world, [
      { title: "Needs a check", needsSignOff: true },
      { title: "Second check", needsSignOff: true },
      { title: "No check needed" },
    ]);
    await expectRefusedUnchanged(() => onItem(world.manager, signOffItemAction, item("Needs a check").id), /not done yet/);
    ok(await onItem(world.leader, completeItemAction, item("Needs a check").id));
    ok(await onItem(world.leader, completeItemAction, item("Second check").id));
    ok(await onItem(world.leader, completeItemAction, item("No check needed").id));

    const otherManager = await buildPerson(db, world.organisation.id, { roles: ["MANAGER"] });
    await expectRefusedUnchanged(() => onItem(otherManager, signOffItemAction, item("Needs a check").id), NOT_FOUND);
    await expectRefusedUnchanged(() => onItem(world.leader, signOffItemAction, item("Needs a check").id), MESSAGES.forbidden);
    // Wearing a manager's hat for their own reports does not let the leader sign off their own induction.
    await db.person.update({ where: { id: world.leader.id }, data: { roles: ["LEADER", "MANAGER"] } });
    await expectRefusedUnchanged(() => onItem(world.leader, signOffItemAction, item("Needs a check").id), /Only the new leader's manager or HR can sign off/);
    await expectRefusedUnchanged(() => onItem(world.manager, signOffItemAction, item("No check needed").id), /does not need signing off/);

    ok(await onItem(world.manager, signOffItemAction, item("Needs a check").id));
    const signed = await current(item("Needs a check").id);
    expect(signed).toMatchObject({ signedOffById: world.manager.id });
    expect(signed.signedOffAt).toBeInstanceOf(Date);
    await expectRefusedUnchanged(() => onItem(world.hr, signOffItemAction, item("Needs a check").id), /already been signed off/);

    ok(await onItem(world.hr, signOffItemAction, item("Second check").id));
    expect(await current(item("Second check").id)).toMatchObject({ signedOffById: world.hr.id });

    const view = await getTeamInduction(asActor(world.manager), world.leader.id);
    const shown = view.phases[0]?.items.find((entry) => entry.title === "Second check");
    expect(shown).toMatchObject({ signedOffBy: world.hr.name, completedBy: world.leader.name, settled: true, can: { signOff: false } });
  });

  it("tells the manager when an item is ready for their sign-off", async () => {
    const world = await buildWorld();
    const { item } = await enrol(world, [{ title: "Present the team plan", needsSignOff: true }]);
    ok(await onItem(world.leader, completeItemAction, item("Present the team plan").id));
    const notification = await db.notification.findFirstOrThrow({ where: { recipientId: world.manager.id } });
    expect(notification).toMatchObject({ title: '"Present the team plan" is ready for your sign-off', href: `/team/${world.leader.id}` });
  });
});

describe("the induction completing and reopening", () => {
  it("completes when the last item settles (done and signed off, or waived), and runs again when one reopens", async () => {
    const world = await buildWorld();
    const { induction, item } = await enrol(world, [
      { title: "First", owner: "INDIVIDUAL" },
      { title: "Checked", owner: "MANAGER", needsSignOff: true },
      { title: "Waived", owner: "HR" },
    ]);
    ok(await onItem(world.leader, completeItemAction, item("First").id));
    ok(await onItem(world.hr, waiveItemAction, item("Waived").id, { reason: "Not for this role" }));
    const done = await onItem(world.manager, completeItemAction, item("Checked").id);
    ok(done);
    // Done but waiting for its sign-off: not settled yet.
    expect(await inductionStatus(induction.id)).toBe("ACTIVE");
    const signed = await onItem(world.hr, signOffItemAction, item("Checked").id);
    expect(signed).toEqual({ kind: "result", value: expect.objectContaining({ ok: true, message: expect.stringMatching(/the induction is complete/) }) });
    const completed = await db.induction.findUniqueOrThrow({ where: { id: induction.id } });
    expect(completed.status).toBe("COMPLETED");
    expect(completed.completedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { entityId: induction.id, action: "induction.completed" } })).toBe(1);

    ok(await onItem(world.leader, reopenItemAction, item("First").id));
    expect(await db.induction.findUniqueOrThrow({ where: { id: induction.id } })).toMatchObject({ status: "ACTIVE", completedAt: null });
    expect(await db.auditEvent.count({ where: { entityId: induction.id, action: "induction.reopened" } })).toBe(1);
    ok(await onItem(world.leader, completeItemAction, item("First").id));
    expect(await inductionStatus(induction.id)).toBe("COMPLETED");
  });

  it("runs again when HR adds an item, completes when HR removes the last open one, and never loses its only item", async () => {
    const world = await buildWorld();
    const { induction, item } = await enrol(world, [{ title: "Only" }]);
    ok(await onItem(world.leader, completeItemAction, item("Only").id));
    expect(await inductionStatus(induction.id)).toBe("COMPLETED");
    await expectRefusedUnchanged(() => onItem(world.hr, removeItemAction, item("Only").id), /only item/);

    const phase = await db.inductionPhase.findFirstOrThrow({ where: { inductionId: induction.id }, orderBy: { position: "asc" } });
    const added = await act(world.hr, addItemAction, { inductionId: induction.id, phaseId: phase.id, title: "One more conversation", guidance: "", owner: "MANAGER", kind: "CONVERSATION", dueDate: "2027-01-15" });
    ok(added);
    expect(await inductionStatus(induction.id)).toBe("ACTIVE");
    const extra = await db.inductionItem.findFirstOrThrow({ where: { inductionId: induction.id, title: "One more conversation" } });
    expect(extra).toMatchObject({ owner: "MANAGER", kind: "CONVERSATION", needsSignOff: false, status: "OPEN", phaseId: phase.id });
    expect(extra.dueDate.toISOString().slice(0, 10)).toBe("2027-01-15");

    ok(await onItem(world.hr, removeItemAction, extra.id));
    expect(await db.inductionItem.findUnique({ where: { id: extra.id } })).toBeNull();
    expect(await inductionStatus(induction.id)).toBe("COMPLETED");
  });

  it("will not reopen a finished induction while the person has another one running", async () => {
    const world = await buildWorld();
    const first = await enrol(world, [{ title: "Old item" }]);
    ok(await onItem(world.leader, completeItemAction, first.item("Old item").id));
    await enrol(world, [{ title: "New item" }]);
    await expectRefusedUnchanged(() => onItem(world.hr, reopenItemAction, first.item("Old item").id), /another induction running/);
  });

  it("ends complete when two people settle its last two items at the same moment", async () => {
    const world = await buildWorld();
    const { induction, item } = await enrol(world, [{ title: "Leader's", owner: "INDIVIDUAL" }, { title: "Manager's", owner: "MANAGER" }]);
    const [mine, theirs] = await Promise.all([current(item("Leader's").id), current(item("Manager's").id)]);
    signInAs(world.leader);
    const first = (completeItemAction as Action)(null, { itemId: mine.id, version: mine.version });
    signInAs(world.manager);
    const second = (completeItemAction as Action)(null, { itemId: theirs.id, version: theirs.version });
    signInAs(null);
    await Promise.all([first, second]);
    expect(await inductionStatus(induction.id)).toBe("COMPLETED");
  });
});

describe("adding and removing items", () => {
  it("adds only under one of the induction's own phases, and keeps acknowledging and reflecting for the leader", async () => {
    const world = await buildWorld();
    const mine = await enrol(world, [{ title: "Mine" }]);
    const otherLeader = await buildPerson(db, world.organisation.id, { roles: ["LEADER"], jobRoleId: world.leaderRole.id });
    const theirs = await enrol(world, [{ title: "Theirs" }], { personId: otherLeader.id });
    const theirPhase = theirs.item("Theirs").phaseId;
    const input = { inductionId: mine.induction.id, title: "Meet the finance partner", guidance: "", owner: "INDIVIDUAL", kind: "TASK", dueDate: "2027-02-01" };

    expect(refusal(await act(world.hr, addItemAction, { ...input, phaseId: theirPhase }))?.fieldErrors?.phaseId).toBeDefined();
    const phaseId = mine.item("Mine").phaseId;
    expect(refusal(await act(world.hr, addItemAction, { ...input, phaseId, kind: "REFLECTION", owner: "MANAGER" }))?.fieldErrors?.owner).toBeDefined();
    expect(refusal(await act(world.hr, addItemAction, { ...input, phaseId, dueDate: "2027-02-30" }))?.fieldErrors?.dueDate).toBeDefined();
    expect(message(await act(world.manager, addItemAction, { ...input, phaseId }))).toBe(MESSAGES.forbidden);
    ok(await act(world.hr, addItemAction, { ...input, phaseId, needsSignOff: "yes" }));
    const added = await db.inductionItem.findFirstOrThrow({ where: { inductionId: mine.induction.id, title: "Meet the finance partner" } });
    expect(added).toMatchObject({ needsSignOff: true, position: 1 });
    expect(await db.inductionItem.count({ where: { inductionId: theirs.induction.id } })).toBe(1);
  });
});

describe("evidence", () => {
  it("takes a note or a web link from whoever completes the item, and refuses links that are not web addresses", async () => {
    const world = await buildWorld();
    const { item } = await enrol(world, [{ title: "Leader's", owner: "INDIVIDUAL" }, { title: "Manager's", owner: "MANAGER" }, { title: "Reflect", kind: "REFLECTION" }]);
    const itemId = item("Leader's").id;
    await expectRefusedUnchanged(() => act(world.leader, addEvidenceAction, { itemId: item("Reflect").id, text: "See my reflection" }), /needs no evidence/);
    ok(await act(world.leader, addEvidenceAction, { itemId, text: "Held the first team retrospective", url: "" }));
    ok(await act(world.leader, addEvidenceAction, { itemId, text: "", url: " https://wiki.example.com/retro " }));
    for (const url of ["javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "ftp://example.com/x", "//example.com", "https://exa mple.com", "not a link"]) {
      expect(refusal(await act(world.leader, addEvidenceAction, { itemId, text: "", url }))?.fieldErrors?.url, url).toBeDefined();
    }
    expect(refusal(await act(world.leader, addEvidenceAction, { itemId, text: " ", url: "" }))?.fieldErrors?.text).toBeDefined();
    await expectRefusedUnchanged(() => act(world.manager, addEvidenceAction, { itemId, text: "I saw it" }), /Only the new leader can add evidence/);
    ok(await act(world.manager, addEvidenceAction, { itemId: item("Manager's").id, text: "Agreed the team's goals" }));

    const evidence = await db.itemEvidence.findMany({ where: { itemId }, orderBy: { text: "asc" } });
    expect(evidence.map((entry) => [entry.text, entry.url, entry.authorId])).toEqual([
      ["", "https://wiki.example.com/retro", world.leader.id],
      ["Held the first team retrospective", null, world.leader.id],
    ]);
    const view = await getOwnInduction(asActor(world.leader));
    expect(view?.phases[0]?.items.find((entry) => entry.id === itemId)?.evidence.map((entry) => entry.author)).toEqual([world.leader.name, world.leader.name]);
  });
});

describe("the charter item", () => {
  async function publishLeaderCharter(world: World) {
    const framework = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
    return buildCharter(db, world.organisation.id, { jobRoleId: world.leaderRole.id, frameworkVersionId: framework.version.id, content: sampleCharter(framework.content), status: "PUBLISHED" });
  }

  it("is ticked off by acknowledging the charter, and cannot be ticked off before", async () => {
    const world = await buildWorld();
    const { induction, item } = await enrol(world, [{ title: "Read your charter", kind: "ACKNOWLEDGE_CHARTER" }]);
    const itemId = item("Read your charter").id;
    await expectRefusedUnchanged(() => onItem(world.leader, completeItemAction, itemId), /has not published a charter/);
    const { version } = await publishLeaderCharter(world);
    await expectRefusedUnchanged(() => onItem(world.hr, completeItemAction, itemId), /has not acknowledged version 1/);
    const before = await getOwnInduction(asActor(world.leader));
    expect(before?.charter).toEqual({ published: true, number: 1, acknowledgedAt: null });
    expect(before?.phases[0]?.items[0]?.can.complete).toBe(false);

    ok(await act(world.leader, acknowledgeCharterAction, { charterVersionId: version.id }));
    expect(await current(itemId)).toMatchObject({ status: "DONE", completedById: world.leader.id });
    expect(await inductionStatus(induction.id)).toBe("COMPLETED");
  });

  it("can be ticked off when the leader acknowledged the current version before they were enrolled", async () => {
    const world = await buildWorld();
    const { version } = await publishLeaderCharter(world);
    ok(await act(world.leader, acknowledgeCharterAction, { charterVersionId: version.id }));
    const { item } = await enrol(world, [{ title: "Read your charter", kind: "ACKNOWLEDGE_CHARTER" }, { title: "Something else" }]);
    const view = await getOwnInduction(asActor(world.leader));
    expect(view?.charter).toMatchObject({ published: true, number: 1, acknowledgedAt: expect.any(Date) });
    expect(view?.phases[0]?.items.find((entry) => entry.kind === "ACKNOWLEDGE_CHARTER")?.can.complete).toBe(true);
    ok(await onItem(world.leader, completeItemAction, item("Read your charter").id));
  });
});

describe("reflections", () => {
  it("are written against a reflection item (which ticks it off), once, and edited only by their author", async () => {
    const world = await buildWorld();
    const { item } = await enrol(world, [{ title: "What did you stop doing this month?", kind: "REFLECTION" }, { title: "A task" }]);
    const itemId = item("What did you stop doing this month?").id;
    await expectRefusedUnchanged(() => onItem(world.leader, completeItemAction, itemId), /has not written this reflection yet/);
    await expectRefusedUnchanged(() => onItem(world.leader, writeReflectionAction, item("A task").id, { text: "Hm" }), /other than a reflection/);
    expect(message(await onItem(world.manager, writeReflectionAction, itemId, { text: "For them" }))).toBe(MESSAGES.forbidden);

    ok(await onItem(world.leader, writeReflectionAction, itemId, { text: "  I stopped reviewing every pull request.  " }));
    const reflection = await db.reflection.findFirstOrThrow({ where: { itemId } });
    expect(reflection).toMatchObject({ text: "I stopped reviewing every pull request.", prompt: "What did you stop doing this month?", authorId: world.leader.id, sharedWithManager: false, sharedWithSupporter: false });
    expect(await current(itemId)).toMatchObject({ status: "DONE", completedById: world.leader.id });
    await expectRefusedUnchanged(() => onItem(world.leader, writeReflectionAction, itemId, { text: "Again" }), /already written this reflection/);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "reflection.written", organisationId: world.organisation.id } });
    expect(JSON.stringify(audit)).not.toContain("pull request");

    ok(await act(world.leader, editReflectionAction, { reflectionId: reflection.id, text: "I stopped reviewing most pull requests.", share: ["manager", "supporter"] }));
    expect(await db.reflection.findUniqueOrThrow({ where: { id: reflection.id } })).toMatchObject({ text: "I stopped reviewing most pull requests.", sharedWithManager: true, sharedWithSupporter: true });
    expect(await db.notification.count({ where: { recipientId: { in: [world.manager.id, world.coach.id] }, title: { contains: "shared a reflection" } } })).toBe(2);

    const otherLeader = await buildPerson(db, world.organisation.id, { roles: ["LEADER"] });
    await expectRefusedUnchanged(() => act(otherLeader, editReflectionAction, { reflectionId: reflection.id, text: "Mine now" }), NOT_FOUND);
    expect(refusal(await act(world.leader, editReflectionAction, { reflectionId: reflection.id, text: "x", share: ["manager", "manager"] }))?.fieldErrors?.share).toBeDefined();
  });

  it("are read by their author, by the manager and the supporter only when shared with each, and never by HR", async () => {
    const world = await buildWorld();
    const { induction, item } = await enrol(world, [
      { title: "Prompt one", kind: "REFLECTION" },
      { title: "Prompt two", kind: "REFLECTION" },
      { title: "Prompt three", kind: "REFLECTION" },
    ]);
    ok(await onItem(world.leader, writeReflectionAction, item("Prompt one").id, { text: "Private thoughts" }));
    ok(await onItem(world.leader, writeReflectionAction, item("Prompt two").id, { text: "For my manager", share: "manager" }));
    ok(await onItem(world.leader, writeReflectionAction, item("Prompt three").id, { text: "For my coach", share: ["supporter"] }));
    const readBy = (view: InductionView | null) => view?.reflections.map((reflection) => reflection.text).sort();

    expect(readBy(await getOwnInduction(asActor(world.leader)))).toEqual(["For my coach", "For my manager", "Private thoughts"]);
    expect(readBy(await getTeamInduction(asActor(world.manager), world.leader.id))).toEqual(["For my manager"]);
    expect(readBy(await getTeamInduction(asActor(world.coach), world.leader.id))).toEqual(["For my coach"]);
    expect(readBy(await getEnrolment(asActor(world.hr), induction.id))).toEqual([]);
    await db.reflection.updateMany({ where: { inductionId: induction.id }, data: { sharedWithManager: true, sharedWithSupporter: true } });
    expect(readBy(await getEnrolment(asActor(world.hr), induction.id))).toEqual([]);

    // HR who is also the leader's manager reads what is shared with the manager, as the manager.
    const hrManager = await buildPerson(db, world.organisation.id, { roles: ["HR_ADMIN", "MANAGER"] });
    await db.induction.update({ where: { id: induction.id }, data: { managerId: hrManager.id } });
    expect(readBy(await getEnrolment(asActor(hrManager), induction.id))).toHaveLength(3);
  });
});

describe("due dates in the organisation's time zone", () => {
  // 11:30 in London on 23 November is 00:30 on 24 November in Auckland (NZDT, UTC+13).
  const now = new Date("2026-11-23T11:30:00Z");

  async function datedWorld(timeZone: string) {
    const world = await buildWorld();
    await db.organisation.update({ where: { id: world.organisation.id }, data: { timeZone } });
    const dated = await enrol(
      world,
      [
        { title: "Due three days ago", dueOffsetDays: -3 },
        { title: "Due on the 23rd", dueOffsetDays: 0 },
        { title: "Due on the 29th", dueOffsetDays: 6 },
        { title: "Due on the 30th", dueOffsetDays: 7 },
        { title: "Due on 1 December", dueOffsetDays: 8 },
        { title: "Manager's, due on the 23rd", owner: "MANAGER", dueOffsetDays: 0 },
      ],
      { startDate: "2026-11-23" },
    );
    return { world, ...dated };
  }

  const statesOf = (view: InductionView | null) =>
    Object.fromEntries((view?.phases[0]?.items ?? []).map((item) => [item.title, item.overdue ? "overdue" : item.dueThisWeek ? "this week" : "later"]));

  it("counts today as the organisation's calendar day: in Auckland the 23rd is already over", async () => {
    const { world, induction } = await datedWorld("Pacific/Auckland");
    const view = await getOwnInduction(asActor(world.leader), now);
    expect(view?.today).toBe("2026-11-24");
    expect(statesOf(view)).toEqual({
      "Due three days ago": "overdue",
      "Due on the 23rd": "overdue",
      "Due on the 29th": "this week",
      "Due on the 30th": "this week",
      "Due on 1 December": "later",
      "Manager's, due on the 23rd": "overdue",
    });
    expect(view?.progress).toMatchObject({ total: 6, settled: 0, overdue: 3 });
    const counts = (await countInductionProgress(world.organisation.id, [induction.id], "2026-11-24")).get(induction.id);
    expect(counts).toEqual({ total: 6, settled: 0, overdue: 3, percent: 0, dueThisWeek: 2 });
    const team = await listTeamInductions(asActor(world.manager), now);
    expect(team.rows.find((row) => row.person.id === world.leader.id)?.induction?.counts).toEqual(counts);

    const tasks = await listMyTasks(asActor(world.leader), now);
    expect(tasks.today).toBe("2026-11-24");
    expect(tasks.due.map((task) => [task.title, task.overdue])).toEqual([
      ["Due three days ago", true],
      ["Due on the 23rd", true],
      ["Due on the 29th", false],
      ["Due on the 30th", false],
    ]);
  });

  it("in London at the same moment the 23rd is today: due, not overdue", async () => {
    const { world } = await datedWorld("Europe/London");
    const view = await getOwnInduction(asActor(world.leader), now);
    expect(view?.today).toBe("2026-11-23");
    expect(statesOf(view)).toEqual({
      "Due three days ago": "overdue",
      "Due on the 23rd": "this week",
      "Due on the 29th": "this week",
      "Due on the 30th": "later",
      "Due on 1 December": "later",
      "Manager's, due on the 23rd": "this week",
    });
    const tasks = await listMyTasks(asActor(world.manager), now);
    expect(tasks.due.map((task) => [task.title, task.overdue, task.href])).toEqual([["Manager's, due on the 23rd", false, `/team/${world.leader.id}#item-${tasks.due[0]?.id}`]]);
  });
});

describe("my tasks", () => {
  it("gives each person what they owe: the leader their own, the manager the manager's, HR what HR and the organisation owe", async () => {
    const world = await buildWorld();
    const now = new Date("2026-11-23T12:00:00Z");
    const { item } = await enrol(
      world,
      [
        { title: "Leader's", owner: "INDIVIDUAL", dueOffsetDays: 1 },
        { title: "Leader's, next month", owner: "INDIVIDUAL", dueOffsetDays: 30 },
        { title: "Manager's", owner: "MANAGER", dueOffsetDays: -1 },
        { title: "HR's", owner: "HR", dueOffsetDays: 2 },
        { title: "Organisation's", owner: "ORGANISATION", dueOffsetDays: 3 },
        { title: "Reflect", owner: "INDIVIDUAL", kind: "REFLECTION", dueOffsetDays: 4 },
        { title: "To sign off", owner: "INDIVIDUAL", needsSignOff: true, dueOffsetDays: 5 },
      ],
      { startDate: "2026-11-23" },
    );
    ok(await onItem(world.leader, completeItemAction, item("To sign off").id));
    // An induction without a manager: its manager items fall to HR, so nothing goes unassigned.
    const orphan = await buildPerson(db, world.organisation.id, { name: "Nora Nomanager", roles: ["LEADER"] });
    await enrol(world, [{ title: "Nobody's manager item", owner: "MANAGER", dueOffsetDays: 0 }], { personId: orphan.id, managerId: null, startDate: "2026-11-23" });
    // A finished induction owes nothing.
    const finished = await buildPerson(db, world.organisation.id, { roles: ["LEADER"] });
    const old = await enrol(world, [{ title: "Old HR item", owner: "HR", dueOffsetDays: 0 }], { personId: finished.id, startDate: "2026-11-23" });
    await db.induction.update({ where: { id: old.induction.id }, data: { status: "COMPLETED" } });

    const titles = async (person: Someone) => {
      const tasks = await listMyTasks(asActor(person), now);
      return { due: tasks.due.map((task) => task.title), signOffs: tasks.signOffs.map((task) => task.title), canComplete: tasks.due.filter((task) => task.canComplete).map((task) => task.title) };
    };
    expect(await titles(world.leader)).toEqual({ due: ["Leader's", "Reflect"], signOffs: [], canComplete: ["Leader's"] });
    expect(await titles(world.manager)).toEqual({ due: ["Manager's"], signOffs: ["To sign off"], canComplete: ["Manager's"] });
    expect(await titles(world.hr)).toEqual({ due: ["Nobody's manager item", "HR's", "Organisation's"], signOffs: [], canComplete: ["Nobody's manager item", "HR's", "Organisation's"] });
    expect(await titles(world.coach)).toEqual({ due: [], signOffs: [], canComplete: [] });
    const hrTasks = await listMyTasks(asActor(world.hr), now);
    expect(hrTasks.due.find((task) => task.title === "HR's")?.href).toMatch(/^\/hr\/enrolments\/[^/]+#item-/);
  });
});

describe("what each person may open", () => {
  it("shows a report's induction only to the manager or supporter it names, and HR's view only to HR", async () => {
    const world = await buildWorld();
    const { induction } = await enrol(world, [{ title: "Item" }]);
    const otherManager = await buildPerson(db, world.organisation.id, { roles: ["MANAGER"] });
    await expect(getTeamInduction(asActor(otherManager), world.leader.id)).rejects.toThrow(NotFoundError);
    await expect(getEnrolment(asActor(world.manager), induction.id)).rejects.toThrow(NotFoundError);
    const view = await getTeamInduction(asActor(world.manager), world.leader.id);
    expect(view.viewer).toEqual({ isPerson: false, isManager: true, isSupporter: false, canManage: false });
    expect(view.phases[0]?.items[0]?.can).toEqual({ complete: false, reopen: false, signOff: false, waive: false, remove: false, addEvidence: false });
    const hrView = await getEnrolment(asActor(world.hr), induction.id);
    expect(hrView.phases[0]?.items[0]?.can).toMatchObject({ complete: true, waive: true, remove: false });
  });

  it("lists the manager's reports, with or without an induction", async () => {
    const world = await buildWorld();
    await enrol(world, [{ title: "Item" }]);
    const unenrolled = await buildPerson(db, world.organisation.id, { name: "Una Unenrolled", managerId: world.manager.id });
    const { rows } = await listTeamInductions(asActor(world.manager));
    expect(rows.map((row) => [row.person.name, row.induction ? row.induction.counts.total : null])).toEqual([
      [world.leader.name, 1],
      [unenrolled.name, null],
    ]);
  });
});

describe("tenant scoping of the induction reads", () => {
  it("gives another organisation nothing of this one's inductions, items, tasks or reflections", async () => {
    const world = await buildWorld();
    const { induction, item } = await enrol(world, [
      { title: "Ours", owner: "HR", dueOffsetDays: 0 },
      { title: "Our reflection", kind: "REFLECTION", dueOffsetDays: 0 },
    ]);
    ok(await onItem(world.leader, writeReflectionAction, item("Our reflection").id, { text: "Ours alone", share: ["manager", "supporter"] }));
    const foreign = asActor(world.foreignHr);
    const now = new Date("2026-11-23T12:00:00Z");

    await expect(getEnrolment(foreign, induction.id)).rejects.toThrow(NotFoundError);
    await expect(getTeamInduction(foreign, world.leader.id)).rejects.toThrow(NotFoundError);
    expect(await getOwnInduction(foreign)).toBeNull();
    const tasks = await listMyTasks(foreign, now);
    expect([...tasks.due, ...tasks.signOffs]).toEqual([]);
    expect((await listTeamInductions(foreign)).rows).toEqual([]);
    expect(await countInductionProgress(world.foreignOrganisation.id, [induction.id], "2026-11-23")).toEqual(
      new Map([[induction.id, { total: 0, settled: 0, overdue: 0, percent: 100, dueThisWeek: 0 }]]),
    );
  });
});
