import nodemailer from "nodemailer";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createMailer, type Mailer } from "@/lib/email/mailer";
import { sendDueReminders } from "@/lib/reminders/send";
import { buildConversation, buildOrganisation, buildPerson } from "@/tests/factories";
import { buildWorld } from "@/tests/support/world";

/**
 * The reminder run against the real database with a fake clock: every run gets `now`, and the
 * organisations' "today" follows from it (Europe/London unless a test says otherwise).
 */
const NOW = new Date("2031-03-10T12:00:00Z"); // 10 March 2031 in London

const run = (now: Date = NOW, mailer: Mailer | null = null) => sendDueReminders(now, { mailer });

async function notificationsOf(...people: { id: string }[]) {
  const rows = await db.notification.findMany({
    where: { recipientId: { in: people.map((person) => person.id) } },
    orderBy: [{ title: "asc" }, { recipientId: "asc" }],
    select: { organisationId: true, recipientId: true, title: true, body: true, href: true },
  });
  return rows;
}

const titlesOf = async (person: { id: string }) => (await notificationsOf(person)).map((row) => row.title).sort();

/** A pair in `organisationId`: a manager and their report. */
async function pair(organisationId: string, names = { manager: "Maya Manager", report: "Ravi Report" }) {
  const manager = await buildPerson(db, organisationId, { name: names.manager, roles: ["MANAGER"] });
  const report = await buildPerson(db, organisationId, { name: names.report, roles: ["LEADER"], managerId: manager.id });
  return { manager, report };
}

/** A mailer over nodemailer's jsonTransport that keeps what it sent. */
function recordingMailer() {
  const transport = nodemailer.createTransport({ jsonTransport: true });
  const sent: { to: string; subject: string; text: string }[] = [];
  const mailer = createMailer(
    {
      async sendMail(mail) {
        const info = await transport.sendMail(mail);
        const message = JSON.parse(info.message) as { to: { address: string }[]; subject: string; text: string };
        sent.push({ to: message.to.map((to) => to.address).join(", "), subject: message.subject, text: message.text });
        return info;
      },
    },
    "Leadership programme <no-reply@example.test>",
  );
  return { mailer, sent };
}

describe("conversation reminders", () => {
  it("tell the manager and the report about an upcoming conversation, once, however often the job runs", async () => {
    const world = await buildWorld();
    await buildConversation(db, world.organisation.id, { personId: world.leader.id, managerId: world.manager.id, heldOn: "2030-12-10", nextConversationOn: "2031-03-17" });
    // The leader's own report's conversation is eight days away: not yet.
    await buildConversation(db, world.organisation.id, { personId: world.member.id, managerId: world.leader.id, heldOn: "2030-12-11", nextConversationOn: "2031-03-18" });

    await run();
    await Promise.all([run(), run()]);
    await run();

    expect(await notificationsOf(world.manager)).toEqual([
      {
        organisationId: world.organisation.id,
        recipientId: world.manager.id,
        title: "Career conversation with Leah Leader coming up",
        body: "Your next career conversation with Leah Leader is due on 17 March 2031. Look back at what you agreed last time, and set a time if you have not yet.",
        href: `/team/${world.leader.id}/conversations`,
      },
    ]);
    expect(await notificationsOf(world.leader)).toEqual([
      expect.objectContaining({ title: "Your next career conversation is coming up", href: "/me/conversations" }),
    ]);
    expect(await notificationsOf(world.member)).toEqual([]);
    expect(await db.reminderDelivery.count({ where: { organisationId: world.organisation.id } })).toBe(2);
  });

  it("tell only the manager about an overdue conversation, and only about the latest of the pair", async () => {
    const world = await buildWorld();
    // An older conversation whose next date passed, then a newer one that replaced it.
    await buildConversation(db, world.organisation.id, { personId: world.leader.id, managerId: world.manager.id, heldOn: "2030-12-01", nextConversationOn: "2031-03-01" });
    await buildConversation(db, world.organisation.id, { personId: world.leader.id, managerId: world.manager.id, heldOn: "2031-03-05", nextConversationOn: "2031-06-05" });
    await buildConversation(db, world.organisation.id, { personId: world.member.id, managerId: world.leader.id, heldOn: "2030-12-09", nextConversationOn: "2031-03-09" });

    await run();
    await run();

    expect(await notificationsOf(world.manager)).toEqual([]);
    expect(await notificationsOf(world.leader)).toEqual([
      expect.objectContaining({
        title: "Career conversation with Pat Plain is overdue",
        body: "It was due on 9 March 2031. Set a time with Pat Plain, or log the conversation if you have already had it.",
        href: `/team/${world.member.id}/conversations`,
      }),
    ]);
    expect(await notificationsOf(world.member)).toEqual([]);
  });

  it("say nothing to a former manager, or about people who have left", async () => {
    const world = await buildWorld();
    const moved = await pair(world.organisation.id, { manager: "Fern Former", report: "Moss Moved" });
    await buildConversation(db, world.organisation.id, { personId: moved.report.id, managerId: moved.manager.id, heldOn: "2030-12-09", nextConversationOn: "2031-03-09" });
    await db.person.update({ where: { id: moved.report.id }, data: { managerId: world.manager.id } });

    const leaving = await pair(world.organisation.id, { manager: "Ada Active", report: "Lee Leaver" });
    await buildConversation(db, world.organisation.id, { personId: leaving.report.id, managerId: leaving.manager.id, heldOn: "2030-12-12", nextConversationOn: "2031-03-12" });
    await db.person.update({ where: { id: leaving.report.id }, data: { active: false, deactivatedAt: NOW } });

    const managerLeft = await pair(world.organisation.id, { manager: "Gus Gone", report: "Ivy Informed" });
    await buildConversation(db, world.organisation.id, { personId: managerLeft.report.id, managerId: managerLeft.manager.id, heldOn: "2030-12-12", nextConversationOn: "2031-03-12" });
    await db.person.update({ where: { id: managerLeft.manager.id }, data: { active: false, deactivatedAt: NOW } });

    await run();

    expect(await notificationsOf(moved.manager, moved.report, world.manager, leaving.manager, leaving.report, managerLeft.manager, managerLeft.report)).toEqual([]);
  });
});

