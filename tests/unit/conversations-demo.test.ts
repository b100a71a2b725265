import { describe, expect, it } from "vitest";
import { conversationStanding, defaultNextConversationOn } from "@/lib/conversations/dates";
import { addDays } from "@/lib/inductions/dates";
import { DEMO_CONVERSATIONS } from "@/prisma/demo-conversations";
import { DEMO_COHORT } from "@/prisma/demo-inductions";
import { DEMO_PEOPLE } from "@/prisma/demo-organisation";

const TODAY = "2026-11-23";
const managerOf = (person: (typeof DEMO_CONVERSATIONS)[number]["person"]) =>
  "key" in person ? DEMO_PEOPLE.find((candidate) => candidate.key === person.key)?.manager : DEMO_COHORT.members.find((member) => member.email === person.email)?.manager;
const lenas = DEMO_CONVERSATIONS.filter((conversation) => "key" in conversation.person && conversation.person.key === "leader");
/** Each person's latest conversation, as My team reads it. */
const latest = [...new Map([...DEMO_CONVERSATIONS].sort((a, b) => b.heldDaysAgo - a.heldDaysAgo).map((conversation) => [JSON.stringify(conversation.person), conversation])).values()];
const standingOf = (heldDaysAgo: number) => conversationStanding(defaultNextConversationOn(addDays(TODAY, -heldDaysAgo)), TODAY).kind;

describe("the demo conversations", () => {
  it("are each held by the person's manager in the demo organisation", () => {
    for (const conversation of DEMO_CONVERSATIONS) expect(managerOf(conversation.person), JSON.stringify(conversation.person)).toBe(conversation.manager);
  });

  it("give Mark's team every standing: overdue, due, and Ruth with none yet", () => {
    const marks = latest.filter((conversation) => conversation.manager === "manager").map((conversation) => standingOf(conversation.heldDaysAgo));
    expect(marks).toContain("overdue");
    expect(marks).toContain("due");
    expect(DEMO_CONVERSATIONS.some((conversation) => "key" in conversation.person && conversation.person.key === "ruth")).toBe(false);
  });

  it("give Lena a current conversation with a private note and actions open, overdue and done, none held today", () => {
    const current = lenas.find((conversation) => standingOf(conversation.heldDaysAgo) === "due");
    expect(current?.privateNote).toBeTruthy();
    const actions = current?.actions ?? [];
    expect(actions.some((action) => action.done)).toBe(true);
    expect(actions.some((action) => !action.done && action.dueInDays < 0)).toBe(true);
    expect(actions.some((action) => !action.done && action.dueInDays >= 0)).toBe(true);
    // The browser test logs today's conversation with Lena: the demo must leave the day free.
    expect(lenas.every((conversation) => conversation.heldDaysAgo > 0)).toBe(true);
  });
});
