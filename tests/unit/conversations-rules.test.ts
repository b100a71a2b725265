import { describe, expect, it } from "vitest";
import { actionDueError, conversationDateErrors, conversationStanding, defaultNextConversationOn, isActionOverdue } from "@/lib/conversations/dates";
import {
  canAddAgreedAction,
  canChangeAgreedAction,
  canLogConversation,
  canOpenPrivateNote,
  canPrepare,
  canReadPrivateNote,
  canReadShared,
  type Actor,
} from "@/lib/conversations/permissions";
import { addAgreedActionSchema, logConversationSchema, openPrivateNoteSchema } from "@/lib/conversations/schemas";

const hr: Actor = { id: "hr", roles: ["HR_ADMIN"] };
const manager: Actor = { id: "manager", roles: ["MANAGER"] };
const formerManager: Actor = { id: "former", roles: ["MANAGER"] };
const otherManager: Actor = { id: "other", roles: ["MANAGER"] };
const coach: Actor = { id: "coach", roles: ["COACH"] };
const report: Actor = { id: "report", roles: ["LEADER"] };
const plain: Actor = { id: "plain", roles: [] };

/** Held by the former manager; the report now reports to `manager`. */
const heldBefore = { report: { id: "report", managerId: "manager" }, heldById: "former" };
const heldNow = { report: { id: "report", managerId: "manager" }, heldById: "manager" };

describe("who reads a conversation", () => {
  it("gives the shared record to the report, their current manager, the manager who held it and HR, and nobody else", () => {
    for (const actor of [report, manager, formerManager, hr]) expect(canReadShared(actor, heldBefore), actor.id).toBe(true);
    for (const actor of [otherManager, coach, plain]) expect(canReadShared(actor, heldBefore), actor.id).toBe(false);
  });

  it("gives the private note only to its author while they still manage the report", () => {
    expect(canReadPrivateNote(manager, heldNow, "manager")).toBe(true);
    expect(canReadPrivateNote(formerManager, heldBefore, "former"), "the author no longer manages the report").toBe(false);
    expect(canReadPrivateNote(manager, heldBefore, "former"), "the new manager did not write it").toBe(false);
    for (const actor of [report, hr, otherManager, coach]) expect(canReadPrivateNote(actor, heldNow, "manager"), actor.id).toBe(false);
    expect(canReadPrivateNote(manager, heldNow, null), "an author who has left").toBe(false);
  });

  it("lets HR open private notes with a reason, except notes about themselves", () => {
    expect(canOpenPrivateNote(hr, heldNow)).toBe(true);
    expect(canOpenPrivateNote(hr, { report: { id: "hr", managerId: "manager" }, heldById: "manager" })).toBe(false);
    for (const actor of [manager, report, formerManager, coach]) expect(canOpenPrivateNote(actor, heldNow), actor.id).toBe(false);
  });
});

describe("who writes", () => {
  it("lets only a manager log conversations, and only with their current reports", () => {
    expect(canLogConversation(manager, { id: "report", managerId: "manager" })).toBe(true);
    expect(canLogConversation(otherManager, { id: "report", managerId: "manager" })).toBe(false);
    expect(canLogConversation({ id: "manager", roles: ["LEADER"] }, { id: "report", managerId: "manager" }), "without the manager hat").toBe(false);
    expect(canLogConversation(hr, { id: "report", managerId: "manager" })).toBe(false);
    expect(canLogConversation(manager, { id: "manager", managerId: "manager" }), "with themselves").toBe(false);
  });

  it("lets the current manager add actions, also to a conversation their predecessor held", () => {
    expect(canAddAgreedAction(manager, heldBefore)).toBe(true);
    expect(canAddAgreedAction(formerManager, heldBefore)).toBe(false);
    expect(canAddAgreedAction(report, heldNow)).toBe(false);
  });

  it("lets the owner (while they may read it) or the current manager tick an action off", () => {
    expect(canChangeAgreedAction(report, heldNow, "report")).toBe(true);
    expect(canChangeAgreedAction(report, heldNow, "manager"), "the manager's action").toBe(false);
    expect(canChangeAgreedAction(manager, heldNow, "report")).toBe(true);
    expect(canChangeAgreedAction(formerManager, heldBefore, "former"), "their own action on a conversation they held").toBe(true);
    expect(canChangeAgreedAction(formerManager, heldBefore, "report")).toBe(false);
    expect(canChangeAgreedAction(hr, heldNow, "report"), "HR reads but does not tick off").toBe(false);
    expect(canChangeAgreedAction(otherManager, heldNow, "other"), "an owner who may not read the conversation").toBe(false);
  });

  it("lets anyone with a manager prepare", () => {
    expect(canPrepare({ id: "report", managerId: "manager" })).toBe(true);
    expect(canPrepare({ id: "report", managerId: null })).toBe(false);
  });
});