describe("action reminders", () => {
  it("tell the owner when an action is due soon, and the owner and the manager when it is overdue", async () => {
    const world = await buildWorld();
    const report = world.leader.id;
    const manager = world.manager.id;
    await buildConversation(db, world.organisation.id, {
      personId: report,
      managerId: manager,
      heldOn: "2031-02-20",
      nextConversationOn: "2031-05-20",
      actions: [
        { description: "Run the next retrospective", ownerId: report, dueOn: "2031-03-13" },
        { description: "Write up the on-call handover", ownerId: report, dueOn: "2031-03-08" },
        { description: "Introduce Leah to the platform lead", ownerId: manager, dueOn: "2031-03-09" },
        { description: "Read the first-time manager guide", ownerId: report, dueOn: "2031-03-05", status: "DONE" },
        { description: "Book a mentoring session", ownerId: report, dueOn: "2031-03-14" },
      ],
    });

    await run();
    await run();

    expect(await notificationsOf(world.leader)).toEqual([
      expect.objectContaining({ title: "Agreed action due on 13 March 2031", body: expect.stringContaining("“Run the next retrospective”"), href: "/me/conversations" }),
      expect.objectContaining({ title: "Agreed action overdue", body: expect.stringContaining("“Write up the on-call handover” was due on 8 March 2031"), href: "/me/conversations" }),
    ]);
    const toManager = await notificationsOf(world.manager);
    expect(toManager.map((row) => [row.title, row.href])).toEqual([
      ["Agreed action overdue", `/team/${report}/conversations`],
      ["An action agreed with Leah Leader is overdue", `/team/${report}/conversations`],
    ]);
    expect(toManager.map((row) => row.body).join(" ")).toContain("“Introduce Leah to the platform lead”");
    expect(toManager.map((row) => row.body).join(" ")).not.toContain("first-time manager guide");
  });

  it("tell the report about their own action after their manager changed, and the former manager nothing", async () => {
    const world = await buildWorld();
    const formerManager = world.leader;
    await buildConversation(db, world.organisation.id, {
      personId: world.member.id,
      managerId: formerManager.id,
      heldOn: "2031-01-10",
      nextConversationOn: "2031-04-10",
      actions: [
        { description: "Pair with the new joiner", ownerId: world.member.id, dueOn: "2031-03-07" },
        { description: "Find a stretch project", ownerId: formerManager.id, dueOn: "2031-03-07" },
      ],
    });
    await db.person.update({ where: { id: world.member.id }, data: { managerId: world.manager.id } });

    await run();

    expect(await titlesOf(world.member)).toEqual(["Agreed action overdue"]);
    expect(await notificationsOf(formerManager, world.manager)).toEqual([]);
  });
});

