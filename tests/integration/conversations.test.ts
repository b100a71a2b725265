import { beforeEach, describe, expect, it } from "vitest";
import { openPrivateNoteAction } from "@/app/(app)/hr/people/[id]/conversations/actions";
import { addPreparationAction, completeAgreedActionAction, deletePreparationAction, reopenAgreedActionAction } from "@/app/(app)/me/conversations/actions";
import { addAgreedActionAction, logConversationAction } from "@/app/(app)/team/[id]/conversations/actions";
import { MESSAGES } from "@/lib/actions/define-action";
import { getMyConversations, getPersonConversationsForHr, getTeamConversation, listReportConversations } from "@/lib/conversations/queries";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import { addDays, todayIn } from "@/lib/inductions/dates";
import { listTeamInductions } from "@/lib/inductions/induction-queries";
import { describeOutcome, succeeded, type Outcome } from "@/tests/support/action-outcome";


import { buildConversation, buildPerson } from "@/tests/factories";
import { buildWorld, type World } from "@/tests/support/world";
import { as, expectRefused } from "@/tests/support/acting";

/**
 * Career conversations through the real actions and queries: logging (dates, preparation
 * notes attached, the report told), who reads the shared record and who the private note
 * (manager, report, HR only with a reason, other and former managers, another organisation),
 * the access log the report reads, and agreed actions.
 */

const PRIVATE = "Thinks the promotion went to the wrong person; keep an eye on morale.";
const SHARED = "We agreed she tries leading the incident review rota for a quarter.";
const today = () => todayIn("Europe/London");

type Person = World["hr"];

function expectAccepted(outcome: Outcome) {
  expect(succeeded(outcome), describeOutcome(outcome)).toBe(true);
}

function logInput(world: World, data: Record<string, string> = {}) {
  const heldOn = data.heldOn ?? today();
  return {
    personId: world.leader.id,
    heldOn,
    nextConversationOn: addDays(heldOn, 90),
    aspirations: "Lead a team of her own within two years",
    track: "PEOPLE_LEADER",
    sharedNotes: SHARED,
    privateNote: PRIVATE,
    ...data,
  };
}

/** A conversation the world's manager held with the leader, with a private note and one action owned by the leader. */
function heldConversation(world: World) {
  return buildConversation(db, world.organisation.id, {
    personId: world.leader.id,
    managerId: world.manager.id,
    heldOn: addDays(today(), -10),
    sharedNotes: SHARED,
    privateNote: PRIVATE,
    actions: [{ description: "Run the next retrospective", ownerId: world.leader.id, dueOn: addDays(today(), 20) }],
  });
}

const mentions = (value: unknown, text: string) => JSON.stringify(value).includes(text);

