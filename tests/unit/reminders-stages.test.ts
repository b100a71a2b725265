import { describe, expect, it } from "vitest";
import { todayIn } from "@/lib/inductions/dates";
import { actionStage, conversationStage, reminderKey, searchWindow } from "@/lib/reminders/stages";

/** A day `days` after (or before) `day`, counted without lib/inductions/dates.ts. */
function shift(day: string, days: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

const TODAY = "2031-03-10";

describe("conversation stages", () => {
  it("is coming up from seven days before the day until the day itself", () => {
    expect(conversationStage(shift(TODAY, 8), TODAY)).toBeNull();
    expect(conversationStage(shift(TODAY, 7), TODAY)).toBe("conversation-upcoming");
    expect(conversationStage(shift(TODAY, 1), TODAY)).toBe("conversation-upcoming");
    expect(conversationStage(TODAY, TODAY)).toBe("conversation-upcoming");
  });

  it("is overdue once the day has passed, for four weeks of first reminders", () => {
    expect(conversationStage(shift(TODAY, -1), TODAY)).toBe("conversation-overdue");
    expect(conversationStage(shift(TODAY, -28), TODAY)).toBe("conversation-overdue");
    expect(conversationStage(shift(TODAY, -29), TODAY)).toBeNull();
  });

  it("counts across month and year ends", () => {
    expect(conversationStage("2032-01-06", "2031-12-30")).toBe("conversation-upcoming");
    expect(conversationStage("2032-01-07", "2031-12-30")).toBeNull();
    expect(conversationStage("2031-02-28", "2031-03-01")).toBe("conversation-overdue");
  });
});

describe("action stages", () => {
  it("is due soon from three days before the due day, overdue after it", () => {
    expect(actionStage({ status: "OPEN", dueOn: shift(TODAY, 4) }, TODAY)).toBeNull();
    expect(actionStage({ status: "OPEN", dueOn: shift(TODAY, 3) }, TODAY)).toBe("action-due-soon");
    expect(actionStage({ status: "OPEN", dueOn: TODAY }, TODAY)).toBe("action-due-soon");
    expect(actionStage({ status: "OPEN", dueOn: shift(TODAY, -1) }, TODAY)).toBe("action-overdue");
    expect(actionStage({ status: "OPEN", dueOn: shift(TODAY, -28) }, TODAY)).toBe("action-overdue");
    expect(actionStage({ status: "OPEN", dueOn: shift(TODAY, -29) }, TODAY)).toBeNull();
  });

  it("never reminds about a done action", () => {
    expect(actionStage({ status: "DONE", dueOn: shift(TODAY, -1) }, TODAY)).toBeNull();
    expect(actionStage({ status: "DONE", dueOn: TODAY }, TODAY)).toBeNull();
  });
});

describe("the organisation's day decides", () => {
  // 23:30 UTC on 9 March: still the 9th in London and New York, already the 10th in Auckland.
  const lateEvening = new Date("2031-03-09T23:30:00Z");

  it("makes the same conversation overdue in one organisation and due today in another", () => {
    const nextOn = "2031-03-09";
    expect(conversationStage(nextOn, todayIn("Europe/London", lateEvening))).toBe("conversation-upcoming");
    expect(conversationStage(nextOn, todayIn("America/New_York", lateEvening))).toBe("conversation-upcoming");
    expect(conversationStage(nextOn, todayIn("Pacific/Auckland", lateEvening))).toBe("conversation-overdue");
  });

  it("turns an action overdue only when the day ends where the organisation is", () => {
    const action = { status: "OPEN" as const, dueOn: "2031-03-09" };
    expect(actionStage(action, todayIn("Europe/London", new Date("2031-03-09T23:59:59Z")))).toBe("action-due-soon");
    expect(actionStage(action, todayIn("Europe/London", new Date("2031-03-10T00:00:00Z")))).toBe("action-overdue");
    // Summer time: London's day ends at 23:00 UTC.
    const summer = { status: "OPEN" as const, dueOn: "2031-07-09" };
    expect(actionStage(summer, todayIn("Europe/London", new Date("2031-07-09T22:59:59Z")))).toBe("action-due-soon");
    expect(actionStage(summer, todayIn("Europe/London", new Date("2031-07-09T23:00:00Z")))).toBe("action-overdue");
  });
});

describe("the search window and keys", () => {
  it("covers exactly the days that can have a stage", () => {
    const window = searchWindow(TODAY);
    expect(window).toEqual({ from: shift(TODAY, -28), conversationsTo: shift(TODAY, 7), actionsTo: shift(TODAY, 3) });
    expect(conversationStage(window.from, TODAY)).not.toBeNull();
    expect(conversationStage(shift(window.from, -1), TODAY)).toBeNull();
    expect(conversationStage(window.conversationsTo, TODAY)).not.toBeNull();
    expect(actionStage({ status: "OPEN", dueOn: window.actionsTo }, TODAY)).not.toBeNull();
    expect(actionStage({ status: "OPEN", dueOn: shift(window.actionsTo, 1) }, TODAY)).toBeNull();
  });

  it("keys a reminder by stage, subject and day, so a moved date is reminded about afresh", () => {
    expect(reminderKey("conversation-overdue", "c1", "2031-03-09")).toBe("conversation-overdue:c1:2031-03-09");
    expect(reminderKey("conversation-overdue", "c1", "2031-03-09")).not.toBe(reminderKey("conversation-upcoming", "c1", "2031-03-09"));
    expect(reminderKey("conversation-overdue", "c1", "2031-03-09")).not.toBe(reminderKey("conversation-overdue", "c1", "2031-03-16"));
  });
});
