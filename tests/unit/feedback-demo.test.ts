import { describe, expect, it } from "vitest";
import { ANONYMITY_THRESHOLD } from "@/lib/feedback/anonymity";
import { FEEDBACK_LIMITS } from "@/lib/feedback/limits";
import { DEMO_CHARTERS } from "@/prisma/demo-charters";
import { DEMO_FEEDBACK } from "@/prisma/demo-feedback";
import { DEMO_COHORT } from "@/prisma/demo-inductions";
import { DEMO_PEOPLE } from "@/prisma/demo-organisation";

/** The demo requests must be ones the app itself would accept, and show each state the pages handle. */

const roleOf = new Map([...DEMO_PEOPLE.map((person) => [person.key, person.role] as const), ...DEMO_COHORT.members.map((member) => [member.key, member.role] as const)]);

describe("the demo feedback", () => {
  it("asks only about competencies the requester's charter requires, of known colleagues other than the requester, within the limits", () => {
    for (const request of DEMO_FEEDBACK) {
      const role = roleOf.get(request.requester);
      const required = new Set(DEMO_CHARTERS[role ?? ""]?.requirements.map((requirement) => requirement.competency));
      expect(request.competencies.filter((name) => !required.has(name)), `${request.requester}'s request`).toEqual([]);
      expect(request.competencies.length).toBeLessThanOrEqual(FEEDBACK_LIMITS.competencies);
      const asked = [...request.answers.map((answer) => answer.by), ...request.waiting];
      expect(new Set(asked).size).toBe(asked.length);
      expect(asked.length).toBeLessThanOrEqual(FEEDBACK_LIMITS.respondents);
      expect(asked).not.toContain(request.requester);
      for (const key of asked) expect(roleOf.has(key), key).toBe(true);
      for (const answer of request.answers) {
        expect(answer.texts).toHaveLength(request.competencies.length);
        expect(answer.daysAgo).toBeLessThan(request.daysAgo);
      }
    }
  });

  it("gives the demo leader an anonymous request whose answers show, and a named one still open; and the demo manager one to answer", () => {
    const leaders = DEMO_FEEDBACK.filter((request) => request.requester === "leader");
    expect(leaders.some((request) => request.anonymous && request.answers.length >= ANONYMITY_THRESHOLD)).toBe(true);
    expect(leaders.some((request) => !request.anonymous && request.answers.length > 0 && request.waiting.length > 0)).toBe(true);
    expect(DEMO_FEEDBACK.some((request) => request.waiting.includes("manager") && DEMO_COHORT.members.some((member) => member.key === request.requester))).toBe(true);
  });
});