describe("conversation dates", () => {
  it("puts the next conversation 90 days later by default, across months and years", () => {
    expect(defaultNextConversationOn("2026-01-15")).toBe("2026-04-15");
    expect(defaultNextConversationOn("2026-11-23")).toBe("2027-02-21");
    expect(defaultNextConversationOn("2028-01-01")).toBe("2028-03-31");
  });

  it("refuses a conversation in the future and a next date on or before it", () => {
    expect(conversationDateErrors("2026-11-23", "2027-02-21", "2026-11-23")).toEqual({});
    expect(conversationDateErrors("2026-11-24", "2027-02-21", "2026-11-23")).toHaveProperty("heldOn");
    expect(conversationDateErrors("2026-11-20", "2026-11-20", "2026-11-23")).toHaveProperty("nextConversationOn");
    expect(conversationDateErrors("2026-11-20", "2026-11-19", "2026-11-23")).toHaveProperty("nextConversationOn");
    expect(conversationDateErrors("2026-11-20", "2026-11-21", "2026-11-23")).toEqual({});
  });

  it("says where someone stands: no conversation yet, overdue once the next date has passed, else due", () => {
    expect(conversationStanding(null, "2026-11-23")).toEqual({ kind: "none" });
    expect(conversationStanding("2026-11-22", "2026-11-23")).toEqual({ kind: "overdue", nextOn: "2026-11-22" });
    expect(conversationStanding("2026-11-23", "2026-11-23"), "due today is not overdue yet").toEqual({ kind: "due", nextOn: "2026-11-23" });
  });

  it("counts an open action overdue once its day has passed, and a new one due today or later", () => {
    expect(isActionOverdue({ status: "OPEN", dueOn: "2026-11-22" }, "2026-11-23")).toBe(true);
    expect(isActionOverdue({ status: "OPEN", dueOn: "2026-11-23" }, "2026-11-23")).toBe(false);
    expect(isActionOverdue({ status: "DONE", dueOn: "2026-11-01" }, "2026-11-23")).toBe(false);
    expect(actionDueError("2026-11-22", "2026-11-23")).toMatch(/from today onwards/);
    expect(actionDueError("2026-11-23", "2026-11-23")).toBeNull();
  });
});

describe("conversation schemas", () => {
  const log = { personId: "p1", heldOn: "2026-11-23", nextConversationOn: "2027-02-21", track: "IC_LEADER" };

  it("trims the prompts and asks for at least one thing talked about", () => {
    const parsed = logConversationSchema.safeParse({ ...log, aspirations: "  Lead the platform group  " });
    expect(parsed.success && parsed.data.aspirations).toBe("Lead the platform group");
    const empty = logConversationSchema.safeParse({ ...log, aspirations: "   ", privateNote: "Only private" });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues.map((issue) => issue.path.join("."))).toEqual(["aspirations"]);
  });

  it("refuses an unknown track and a date that is not a day", () => {
    expect(logConversationSchema.safeParse({ ...log, aspirations: "x", track: "MANAGER" }).success).toBe(false);
    expect(logConversationSchema.safeParse({ ...log, aspirations: "x", heldOn: "2026-02-30" }).success).toBe(false);
    expect(addAgreedActionSchema.safeParse({ conversationId: "c1", owner: "HR", description: "x", dueOn: "2027-01-01" }).success).toBe(false);
  });

  it("asks HR for a reason of 10 to 500 characters, trimmed", () => {
    expect(openPrivateNoteSchema.safeParse({ conversationId: "c1", reason: "   too short  " }).success).toBe(false);
    expect(openPrivateNoteSchema.safeParse({ conversationId: "c1", reason: "x".repeat(501) }).success).toBe(false);
    const parsed = openPrivateNoteSchema.safeParse({ conversationId: "c1", reason: "  Grievance investigation, case 14  " });
    expect(parsed.success && parsed.data.reason).toBe("Grievance investigation, case 14");
  });
});
