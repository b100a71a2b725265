import type { AppPrismaClient } from "@/lib/db/create-client";
import type { LearningType, PlanActionStatus } from "@/lib/db/generated/enums";
import { addDays, todayIn } from "@/lib/inductions/dates";
import { buildPlan } from "@/tests/factories";
import { demoPerson, type DemoContext } from "./demo-context";
import { DEMO_COHORT } from "./demo-inductions";

/**
 * The demo organisation's development plans, in our own words. Goals name competencies of each
 * person's charter (as in the demo framework). Lena's plan is young and still light on doing, so
 * her browser journey can add to it and watch the balance move; of the Spring cohort, Maya's
 * plan is balanced, Sofia's leans on courses and Kwame's has nobody helping him learn, so each
 * of the balance's messages shows somewhere real. Elena and Jamal have not started one.
 */

type DemoAction = { title: string; type: LearningType; status: PlanActionStatus; dueInDays: number };
type DemoGoal = { title: string; competency: string; actions: DemoAction[] };

/** Keyed by the person's key in DEMO_PEOPLE, or by email for the cohort members seeded with the inductions. */
export const DEMO_PLANS: { person: { key: string } | { email: string }; goals: DemoGoal[] }[] = [
  {
    person: { key: "leader" },
    goals: [
      {
        title: "Let the team solve what I used to solve myself",
        competency: "Developing people who know more than you",
        actions: [{ title: "Hand the architecture review to Aisha and stay out of the room", type: "EXPERIENCE", status: "IN_PROGRESS", dueInDays: 14 }],
      },
      {
        title: "Raise problems early, and kindly",
        competency: "Feedback and courageous conversations",
        actions: [
          { title: "Two-day course: feedback that lands", type: "FORMAL", status: "DONE", dueInDays: -12 },
          { title: "Rehearse a difficult conversation with my coach before having it", type: "PEOPLE", status: "NOT_STARTED", dueInDays: 21 },
        ],
      },
    ],
  },
  {
    person: { email: "maya.lindqvist@demo.test" },
    goals: [
      {
        title: "Spend my week on people, not on code",
        competency: "Where time and attention go",
        actions: [
          { title: "Hand my on-call shifts to the rota", type: "EXPERIENCE", status: "DONE", dueInDays: -5 },
          { title: "Block two hours a week for one-to-ones and keep them", type: "EXPERIENCE", status: "IN_PROGRESS", dueInDays: 30 },
        ],
      },
      {
        title: "Get results through the team",
        competency: "Getting results through others",
        actions: [
          { title: "Let Tom lead the next release from planning to retrospective", type: "EXPERIENCE", status: "NOT_STARTED", dueInDays: 45 },
          { title: "Agree the team's goals for the quarter with the team, not for it", type: "EXPERIENCE", status: "NOT_STARTED", dueInDays: 35 },
          { title: "Monthly mentoring with a manager who made the same move", type: "PEOPLE", status: "IN_PROGRESS", dueInDays: 60 },
        ],
      },
      {
        title: "Know how I come across",
        competency: "Self-awareness",
        actions: [
          { title: "Run a retrospective on my first month as the team's manager", type: "EXPERIENCE", status: "NOT_STARTED", dueInDays: 20 },
          { title: "Ask three peers for feedback on one meeting I ran", type: "PEOPLE", status: "NOT_STARTED", dueInDays: 25 },
          { title: "Read a short book on the first months of managing", type: "FORMAL", status: "DONE", dueInDays: -10 },
        ],
      },
    ],
  },
  {
    person: { email: "sofia.marin@demo.test" },
    goals: [
      {
        title: "Set a direction other teams choose to follow",
        competency: "Influence without authority",
        actions: [
          { title: "Course: influencing without authority", type: "FORMAL", status: "IN_PROGRESS", dueInDays: 10 },
          { title: "Online programme on technical strategy", type: "FORMAL", status: "NOT_STARTED", dueInDays: 40 },
          { title: "Write the proposal for a shared deployment platform and take it to three teams", type: "EXPERIENCE", status: "NOT_STARTED", dueInDays: 50 },
        ],
      },
      {
        title: "See the bigger picture",
        competency: "Strategic perspective",
        actions: [
          { title: "Workshop: reading the business's strategy", type: "FORMAL", status: "NOT_STARTED", dueInDays: 30 },
          { title: "Ask my mentor how they decide what not to do", type: "PEOPLE", status: "NOT_STARTED", dueInDays: 15 },
        ],
      },
    ],
  },
  {
    person: { email: "kwame.mensah@demo.test" },
    goals: [
      {
        title: "Grow the engineers around me",
        competency: "Developing people who know more than you",
        actions: [
          { title: "Pair with a junior engineer on the search rewrite, with them at the keyboard", type: "EXPERIENCE", status: "IN_PROGRESS", dueInDays: 25 },
          { title: "Hand the caching design to the platform team and review, not rewrite", type: "EXPERIENCE", status: "NOT_STARTED", dueInDays: 40 },
          { title: "Talk on how we choose technologies, for the whole department", type: "EXPERIENCE", status: "NOT_STARTED", dueInDays: 55 },
          { title: "Course: mentoring skills for senior engineers", type: "FORMAL", status: "NOT_STARTED", dueInDays: 35 },
        ],
      },
    ],
  },
];

async function personId(db: AppPrismaClient, context: DemoContext, person: { key: string } | { email: string }): Promise<string> {
  if ("key" in person) return demoPerson(context, person.key);
  const found = await db.person.findFirst({ where: { organisationId: context.organisationId, email: person.email }, select: { id: true } });
  if (!found) throw new Error(`The demo plans need ${person.email}, whom the demo inductions have not created.`);
  return found.id;
}

export async function seedDemoPlans(db: AppPrismaClient, context: DemoContext) {
  const today = todayIn(context.timeZone);
  const competencies = new Map(context.framework.clusters.flatMap((cluster) => cluster.competencies).map((competency) => [competency.name, competency.key]));
  const cohortEmails = new Set(DEMO_COHORT.members.map((member) => member.email));
  for (const plan of DEMO_PLANS) {
    if ("email" in plan.person && !cohortEmails.has(plan.person.email)) throw new Error(`${plan.person.email} is not in the demo cohort.`);
    await buildPlan(db, context.organisationId, {
      personId: await personId(db, context, plan.person),
      goals: plan.goals.map((goal) => {
        const competencyKey = competencies.get(goal.competency);
        if (!competencyKey) throw new Error(`The demo framework has no competency "${goal.competency}".`);
        return {
          title: goal.title,
          competencyKey,
          competencyName: goal.competency,
          actions: goal.actions.map((action) => ({ title: action.title, type: action.type, status: action.status, dueOn: addDays(today, action.dueInDays) })),
        };
      }),
    });
  }
}
