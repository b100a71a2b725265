import { db } from "@/lib/db/client";
import { PLAN_LIMITS } from "@/lib/plans/limits";
import { uniqueSuffix } from "@/tests/factories";
import type { Outcome } from "@/tests/support/action-outcome";
import type { CrossTenantCase, FieldSpec, FormInput, MatrixEntry, MatrixWorld, Person } from "./core";

/**
 * Development plans: the leader alone changes their own plan; everyone else only reads it (the
 * reading is proved in plans.test.ts). Each call acts on a fresh goal or action of the caller's
 * own plan; the other organisation is refused organisation A's goals and actions.
 */

const LEADER = ["LEADER"] as const;

/** Whose plan a call changes: the caller's when they keep one (the leader, the other organisation's all-hats person), else A's leader's. */
const ownerOf = (world: MatrixWorld, caller: Person | null) => (caller?.roles.includes("LEADER") ? caller : world.leader);

async function planOf(person: Person) {
  return (
    (await db.developmentPlan.findFirst({ where: { personId: person.id } })) ?? db.developmentPlan.create({ data: { organisationId: person.organisationId, personId: person.id } })
  );
}

/** A fresh goal in `person`'s plan, with the plan's version as a page would hold it. */
async function newGoal(person: Person) {
  const plan = await planOf(person);
  const goal = await db.planGoal.create({ data: { organisationId: person.organisationId, planId: plan.id, title: `Matrix goal ${uniqueSuffix()}`, position: 0 } });
  return { goalId: goal.id, version: String(plan.version) };
}

/** A fresh action in `person`'s plan (under a fresh goal when `underGoal`). */
async function newAction(person: Person, underGoal = false) {
  const plan = await planOf(person);
  const goalId = underGoal ? (await newGoal(person)).goalId : null;
  const action = await db.planAction.create({
    data: { organisationId: person.organisationId, planId: plan.id, goalId, title: `Matrix action ${uniqueSuffix()}`, type: "PEOPLE", dueOn: new Date("2027-03-31T00:00:00Z") },
  });
  return { actionId: action.id, version: String(action.version) };
}

/** Many calls add to one plan: clearing it first keeps each call under the plan's limits. */
async function clearPlan(person: Person) {
  await db.planAction.deleteMany({ where: { plan: { personId: person.id } } });
  await db.planGoal.deleteMany({ where: { plan: { personId: person.id } } });
}

const actionInput = (goalId = ""): FormInput => ({ goalId, title: `Shadow a budget review ${uniqueSuffix()}`, type: "EXPERIENCE", status: "IN_PROGRESS", dueOn: "2027-03-31" });

function dataOf(outcome: Outcome): Record<string, unknown> {
  if (outcome.kind !== "result" || typeof outcome.value !== "object" || outcome.value === null || !("data" in outcome.value)) throw new Error("Expected a result with data");
  return outcome.value.data as Record<string, unknown>;
}

async function readGoal(outcome: Outcome) {
  const goal = await db.planGoal.findUniqueOrThrow({ where: { id: String(dataOf(outcome).goalId) } });
  return { title: goal.title, organisationId: goal.organisationId };
}

async function readAction(outcome: Outcome) {
  const action = await db.planAction.findUniqueOrThrow({ where: { id: String(dataOf(outcome).actionId) } });
  return { title: action.title, organisationId: action.organisationId };
}

const goalTitle = { kind: "text", max: PLAN_LIMITS.title, required: true } as const satisfies FieldSpec;
const goalRef = { goalId: { kind: "id", of: "planGoal" }, version: { kind: "version" } } as const satisfies Record<string, FieldSpec>;
const actionRef = { actionId: { kind: "id", of: "planAction" }, version: { kind: "version" } } as const satisfies Record<string, FieldSpec>;
const TYPES = ["EXPERIENCE", "PEOPLE", "FORMAL"] as const;
const STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE"] as const;
const actionFields = {
  goalId: { kind: "reference", of: "planGoal" },
  title: { kind: "text", max: PLAN_LIMITS.title, required: true },
  type: { kind: "choice", values: TYPES },
  status: { kind: "choice", values: STATUSES },
  dueOn: { kind: "date" },
} as const satisfies Record<string, FieldSpec>;