describe("logging a conversation", () => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld();
  });

  it("stores the shared record and the private note apart, attaches the report's preparation, tells the report and audits without the notes", async () => {
    const earlier = await buildConversation(db, world.organisation.id, { personId: world.leader.id, managerId: world.manager.id, heldOn: addDays(today(), -100), privateNote: null });
    const attachedBefore = await db.conversationPreparation.create({ data: { organisationId: world.organisation.id, personId: world.leader.id, conversationId: earlier.id, text: "Old note" } });
    const waiting = await db.conversationPreparation.create({ data: { organisationId: world.organisation.id, personId: world.leader.id, text: "Ask about the Staff Engineer path" } });
    const someoneElses = await db.conversationPreparation.create({ data: { organisationId: world.organisation.id, personId: world.member.id, text: "Not for this one" } });

    const outcome = await as(world.manager, logConversationAction, { ...logInput(world), aspirations: "  Lead a team of her own within two years  " });
    expect(outcome.kind, describeOutcome(outcome)).toBe("redirect");
    const conversation = await db.conversation.findFirstOrThrow({ where: { personId: world.leader.id, id: { not: earlier.id } }, include: { privateNote: true } });
    expect(outcome).toEqual({ kind: "redirect", location: `/team/${world.leader.id}/conversations/${conversation.id}?logged=1` });
    expect(conversation).toMatchObject({
      organisationId: world.organisation.id,
      managerId: world.manager.id,
      aspirations: "Lead a team of her own within two years",
      track: "PEOPLE_LEADER",
      sharedNotes: SHARED,
      nextConversationOn: new Date(`${addDays(today(), 90)}T00:00:00Z`),
    });
    expect(conversation.privateNote).toMatchObject({ authorId: world.manager.id, text: PRIVATE, organisationId: world.organisation.id });

    const preparations = await db.conversationPreparation.findMany({ where: { id: { in: [attachedBefore.id, waiting.id, someoneElses.id] } } });
    const conversationOf = new Map(preparations.map((preparation) => [preparation.id, preparation.conversationId]));
    expect(conversationOf.get(waiting.id)).toBe(conversation.id);
    expect(conversationOf.get(attachedBefore.id), "a note already kept with an earlier conversation stays there").toBe(earlier.id);
    expect(conversationOf.get(someoneElses.id)).toBeNull();

    const notification = await db.notification.findFirstOrThrow({ where: { recipientId: world.leader.id } });
    expect(notification).toMatchObject({ title: "Manny Manager logged your career conversation", href: "/me/conversations" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Conversation", entityId: conversation.id } });
    expect(audit).toMatchObject({ action: "conversation.logged", actorId: world.manager.id });
    expect(mentions(audit, PRIVATE) || mentions(audit, SHARED), "the audit trail does not copy what was said").toBe(false);
  });

  it("refuses a day in the future, a next date not after it, and a second log of the same day, writing nothing", async () => {
    const tomorrow = addDays(today(), 1);
    await expectRefused(() => as(world.manager, logConversationAction, logInput(world, { heldOn: tomorrow })), MESSAGES.invalid, "heldOn");
    await expectRefused(() => as(world.manager, logConversationAction, logInput(world, { nextConversationOn: today() })), MESSAGES.invalid, "nextConversationOn");
    await expectRefused(() => as(world.manager, logConversationAction, { ...logInput(world), aspirations: "", sharedNotes: "  " }), MESSAGES.invalid, "aspirations");
    expectAccepted(await as(world.manager, logConversationAction, logInput(world)));
    await expectRefused(() => as(world.manager, logConversationAction, logInput(world)), /is already logged/);
  });

  it("lets only the report's current manager log one: other managers, HR and the report are refused", async () => {
    const otherManager = await buildPerson(db, world.organisation.id, { name: "Otto Other", roles: ["MANAGER", "HR_ADMIN"] });
    await expectRefused(() => as(otherManager, logConversationAction, logInput(world)), "You can log career conversations only with the people who report to you.");
    await expectRefused(() => as(world.manager, logConversationAction, logInput(world, { personId: world.member.id })), "You can log career conversations only with the people who report to you.");
    for (const person of [world.hr, world.leader, world.coach]) await expectRefused(() => as(person, logConversationAction, logInput(world)), MESSAGES.forbidden);
    await expectRefused(() => as(world.foreignHr, logConversationAction, logInput(world)), /does not exist or is not in your organisation/);
  });
});

