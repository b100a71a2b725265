import type { LearningType, PlanActionStatus } from "@/lib/db/generated/enums";
import { addDays, type DateOnly } from "@/lib/inductions/dates";
import { tableRows, type TableRows } from "./bulk";
import type { CurrentCharter } from "./charters";
import { daysFromToday, daysUntil, momentOn, randomFor, type PlanContext } from "./context";
import type { PersonPlan } from "./people";
import type { Random } from "./random";
import { PLAN } from "./texts";

/**
 * Development plans, first for the people who have been through an induction, then for others.
 * Goals name competencies of the person's role charter; actions spread over the 70/20/10 types,
 * most plans near the balance, some leaning on courses and some with nobody to learn from.
 */

type GoalRow = { id: string; organisationId: string; planId: string; title: string; competencyKey: string | null; competencyName: string | null; position: number; createdAt: Date };
type ActionRow = {
  id: string;
  organisationId: string;
  planId: string;
  goalId: string | null;
  title: string;
  type: LearningType;
  status: PlanActionStatus;
  dueOn: DateOnly;
  completedAt: Date | null;
  createdAt: Date;
};

export type PlansPlan = {
  plans: { id: string; organisationId: string; personId: string; createdAt: Date }[];
  goals: GoalRow[];
  actions: ActionRow[];
};

/** How a person's actions lean across experience, people and formal learning. */
const LEANINGS: (readonly [readonly (readonly [LearningType, number])[], number])[] = [
  [
    [
      ["EXPERIENCE", 0.7],
      ["PEOPLE", 0.2],
      ["FORMAL", 0.1],
    ],
    0.6,
  ],
  [
    [
      ["EXPERIENCE", 0.35],
      ["PEOPLE", 0.15],
      ["FORMAL", 0.5],
    ],
    0.2,
  ],
  [
    [
      ["EXPERIENCE", 0.8],
      ["FORMAL", 0.2],
    ],
    0.2,
  ],
];

function status(random: Random, context: PlanContext, dueOn: DateOnly): PlanActionStatus {
  const past = daysUntil(context, dueOn) < 0;
  return random.weighted<PlanActionStatus>([
    ["DONE", past ? 0.7 : 0.1],
    ["IN_PROGRESS", past ? 0.2 : 0.35],
    ["NOT_STARTED", past ? 0.1 : 0.55],
  ]);
}

export function planPlans(context: PlanContext, people: readonly PersonPlan[], leaders: ReadonlySet<PersonPlan>, charters: Map<string, CurrentCharter>): PlansPlan {
  const random = randomFor(context, "plans");
  const plan: PlansPlan = { plans: [], goals: [], actions: [] };
  const active = people.filter((person) => person.row.active);
  const owners = [...random.shuffle(active.filter((person) => leaders.has(person))), ...random.shuffle(active.filter((person) => !leaders.has(person)))].slice(0, context.sizes.plans);

  for (const person of owners) {
    const planId = context.ids();
    const startedOn = daysFromToday(context, -random.int(10, 400));
    const createdAt = momentOn(context, startedOn);
    plan.plans.push({ id: planId, organisationId: context.organisationId, personId: person.row.id, createdAt });
    const leaning = random.weighted(LEANINGS);
    const competencies = charters.get(person.row.jobRoleId)?.competencies ?? [];
    const goalCount = random.weighted([
      [1, 0.25],
      [2, 0.45],
      [3, 0.3],
    ]);
    const action = (goalId: string | null) => {
      const type = random.weighted(leaning);
      const dueOn = addDays(startedOn, random.int(14, 180));
      const state = status(random, context, dueOn);
      plan.actions.push({
        id: context.ids(),
        organisationId: context.organisationId,
        planId,
        goalId,
        title: random.pick(PLAN.actions[type]),
        type,
        status: state,
        dueOn,
        completedAt: state === "DONE" ? momentOn(context, addDays(dueOn, -random.int(0, 10))) : null,
        createdAt,
      });
    };
    random.sample(PLAN.goals, goalCount).forEach((title, position) => {
      const competency = competencies.length && random.chance(0.85) ? random.pick(competencies) : null;
      const goalId = context.ids();
      plan.goals.push({ id: goalId, organisationId: context.organisationId, planId, title, competencyKey: competency?.key ?? null, competencyName: competency?.name ?? null, position, createdAt });
      for (let n = random.int(1, 4); n > 0; n--) action(goalId);
    });
    if (random.chance(0.1)) action(null);
  }
  return plan;
}

export function planTables(plan: PlansPlan): TableRows[] {
  return [
    tableRows("DevelopmentPlan", { id: "text", organisationId: "text", personId: "text", createdAt: "timestamp" }, plan.plans),
    tableRows(
      "PlanGoal",
      { id: "text", organisationId: "text", planId: "text", title: "text", competencyKey: "text", competencyName: "text", position: "int", createdAt: "timestamp" },
      plan.goals,
    ),
    tableRows(
      "PlanAction",
      {
        id: "text",
        organisationId: "text",
        planId: "text",
        goalId: "text",
        title: "text",
        type: "enum:LearningType",
        status: "enum:PlanActionStatus",
        dueOn: "date",
        completedAt: "timestamp",
        createdAt: "timestamp",
      },
      plan.actions,
    ),
  ];
}