/** Organisation A's leader's goal or action, for the other organisation to try. */
const theirGoal = (world: MatrixWorld) => newGoal(world.leader);
const theirAction = (world: MatrixWorld) => newAction(world.leader, true);

export const PLAN_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/me/plan/actions.ts#addGoalAction": {
    type: "action",
    access: LEADER,
    async validInput(world, caller) {
      await clearPlan(ownerOf(world, caller));
      return { title: `Lead the quarterly planning ${uniqueSuffix()}`, competencyKey: "" };
    },
    crossTenant: { selfScoped: "A goal is always added to the caller's own plan, tied only to a competency of their own role's charter." },
    fields: { title: goalTitle, competencyKey: { kind: "reference", of: "competency" } },
    readBack: (_world, _caller, _input, outcome) => readGoal(outcome),
  },

  "app/(app)/me/plan/actions.ts#renameGoalAction": {
    type: "action",
    access: LEADER,
    async validInput(world, caller) {
      return { ...(await newGoal(ownerOf(world, caller))), title: `Grow the team's independence ${uniqueSuffix()}` };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "rename organisation A's leader's goal", input: { ...(await theirGoal(world)), title: "Ours now" } }];
    },
    fields: { ...goalRef, title: goalTitle },
    readBack: (_world, _caller, _input, outcome) => readGoal(outcome),
  },

  "app/(app)/me/plan/actions.ts#removeGoalAction": {
    type: "action",
    access: LEADER,
    validInput: (world, caller) => newGoal(ownerOf(world, caller)),
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "remove organisation A's leader's goal", input: await theirGoal(world) }];
    },
    fields: goalRef,
  },

  "app/(app)/me/plan/actions.ts#addActionAction": {
    type: "action",
    access: LEADER,
    async validInput(world, caller) {
      const owner = ownerOf(world, caller);
      await clearPlan(owner);
      return actionInput((await newGoal(owner)).goalId);
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "add an action under organisation A's leader's goal", input: actionInput((await theirGoal(world)).goalId), field: "goalId" }];
    },
    fields: actionFields,
    readBack: (_world, _caller, _input, outcome) => readAction(outcome),
  },

  "app/(app)/me/plan/actions.ts#editActionAction": {
    type: "action",
    access: LEADER,
    async validInput(world, caller) {
      return { ...(await newAction(ownerOf(world, caller))), ...actionInput() };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const own = await newAction(world.foreignHr);
      return [
        { label: "change organisation A's leader's action", input: { ...(await theirAction(world)), ...actionInput() } },
        { label: "move their own action under organisation A's leader's goal", input: { ...own, ...actionInput((await theirGoal(world)).goalId) }, field: "goalId" },
      ];
    },
    fields: { ...actionRef, ...actionFields },
    readBack: (_world, _caller, _input, outcome) => readAction(outcome),
  },

  "app/(app)/me/plan/actions.ts#changeActionStatusAction": {
    type: "action",
    access: LEADER,
    async validInput(world, caller) {
      return { ...(await newAction(ownerOf(world, caller), true)), status: "DONE" };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "mark organisation A's leader's action done", input: { ...(await theirAction(world)), status: "DONE" } }];
    },
    fields: { ...actionRef, status: { kind: "choice", values: STATUSES } },
  },

  "app/(app)/me/plan/actions.ts#removeActionAction": {
    type: "action",
    access: LEADER,
    validInput: (world, caller) => newAction(ownerOf(world, caller), true),
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "remove organisation A's leader's action", input: await theirAction(world) }];
    },
    fields: actionRef,
  },
};