describe("organisations", () => {
  it("keep their reminders to themselves", async () => {
    const world = await buildWorld();
    const ours = await pair(world.organisation.id, { manager: "Olive Ours", report: "Otto Ours" });
    const theirs = await pair(world.foreignOrganisation.id, { manager: "Tess Theirs", report: "Theo Theirs" });
    await buildConversation(db, world.organisation.id, { personId: ours.report.id, managerId: ours.manager.id, heldOn: "2030-12-08", nextConversationOn: "2031-03-08" });
    await buildConversation(db, world.foreignOrganisation.id, { personId: theirs.report.id, managerId: theirs.manager.id, heldOn: "2030-12-08", nextConversationOn: "2031-03-08" });

    await run();

    const [oursSeen, theirsSeen] = [await notificationsOf(ours.manager, ours.report), await notificationsOf(theirs.manager, theirs.report)];
    expect(oursSeen).toEqual([expect.objectContaining({ organisationId: world.organisation.id, recipientId: ours.manager.id, title: "Career conversation with Otto Ours is overdue" })]);
    expect(theirsSeen).toEqual([expect.objectContaining({ organisationId: world.foreignOrganisation.id, recipientId: theirs.manager.id, title: "Career conversation with Theo Theirs is overdue" })]);
    const deliveries = await db.reminderDelivery.findMany({ where: { recipientId: { in: [ours.manager.id, theirs.manager.id] } }, select: { organisationId: true, recipientId: true } });
    expect(deliveries).toHaveLength(2);
    expect(deliveries).toContainEqual({ organisationId: world.organisation.id, recipientId: ours.manager.id });
    expect(deliveries).toContainEqual({ organisationId: world.foreignOrganisation.id, recipientId: theirs.manager.id });
  });

  it("each count days in their own time zone", async () => {
    const london = await buildOrganisation(db);
    const auckland = await db.organisation.update({ where: { id: (await buildOrganisation(db)).id }, data: { timeZone: "Pacific/Auckland" } });
    const inLondon = await pair(london.id, { manager: "Lina London", report: "Leo London" });
    const inAuckland = await pair(auckland.id, { manager: "Aroha Auckland", report: "Ari Auckland" });
    for (const [organisationId, people] of [[london.id, inLondon], [auckland.id, inAuckland]] as const) {
      await buildConversation(db, organisationId, { personId: people.report.id, managerId: people.manager.id, heldOn: "2030-12-20", nextConversationOn: "2031-03-20" });
    }

    // 23:30 UTC on 19 March: still the 19th in London, already the 20th in Auckland.
    await run(new Date("2031-03-19T23:30:00Z"));
    expect(await titlesOf(inLondon.manager)).toEqual(["Career conversation with Leo London coming up"]);
    expect((await notificationsOf(inLondon.manager))[0]?.body).toContain("is due tomorrow.");
    expect(await titlesOf(inAuckland.manager)).toEqual(["Career conversation with Ari Auckland coming up"]);
    expect((await notificationsOf(inAuckland.manager))[0]?.body).toContain("is due today.");

    // Twelve hours later: the 20th in London, and Auckland's 20th ended at 11:00 UTC.
    await run(new Date("2031-03-20T11:30:00Z"));
    expect(await titlesOf(inAuckland.manager)).toEqual(["Career conversation with Ari Auckland coming up", "Career conversation with Ari Auckland is overdue"]);
    expect(await titlesOf(inLondon.manager)).toEqual(["Career conversation with Leo London coming up"]);
  });
});

describe("reminder emails", () => {
  it("go out once for each new reminder when a mailer is configured", async () => {
    const world = await buildWorld();
    await buildConversation(db, world.organisation.id, { personId: world.leader.id, managerId: world.manager.id, heldOn: "2030-12-14", nextConversationOn: "2031-03-14" });
    const { mailer, sent } = recordingMailer();

    const first = await run(NOW, mailer);
    await run(NOW, mailer);

    const ours = sent.filter((mail) => [world.manager.email, world.leader.email].includes(mail.to));
    expect(ours.map((mail) => [mail.to, mail.subject]).sort()).toEqual(
      [
        [world.leader.email, "Your next career conversation is coming up"],
        [world.manager.email, "Career conversation with Leah Leader coming up"],
      ].sort(),
    );
    expect(ours.find((mail) => mail.to === world.manager.email)?.text).toContain(`You will find it in the app at /team/${world.leader.id}/conversations`);
    expect(first.emails).toBeGreaterThanOrEqual(2);
  });

  it("are not attempted without SMTP, and a failing mail server fails nothing", async () => {
    const world = await buildWorld();
    await buildConversation(db, world.organisation.id, { personId: world.leader.id, managerId: world.manager.id, heldOn: "2030-12-15", nextConversationOn: "2031-03-15" });
    const createTransport = vi.spyOn(nodemailer, "createTransport");
    const withoutSmtp = await sendDueReminders(NOW);
    expect(withoutSmtp.reminders).toBeGreaterThanOrEqual(2);
    expect(withoutSmtp.emails).toBe(0);
    expect(createTransport).not.toHaveBeenCalled();
    createTransport.mockRestore();

    await buildConversation(db, world.organisation.id, { personId: world.member.id, managerId: world.leader.id, heldOn: "2030-12-15", nextConversationOn: "2031-03-15" });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const broken = createMailer({ sendMail: () => Promise.reject(new Error("mail server down")) }, "x@example.test");
    const withBrokenSmtp = await run(NOW, broken);
    expect(withBrokenSmtp).toMatchObject({ emails: 0 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("mail server down"));
    warn.mockRestore();
    expect(await titlesOf(world.member)).toEqual(["Your next career conversation is coming up"]);
  });
});