describe("who reads what", () => {
  let world: World;
  let conversationId: string;
  beforeEach(async () => {
    world = await buildWorld();
    conversationId = (await heldConversation(world)).id;
  });

  it("gives the manager who wrote it the shared record and the private note", async () => {
    const detail = await getTeamConversation(world.manager, world.leader.id, conversationId);
    expect(detail.conversation.sharedNotes).toBe(SHARED);
    expect(detail.privateNote).toBe(PRIVATE);
    expect(detail.canAddAction).toBe(true);
    const list = await listReportConversations(world.manager, world.leader.id);
    expect(list.conversations.map((conversation) => conversation.id)).toEqual([conversationId]);
    expect(mentions(list, PRIVATE), "the list carries no private note").toBe(false);
  });

  it("gives the report the shared record and their actions, never the private note", async () => {
    const mine = await getMyConversations(world.leader);
    expect(mine.conversations).toHaveLength(1);
    expect(mine.conversations[0]).toMatchObject({ sharedNotes: SHARED, heldBy: { id: world.manager.id, name: "Manny Manager" } });
    expect(mine.conversations[0]?.actions).toMatchObject([{ description: "Run the next retrospective", canChange: true, owner: { id: world.leader.id } }]);
    expect(mentions(mine, PRIVATE)).toBe(false);
    expect(mentions(mine, "hasPrivateNote") || mentions(mine, "privateNote"), "the report is not even told a private note exists").toBe(false);
    await expect(getTeamConversation(world.leader, world.leader.id, conversationId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows HR the shared record and that a private note exists, but not its text", async () => {
    const forHr = await getPersonConversationsForHr(world.hr, world.leader.id);
    expect(forHr.conversations[0]).toMatchObject({ id: conversationId, sharedNotes: SHARED, hasPrivateNote: true, canOpenPrivateNote: true });
    expect(mentions(forHr, PRIVATE)).toBe(false);
  });

  it("tells other managers, coaches and people without hats the conversation does not exist", async () => {
    const otherManager = await buildPerson(db, world.organisation.id, { name: "Otto Other", roles: ["MANAGER"] });
    for (const reader of [otherManager, world.coach, world.member]) {
      await expect(getTeamConversation(reader, world.leader.id, conversationId), reader.name).rejects.toBeInstanceOf(NotFoundError);
      await expect(listReportConversations(reader, world.leader.id), reader.name).rejects.toBeInstanceOf(NotFoundError);
      await expect(getPersonConversationsForHr(reader, world.leader.id), reader.name).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("leaves the former manager the shared record they held but not their private note, and gives the new manager neither the note nor the former's rights", async () => {
    const newManager = await buildPerson(db, world.organisation.id, { name: "Nia New", roles: ["MANAGER"] });
    await db.person.update({ where: { id: world.leader.id }, data: { managerId: newManager.id } });

    const former = await getTeamConversation(world.manager, world.leader.id, conversationId);
    expect(former.conversation.sharedNotes).toBe(SHARED);
    expect(former.privateNote).toBeNull();
    expect(former.canAddAction).toBe(false);
    await expect(listReportConversations(world.manager, world.leader.id)).rejects.toBeInstanceOf(NotFoundError);

    const current = await getTeamConversation(newManager, world.leader.id, conversationId);
    expect(current.privateNote, "the new manager did not write it").toBeNull();
    expect(current.canAddAction).toBe(true);
    expect(mentions(current, PRIVATE)).toBe(false);
  });

  it("gives another organisation nothing, even HR with all four hats", async () => {
    await expect(getTeamConversation(world.foreignHr, world.leader.id, conversationId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPersonConversationsForHr(world.foreignHr, world.leader.id)).rejects.toBeInstanceOf(NotFoundError);
    await expectRefused(() => as(world.foreignHr, openPrivateNoteAction, { conversationId, reason: "Looking across organisations" }), /does not exist or is not in your organisation/);
  });
});

describe("HR opening a private note", () => {
  let world: World;
  let conversationId: string;
  beforeEach(async () => {
    world = await buildWorld();
    conversationId = (await heldConversation(world)).id;
  });

  it("returns the note only with a reason, and logs, audits and tells the report in the same breath", async () => {
    const reason = "Formal grievance raised by the team, case 2026-07";
    const outcome = await as(world.hr, openPrivateNoteAction, { conversationId, reason: `  ${reason}  ` });
    expect(outcome).toMatchObject({ kind: "result", value: { ok: true, data: { text: PRIVATE, conversationId } } });

    const access = await db.noteAccess.findFirstOrThrow({ where: { conversationId } });
    expect(access).toMatchObject({ organisationId: world.organisation.id, subjectId: world.leader.id, readerId: world.hr.id, reason });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "conversation.private-note.opened", entityId: conversationId } });
    expect(audit).toMatchObject({ actorId: world.hr.id, details: { subjectId: world.leader.id, reason } });
    expect(mentions(audit, PRIVATE), "the audit trail does not copy the note").toBe(false);
    const notification = await db.notification.findFirstOrThrow({ where: { recipientId: world.leader.id } });
    expect(notification.title).toMatch(/^Hannah HR \(HR\) opened the private notes of your career conversation of /);
    expect(notification).toMatchObject({ body: `The reason they gave: ${reason}`, href: "/me/conversations" });

    const mine = await getMyConversations(world.leader);
    expect(mine.accessLog).toMatchObject([{ reader: "Hannah HR", reason }]);
    expect(mentions(mine, PRIVATE)).toBe(false);
    expect((await getPersonConversationsForHr(world.hr, world.leader.id)).accessLog).toHaveLength(1);
    expect((await getMyConversations(world.member)).accessLog, "nobody else's log").toEqual([]);

    expectAccepted(await as(world.hr, openPrivateNoteAction, { conversationId, reason: "Second look for the same case" }));
    expect(await db.noteAccess.count({ where: { conversationId } }), "every opening is logged").toBe(2);
  });

  it("refuses without a reason, with one too short, and for notes about HR themselves, writing nothing", async () => {
    await expectRefused(() => as(world.hr, openPrivateNoteAction, { conversationId }), MESSAGES.invalid, "reason");
    await expectRefused(() => as(world.hr, openPrivateNoteAction, { conversationId, reason: "   " }), MESSAGES.invalid, "reason");
    await expectRefused(() => as(world.hr, openPrivateNoteAction, { conversationId, reason: "because" }), MESSAGES.invalid, "reason");
    const aboutHr = await buildConversation(db, world.organisation.id, { personId: world.hr.id, managerId: world.manager.id });
    await expectRefused(() => as(world.hr, openPrivateNoteAction, { conversationId: aboutHr.id, reason: "I would like to read my own file" }), /about you/);
    const noNote = await buildConversation(db, world.organisation.id, { personId: world.leader.id, managerId: world.manager.id, heldOn: addDays(today(), -3), privateNote: null });
    await expectRefused(() => as(world.hr, openPrivateNoteAction, { conversationId: noNote.id, reason: "Checking the whole record" }), "This conversation has no private note to open.");
  });

  it("is HR's alone: the manager, the report and the coach are refused", async () => {
    for (const person of [world.manager, world.leader, world.coach]) {
      await expectRefused(() => as(person, openPrivateNoteAction, { conversationId, reason: "I would like to see it" }), MESSAGES.forbidden);
    }
  });
});

describe("preparation notes", () => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld();
  });

  it("are the report's to add and delete while they wait, and their manager sees them", async () => {
    const outcome = await as(world.leader, addPreparationAction, { text: "  The Staff Engineer path  " });
    expectAccepted(outcome);
    expectAccepted(await as(world.leader, addPreparationAction, { text: "The Staff Engineer path" }));
    const stored = await db.conversationPreparation.findMany({ where: { personId: world.leader.id } });
    expect(stored.map((preparation) => preparation.text), "sent twice, kept once").toEqual(["The Staff Engineer path"]);
    const [note] = stored;
    if (!note) throw new Error("no note");
    expect((await listReportConversations(world.manager, world.leader.id)).preparations.map((preparation) => preparation.text)).toEqual(["The Staff Engineer path"]);

    await expectRefused(() => as(world.manager, deletePreparationAction, { preparationId: note.id }), /does not exist or is not in your organisation/);
    expectAccepted(await as(world.leader, deletePreparationAction, { preparationId: note.id }));
    expect(await db.conversationPreparation.count({ where: { personId: world.leader.id } })).toBe(0);
  });

  it("stay with the conversation once it is logged, and need a manager to prepare for", async () => {
    const conversation = await heldConversation(world);
    const kept = await db.conversationPreparation.create({ data: { organisationId: world.organisation.id, personId: world.leader.id, conversationId: conversation.id, text: "Kept" } });
    await expectRefused(() => as(world.leader, deletePreparationAction, { preparationId: kept.id }), /part of a logged conversation/);
    await expectRefused(() => as(world.hr, addPreparationAction, { text: "Nobody to talk to" }), /Nobody is recorded as your manager/);
  });
});

