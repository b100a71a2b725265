import { describe, expect, it } from "vitest";
import { actionReminders, conversationReminders, type ActionCandidate, type ConversationCandidate } from "@/lib/reminders/due";
import { reminderMail } from "@/lib/reminders/messages";

const TODAY = "2031-03-10";
const report = { id: "report", name: "Lena Park", email: "lena@example.test" };
const manager = { id: "manager", name: "Mark Osei", email: "mark@example.test" };

const conversation = (nextOn: string): ConversationCandidate => ({ organisationId: "org", conversationId: "conv", nextOn, report, manager });

function action(dueOn: string, overrides: Partial<ActionCandidate> = {}): ActionCandidate {
  return { organisationId: "org", actionId: "act", description: "Shadow the team's planning meeting", dueOn, status: "OPEN", report, owner: report, currentManager: manager, ...overrides };
}

const who = (reminders: { recipient: { id: string } }[]) => reminders.map((reminder) => reminder.recipient.id);

describe("conversation reminders", () => {
  it("tell the manager and the report about an upcoming conversation, each with their own page", () => {
    const reminders = conversationReminders(conversation("2031-03-17"), TODAY);
    expect(reminders).toEqual([
      expect.objectContaining({
        key: "conversation-upcoming:conv:2031-03-17",
        recipient: manager,
        title: "Career conversation with Lena Park coming up",
        href: "/team/report/conversations",
      }),
      expect.objectContaining({ key: "conversation-upcoming:conv:2031-03-17", recipient: report, title: "Your next career conversation is coming up", href: "/me/conversations" }),
    ]);
    expect(reminders[0]?.body).toContain("due on 17 March 2031");
    expect(reminders[1]?.body).toContain("with Mark Osei");
  });

  it("say today and tomorrow in words", () => {
    expect(conversationReminders(conversation(TODAY), TODAY)[0]?.body).toContain("is due today.");
    expect(conversationReminders(conversation("2031-03-11"), TODAY)[0]?.body).toContain("is due tomorrow.");
  });

  it("tell only the manager about an overdue conversation", () => {
    const reminders = conversationReminders(conversation("2031-03-09"), TODAY);
    expect(who(reminders)).toEqual(["manager"]);
    expect(reminders[0]).toMatchObject({
      key: "conversation-overdue:conv:2031-03-09",
      title: "Career conversation with Lena Park is overdue",
      body: "It was due on 9 March 2031. Set a time with Lena Park, or log the conversation if you have already had it.",
      href: "/team/report/conversations",
    });
  });

  it("say nothing outside the window", () => {
    expect(conversationReminders(conversation("2031-03-18"), TODAY)).toEqual([]);
    expect(conversationReminders(conversation("2031-02-09"), TODAY)).toEqual([]);
  });
});

describe("action reminders", () => {
  it("tell only the owner when an action is due soon", () => {
    const reminders = actionReminders(action("2031-03-13"), TODAY);
    expect(reminders).toEqual([
      expect.objectContaining({ key: "action-due-soon:act:2031-03-13", recipient: report, title: "Agreed action due on 13 March 2031", href: "/me/conversations" }),
    ]);
    expect(reminders[0]?.body).toBe("“Shadow the team's planning meeting” is due on 13 March 2031. Mark it as done once you have finished it.");
  });

  it("tell the owner and the manager when an action is overdue", () => {
    const reminders = actionReminders(action("2031-03-01"), TODAY);
    expect(who(reminders)).toEqual(["report", "manager"]);
    expect(reminders[0]).toMatchObject({ title: "Agreed action overdue", href: "/me/conversations" });
    expect(reminders[1]).toMatchObject({ title: "An action agreed with Lena Park is overdue", href: "/team/report/conversations" });
    expect(new Set(reminders.map((reminder) => reminder.key))).toEqual(new Set(["action-overdue:act:2031-03-01"]));
  });

  it("tell a manager who owns the overdue action once, on their page about the report", () => {
    const reminders = actionReminders(action("2031-03-01", { owner: manager }), TODAY);
    expect(who(reminders)).toEqual(["manager"]);
    expect(reminders[0]).toMatchObject({ title: "Agreed action overdue", href: "/team/report/conversations" });
  });

  it("tell a former manager nothing, even about an action they own", () => {
    expect(who(actionReminders(action("2031-03-01", { currentManager: null }), TODAY))).toEqual(["report"]);
    expect(actionReminders(action("2031-03-01", { owner: manager, currentManager: null }), TODAY)).toEqual([]);
    expect(actionReminders(action("2031-03-12", { owner: manager, currentManager: null }), TODAY)).toEqual([]);
  });

  it("still tell the manager about an overdue action nobody active owns", () => {
    expect(who(actionReminders(action("2031-03-01", { owner: null }), TODAY))).toEqual(["manager"]);
    expect(actionReminders(action("2031-03-12", { owner: null }), TODAY)).toEqual([]);
  });

  it("never remind about a done action", () => {
    expect(actionReminders(action("2031-03-01", { status: "DONE" }), TODAY)).toEqual([]);
  });

  it("shorten a long description", () => {
    const [reminder] = actionReminders(action("2031-03-12", { description: "x".repeat(500) }), TODAY);
    expect(reminder?.body.length).toBeLessThan(260);
    expect(reminder?.body).toContain("…”");
  });
});

describe("reminder emails", () => {
  const [reminder] = conversationReminders(conversation("2031-03-09"), TODAY);

  it("link to the app when APP_URL says where it is", () => {
    if (!reminder) throw new Error("expected a reminder");
    const mail = reminderMail(reminder, reminder.recipient, "https://leaders.example.test");
    expect(mail).toMatchObject({ to: "mark@example.test", subject: "Career conversation with Lena Park is overdue" });
    expect(mail.text).toContain("Hello Mark Osei,");
    expect(mail.text).toContain("https://leaders.example.test/team/report/conversations");
  });

  it("name the page without APP_URL", () => {
    if (!reminder) throw new Error("expected a reminder");
    expect(reminderMail(reminder, reminder.recipient, undefined).text).toContain("You will find it in the app at /team/report/conversations");
  });
});
