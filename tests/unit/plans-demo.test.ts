import { describe, expect, it } from "vitest";
import { planBalance, type VerdictKind } from "@/lib/plans/balance";
import { DEMO_CHARTERS } from "@/prisma/demo-charters";
import { DEMO_COHORT } from "@/prisma/demo-inductions";
import { DEMO_PEOPLE } from "@/prisma/demo-organisation";
import { DEMO_PLANS } from "@/prisma/demo-plans";

/** The demo plans tell the story the balance chart needs: each of its messages shows on a real plan, tied to real competencies. */

const roleOf = (person: (typeof DEMO_PLANS)[number]["person"]) =>
  "key" in person ? DEMO_PEOPLE.find((demo) => demo.key === person.key)?.role : DEMO_COHORT.members.find((member) => member.email === person.email)?.role;

const nameOf = (person: (typeof DEMO_PLANS)[number]["person"]) => ("key" in person ? person.key : person.email);

const verdictOf = (plan: (typeof DEMO_PLANS)[number]) => planBalance(plan.goals.flatMap((goal) => goal.actions)).verdict.kind;

describe("the demo development plans", () => {
  it("tie every goal to a competency the person's role charter requires", () => {
    for (const plan of DEMO_PLANS) {
      const role = roleOf(plan.person);
      const required = new Set(DEMO_CHARTERS[role ?? ""]?.requirements.map((requirement) => requirement.competency));
      expect(required.size, `${nameOf(plan.person)} has a role with a charter`).toBeGreaterThan(0);
      for (const goal of plan.goals) expect(required.has(goal.competency), `${nameOf(plan.person)}: ${goal.competency}`).toBe(true);
    }
  });

  it("show a balanced plan, a course-heavy one and one with nobody helping", () => {
    const verdicts = new Map<string, VerdictKind>(DEMO_PLANS.map((plan) => [nameOf(plan.person), verdictOf(plan)]));
    expect(verdicts.get("maya.lindqvist@demo.test")).toBe("balanced");
    expect(verdicts.get("sofia.marin@demo.test")).toBe("courses-dominate");
    expect(verdicts.get("kwame.mensah@demo.test")).toBe("nobody-helping");
  });

  it("give the demo leader one action of each kind, so one more course tips it into 'most of this plan is courses'", () => {
    const lena = DEMO_PLANS.find((plan) => "key" in plan.person && plan.person.key === "leader");
    const actions = lena?.goals.flatMap((goal) => goal.actions) ?? [];
    expect(actions.map((action) => action.type).sort()).toEqual(["EXPERIENCE", "FORMAL", "PEOPLE"]);
    expect(new Set(actions.map((action) => action.status)).size).toBe(3);
    expect(planBalance([...actions, { type: "FORMAL", status: "NOT_STARTED" }]).verdict.kind).toBe("courses-dominate");
  });
});