describe("agreed actions", () => {
  let world: World;
  let conversationId: string;
  beforeEach(async () => {
    world = await buildWorld();
    conversationId = (await heldConversation(world)).id;
  });

  const actionOf = (description: string) => db.conversationAction.findFirstOrThrow({ where: { conversationId, description } });

  it("are added by the current manager with an owner and a due date, and the report is told", async () => {
    const due = addDays(today(), 30);
    expectAccepted(await as(world.manager, addAgreedActionAction, { conversationId, owner: "REPORT", description: "Shadow a hiring panel", dueOn: due }));
    expectAccepted(await as(world.manager, addAgreedActionAction, { conversationId, owner: "MANAGER", description: "Find a mentor on the IC track", dueOn: due }));
    expect(await actionOf("Shadow a hiring panel")).toMatchObject({ ownerId: world.leader.id, status: "OPEN", dueOn: new Date(`${due}T00:00:00Z`) });
    expect(await actionOf("Find a mentor on the IC track")).toMatchObject({ ownerId: world.manager.id });
    expect(await db.notification.count({ where: { recipientId: world.leader.id, href: "/me/conversations" } })).toBe(2);

    await expectRefused(() => as(world.manager, addAgreedActionAction, { conversationId, owner: "REPORT", description: "Shadow a hiring panel", dueOn: due }), /already agreed/);
    await expectRefused(() => as(world.manager, addAgreedActionAction, { conversationId, owner: "REPORT", description: "Too late", dueOn: addDays(today(), -1) }), MESSAGES.invalid, "dueOn");
    const otherManager = await buildPerson(db, world.organisation.id, { roles: ["MANAGER"] });
    await expectRefused(() => as(otherManager, addAgreedActionAction, { conversationId, owner: "MANAGER", description: "Mine", dueOn: due }), /does not exist or is not in your organisation/);
  });

  it("are ticked off by their owner or the manager once, against the version; others cannot touch them", async () => {
    const action = await actionOf("Run the next retrospective");
    const input = { actionId: action.id, version: String(action.version) };
    expectAccepted(await as(world.leader, completeAgreedActionAction, input));
    expect(await actionOf("Run the next retrospective")).toMatchObject({ status: "DONE", version: action.version + 1 });
    await expectRefused(() => as(world.leader, completeAgreedActionAction, input), /Someone else changed this action/);

    const done = await actionOf("Run the next retrospective");
    expectAccepted(await as(world.manager, reopenAgreedActionAction, { actionId: done.id, version: String(done.version) }));
    expect(await actionOf("Run the next retrospective")).toMatchObject({ status: "OPEN", completedAt: null });

    const reopened = await actionOf("Run the next retrospective");
    const current = { actionId: reopened.id, version: String(reopened.version) };
    const otherManager = await buildPerson(db, world.organisation.id, { roles: ["MANAGER"] });
    for (const person of [otherManager, world.coach, world.member] as Person[]) {
      await expectRefused(() => as(person, completeAgreedActionAction, current), /does not exist or is not in your organisation/);
    }
    await expectRefused(() => as(world.hr, completeAgreedActionAction, current), /Only the action's owner or the report's manager/);
  });

  it("that the manager owns are not the report's to tick off", async () => {
    await db.conversationAction.create({ data: { organisationId: world.organisation.id, conversationId, ownerId: world.manager.id, description: "Book the course", dueOn: new Date() } });
    const action = await actionOf("Book the course");
    await expectRefused(() => as(world.leader, completeAgreedActionAction, { actionId: action.id, version: String(action.version) }), /Only the action's owner or the report's manager/);
  });
});

describe("the manager's team list", () => {
  it("shows each report's latest conversation and when the next is due, worked out by the database", async () => {
    const world = await buildWorld();
    const second = await buildPerson(db, world.organisation.id, { name: "Sam Second", managerId: world.manager.id });
    await buildConversation(db, world.organisation.id, { personId: world.leader.id, managerId: world.manager.id, heldOn: "2025-01-10", nextConversationOn: "2025-04-10" });
    await buildConversation(db, world.organisation.id, { personId: world.leader.id, managerId: world.manager.id, heldOn: "2025-06-02", nextConversationOn: "2025-09-01" });
    await buildConversation(db, world.organisation.id, { personId: world.member.id, managerId: world.leader.id, heldOn: "2025-06-03" });
    const { rows } = await listTeamInductions({ ...world.manager, organisationName: world.organisation.name });
    const byName = new Map(rows.map((row) => [row.person.name, row.conversation]));
    expect([...byName.keys()].sort()).toEqual(["Leah Leader", second.name].sort());
    expect(byName.get("Leah Leader")).toEqual({ lastHeldOn: "2025-06-02", nextConversationOn: "2025-09-01" });
    expect(byName.get(second.name)).toBeNull();
  });
});
