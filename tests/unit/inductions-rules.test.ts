import { describe, expect, it } from "vitest";
import { addDays, daysBetween, fromDateOnly, isDateOnly, isTimeZone, toDateOnly, todayIn } from "@/lib/inductions/dates";
import { canCompleteItem, canReadReflection, canSeeInduction, canSignOff } from "@/lib/inductions/permissions";
import { isComplete, isDueThisWeek, isOverdue, isSettled, progressOf, type ItemState } from "@/lib/inductions/progress";
import { copyTemplate } from "@/lib/inductions/template-copy";

describe("calendar dates", () => {
  it("adds days across month, year and daylight-saving boundaries without drifting", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-25", 10)).toBe("2027-01-04");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30"); // UK clocks go forward on 29 March 2026
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26"); // and back on 25 October
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-01", "2026-05-30")).toBe(90);
    expect(daysBetween("2026-05-30", "2026-03-01")).toBe(-90);
  });

  it("round-trips a PostgreSQL date column and refuses what is not a real date", () => {
    expect(toDateOnly(fromDateOnly("2026-11-23"))).toBe("2026-11-23");
    expect(["2026-11-23", "2028-02-29"].every(isDateOnly)).toBe(true);
    expect(["2026-02-30", "2026-13-01", "23/11/2026", "2026-1-5", "", "2026-11-23T00:00:00Z"].some(isDateOnly)).toBe(false);
  });

  it("knows which day it is in the organisation's time zone", () => {
    const now = new Date("2026-11-23T22:30:00Z");
    expect(todayIn("Europe/London", now)).toBe("2026-11-23");
    expect(todayIn("Pacific/Auckland", now)).toBe("2026-11-24");
    expect(todayIn("America/Los_Angeles", new Date("2026-11-23T05:00:00Z"))).toBe("2026-11-22");
    expect(isTimeZone("Europe/London")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});

const item = (overrides: Partial<ItemState> = {}): ItemState => ({ status: "OPEN", dueDate: "2026-11-23", owner: "INDIVIDUAL", needsSignOff: false, signedOff: false, ...overrides });

describe("progress", () => {
  it("counts an item overdue only after its due day, and due this week for seven days from today", () => {
    expect(isOverdue(item({ dueDate: "2026-11-22" }), "2026-11-23")).toBe(true);
    expect(isOverdue(item({ dueDate: "2026-11-23" }), "2026-11-23")).toBe(false);
    expect(isOverdue(item({ dueDate: "2026-11-01", status: "DONE" }), "2026-11-23")).toBe(false);
    expect(isDueThisWeek(item({ dueDate: "2026-11-23" }), "2026-11-23")).toBe(true);
    expect(isDueThisWeek(item({ dueDate: "2026-11-29" }), "2026-11-23")).toBe(true);
    expect(isDueThisWeek(item({ dueDate: "2026-11-30" }), "2026-11-23")).toBe(false);
    expect(isDueThisWeek(item({ dueDate: "2026-11-22" }), "2026-11-23")).toBe(false);
  });

  it("settles waived items, and done items once signed off where they need it", () => {
    expect(isSettled(item({ status: "WAIVED" }))).toBe(true);
    expect(isSettled(item({ status: "DONE" }))).toBe(true);
    expect(isSettled(item({ status: "DONE", needsSignOff: true }))).toBe(false);
    expect(isSettled(item({ status: "DONE", needsSignOff: true, signedOff: true }))).toBe(true);
    expect(isSettled(item())).toBe(false);
  });

  it("completes an induction only when every item is settled", () => {
    const items = [item({ status: "DONE" }), item({ status: "WAIVED" }), item({ status: "DONE", needsSignOff: true })];
    expect(isComplete(items)).toBe(false);
    expect(isComplete(items.map((i) => ({ ...i, signedOff: true })))).toBe(true);
    expect(isComplete([])).toBe(false);
    expect(progressOf([...items, item({ dueDate: "2026-01-01" })], "2026-11-23")).toEqual({ total: 4, settled: 2, overdue: 1, percent: 50 });
  });
});

describe("who may act on an induction", () => {
  const induction = { personId: "leader", managerId: "manager", supporterId: "coach" };
  const hr = { id: "hr", roles: ["HR_ADMIN"] as const };
  const leader = { id: "leader", roles: ["LEADER"] as const };
  const manager = { id: "manager", roles: ["MANAGER"] as const };
  const otherManager = { id: "someone", roles: ["MANAGER"] as const };
  const coach = { id: "coach", roles: ["COACH"] as const };

  it("lets the leader tick their own items, the manager the manager's, HR everything", () => {
    const owners = ["INDIVIDUAL", "MANAGER", "HR", "ORGANISATION"] as const;
    const allowed = (actor: { id: string; roles: readonly ("HR_ADMIN" | "LEADER" | "MANAGER" | "COACH")[] }) => owners.filter((owner) => canCompleteItem(actor, induction, owner));
    expect(allowed(leader)).toEqual(["INDIVIDUAL"]);
    expect(allowed(manager)).toEqual(["MANAGER"]);
    expect(allowed(otherManager)).toEqual([]);
    expect(allowed(coach)).toEqual([]);
    expect(allowed(hr)).toEqual(owners);
  });

  it("lets only the induction's manager or HR sign off; the people involved and HR see it", () => {
    expect([hr, leader, manager, otherManager, coach].map((actor) => canSignOff(actor, induction))).toEqual([true, false, true, false, false]);
    expect([hr, leader, manager, otherManager, coach].map((actor) => canSeeInduction(actor, induction))).toEqual([true, true, true, false, true]);
  });

  it("shows a reflection to its author, and to the manager or supporter only when shared; never to HR", () => {
    const reflection = (sharedWithManager: boolean, sharedWithSupporter: boolean) => ({ authorId: "leader", sharedWithManager, sharedWithSupporter });
    const readers = (shared: ReturnType<typeof reflection>) => [hr, leader, manager, coach].filter((actor) => canReadReflection(actor, induction, shared)).map((actor) => actor.id);
    expect(readers(reflection(false, false))).toEqual(["leader"]);
    expect(readers(reflection(true, false))).toEqual(["leader", "manager"]);
    expect(readers(reflection(false, true))).toEqual(["leader", "coach"]);
    expect(readers(reflection(true, true))).toEqual(["leader", "manager", "coach"]);
  });
});

describe("copying a template", () => {
  it("keeps phase and item order and dates each item from the start date", () => {
    const base = { guidance: "", owner: "INDIVIDUAL" as const, kind: "TASK" as const, competencyKey: null, needsSignOff: false };
    const copied = copyTemplate(
      {
        phases: [
          { id: "later", name: "First 30 days", position: 5 },
          { id: "before", name: "Before the start date", position: 1 },
        ],
        items: [
          { ...base, phaseId: "later", position: 2, title: "Second", dueOffsetDays: 30 },
          { ...base, phaseId: "before", position: 0, title: "Read the charter", dueOffsetDays: -7 },
          { ...base, phaseId: "later", position: 1, title: "First", dueOffsetDays: 14 },
        ],
      },
      "2026-03-02",
    );
    expect(copied.map((phase) => [phase.name, phase.position, phase.items.map((i) => [i.title, i.position, i.dueDate])])).toEqual([
      ["Before the start date", 0, [["Read the charter", 0, "2026-02-23"]]],
      [
        "First 30 days",
        1,
        [
          ["First", 0, "2026-03-16"],
          ["Second", 1, "2026-04-01"],
        ],
      ],
    ]);
  });
});
