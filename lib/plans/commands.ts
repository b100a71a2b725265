import "server-only";
import { getAssessmentContext } from "@/lib/assessments/queries";
import { recordAudit } from "@/lib/audit/record";
import type { SessionPerson } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/client";
import type { PlanActionStatus } from "@/lib/db/generated/enums";
import { fromDateOnly } from "@/lib/inductions/dates";
import { ACTION_STATUS_LABELS, LEARNING_TYPE_LABELS } from "./labels";
import { canEditPlan } from "./permissions";
import { PLAN_LIMITS } from "./limits";
import {
  type ActionStatusInput,
  type AddActionInput,
  type AddGoalInput,
  type EditActionInput,
  type RemoveActionInput,
  type RemoveGoalInput,
  type RenameGoalInput,
} from "./schemas";

/**
 * Changes to a development plan, made by the leader whose plan it is (and nobody else). The
 * plan itself is created with its first goal or action. Goals are guarded by the plan's
 * version, actions each by their own, so a change made from a page that is out of date (another
 * window) is refused rather than silently undoing the other. Every change is audited against
 * the plan, so "who changed this plan" reads in one place.
 */

export const PLAN_CONFLICT =
  "Someone else (or you, in another window) changed this plan's goals since this page was loaded, so nothing was saved. Reload the page to see the plan as it is now.";
export const ACTION_CONFLICT =
  "Someone else (or you, in another window) changed this action since this page was loaded, so nothing was saved. Reload the page to see where it stands.";

type Plan = { id: string; version: number };

/** Runs one change of the actor's own plan in a transaction, once it is clear they keep a plan. */
function changeOwnPlan<T>(actor: SessionPerson, change: (tx: Tx, organisationId: string) => Promise<T>): Promise<T> {
  if (!canEditPlan(actor, actor)) throw new ForbiddenError("Only the leader whose plan it is can change it.");
  return db.$transaction((tx) => change(tx, actor.organisationId));
}

function audit(tx: Tx, actor: SessionPerson, planId: string, action: string, summary: string, details: Record<string, string | number | null>) {
  return recordAudit(tx, { organisationId: actor.organisationId, actorId: actor.id, action: `plan.${action}`, entityType: "DevelopmentPlan", entityId: planId, summary, details });
}

/**
 * The actor's plan, created if they have none, with its row locked for the rest of the
 * transaction: changes to one plan queue here, so a double submission sees the first one's rows.
 */
async function lockOwnPlan(tx: Tx, actor: SessionPerson): Promise<Plan> {
  const organisationId = actor.organisationId;
  // ON CONFLICT DO NOTHING: of two first changes at once, the second waits for the first's plan and uses it.
  await tx.developmentPlan.createMany({ data: [{ organisationId, personId: actor.id }], skipDuplicates: true });
  const [plan] = await tx.developmentPlan.updateManyAndReturn({ where: { organisationId, personId: actor.id }, data: { updatedAt: new Date() }, select: { id: true, version: true } });
  if (!plan) throw new NotFoundError("development plan");
  return plan;
}

/** Moves the plan's version on if it is still `version`: goals change only from an up-to-date page. */
async function claimPlan(tx: Tx, organisationId: string, planId: string, version: number) {
  const { count } = await tx.developmentPlan.updateMany({ where: { id: planId, organisationId, version }, data: { version: { increment: 1 } } });
  if (count === 0) throw new ConflictError(PLAN_CONFLICT);
}

/** A competency of the actor's role's published charter, with its name. */
async function charterCompetency(actor: SessionPerson, competencyKey: string) {
  const context = await getAssessmentContext(actor.organisationId, actor.id);
  const requirement = context.requirements.find((item) => item.competencyKey === competencyKey);
  if (!requirement) throw new InvalidError({ competencyKey: ["Choose a competency of your role's charter, or none."] });
  return { key: requirement.competencyKey, name: requirement.competencyName };
}

const sameTitle = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "accent" }) === 0;

export async function addGoal(actor: SessionPerson, input: AddGoalInput) {
  const competency = input.competencyKey ? await charterCompetency(actor, input.competencyKey) : null;
  return changeOwnPlan(actor, async (tx, organisationId) => {
    const plan = await lockOwnPlan(tx, actor);
    const goals = await tx.planGoal.findMany({ where: { organisationId, planId: plan.id }, select: { title: true, competencyKey: true, position: true } });
    if (goals.length >= PLAN_LIMITS.goals) throw new ConflictError(`A plan holds at most ${PLAN_LIMITS.goals} goals. Remove one you have reached before adding another.`);
    if (competency && goals.some((goal) => goal.competencyKey === competency.key)) throw new InvalidError({ competencyKey: [`${competency.name} is already a goal of your plan.`] });
    if (goals.some((goal) => sameTitle(goal.title, input.title))) throw new InvalidError({ title: ["Your plan already has a goal with this title."] });
    const goal = await tx.planGoal.create({
      data: {
        organisationId,
        planId: plan.id,
        title: input.title,
        competencyKey: competency?.key ?? null,
        competencyName: competency?.name ?? null,
        position: Math.max(-1, ...goals.map((item) => item.position)) + 1,
      },
      select: { id: true },
    });
    await claimPlan(tx, organisationId, plan.id, plan.version);
    await audit(tx, actor, plan.id, "goalAdded", `${actor.name} added the goal "${input.title}" to their development plan`, { goalId: goal.id, competencyKey: competency?.key ?? null });
    return { planId: plan.id, goalId: goal.id };
  });
}

/** One of the actor's own goals, or "not found". */
async function findOwnGoal(tx: Tx, actor: SessionPerson, goalId: string) {
  const goal = await tx.planGoal.findFirst({
    where: { id: goalId, organisationId: actor.organisationId, plan: { organisationId: actor.organisationId, personId: actor.id } },
    select: { id: true, planId: true, title: true },
  });
  if (!goal) throw new NotFoundError("goal");
  return goal;
}

export async function renameGoal(actor: SessionPerson, input: RenameGoalInput) {
  return changeOwnPlan(actor, async (tx, organisationId) => {
    const goal = await findOwnGoal(tx, actor, input.goalId);
    await claimPlan(tx, organisationId, goal.planId, input.version);
    const others = await tx.planGoal.findMany({ where: { organisationId, planId: goal.planId, id: { not: goal.id } }, select: { title: true } });
    if (others.some((other) => sameTitle(other.title, input.title))) throw new InvalidError({ title: ["Your plan already has a goal with this title."] });
    await tx.planGoal.update({ where: { id: goal.id }, data: { title: input.title } });
    await audit(tx, actor, goal.planId, "goalRenamed", `${actor.name} renamed the goal "${goal.title}" to "${input.title}"`, { goalId: goal.id });
    return { planId: goal.planId, goalId: goal.id };
  });
}

/** Removes a goal; its actions stay in the plan, no longer tied to a goal. */
export async function removeGoal(actor: SessionPerson, input: RemoveGoalInput) {
  return changeOwnPlan(actor, async (tx, organisationId) => {
    const goal = await findOwnGoal(tx, actor, input.goalId);
    await claimPlan(tx, organisationId, goal.planId, input.version);
    const { count } = await tx.planAction.updateMany({ where: { organisationId, goalId: goal.id }, data: { goalId: null, version: { increment: 1 } } });
    await tx.planGoal.delete({ where: { id: goal.id } });
    await audit(tx, actor, goal.planId, "goalRemoved", `${actor.name} removed the goal "${goal.title}" from their development plan`, { goalId: goal.id, actionsKept: count });
    return { planId: goal.planId, goalId: goal.id };
  });
}

/** Checks that `goalId` (when given) is a goal of `planId`, as a field error. */
async function checkGoal(tx: Tx, organisationId: string, planId: string, goalId: string | undefined) {
  if (!goalId) return null;
  const goal = await tx.planGoal.findFirst({ where: { id: goalId, organisationId, planId }, select: { id: true } });
  if (!goal) throw new InvalidError({ goalId: ["Choose one of your plan's goals, or none."] });
  return goal.id;
}

/** Two actions of one goal (or two without a goal) with the same title are almost always one submitted twice. */
async function checkTitleFree(tx: Tx, organisationId: string, planId: string, goalId: string | null, title: string, exceptId?: string) {
  const siblings = await tx.planAction.findMany({ where: { organisationId, planId, goalId, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { title: true } });
  if (siblings.some((sibling) => sameTitle(sibling.title, title))) {
    throw new InvalidError({ title: [goalId ? "This goal already has an action with this title." : "Your plan already has an action with this title outside any goal."] });
  }
}

/** When an action was done: now when it becomes done, kept while it stays done, cleared otherwise. */
function completedAt(before: PlanActionStatus | null, after: PlanActionStatus, previous: Date | null): Date | null {
  if (after !== "DONE") return null;
  return before === "DONE" ? previous : new Date();
}

export async function addAction(actor: SessionPerson, input: AddActionInput) {
  return changeOwnPlan(actor, async (tx, organisationId) => {
    const plan = await lockOwnPlan(tx, actor);
    const goalId = await checkGoal(tx, organisationId, plan.id, input.goalId);
    if ((await tx.planAction.count({ where: { organisationId, planId: plan.id } })) >= PLAN_LIMITS.actions) {
      throw new ConflictError(`A plan holds at most ${PLAN_LIMITS.actions} actions. Remove some that are done before adding more.`);
    }
    await checkTitleFree(tx, organisationId, plan.id, goalId, input.title);
    const action = await tx.planAction.create({
      data: {
        organisationId,
        planId: plan.id,
        goalId,
        title: input.title,
        type: input.type,
        status: input.status,
        dueOn: fromDateOnly(input.dueOn),
        completedAt: completedAt(null, input.status, null),
      },
      select: { id: true },
    });
    await audit(tx, actor, plan.id, "actionAdded", `${actor.name} added "${input.title}" (${LEARNING_TYPE_LABELS[input.type].label.toLowerCase()}) to their development plan`, {
      actionId: action.id,
      goalId,
      type: input.type,
      status: input.status,
      dueOn: input.dueOn,
    });
    return { planId: plan.id, actionId: action.id };
  });
}

/** One of the actor's own actions, with the plan's row locked; "not found" for anyone else's. */
async function findOwnAction(tx: Tx, actor: SessionPerson, actionId: string) {
  const organisationId = actor.organisationId;
  const action = await tx.planAction.findFirst({
    where: { id: actionId, organisationId, plan: { organisationId, personId: actor.id } },
    select: { id: true, planId: true, title: true, status: true, completedAt: true },
  });
  if (!action) throw new NotFoundError("action");
  await tx.developmentPlan.updateMany({ where: { id: action.planId, organisationId }, data: { updatedAt: new Date() } });
  return action;
}

/** Writes `data` to the action only if it is still at `version`. */
async function changeAction(tx: Tx, organisationId: string, actionId: string, version: number, data: Prisma.PlanActionUncheckedUpdateManyInput) {
  const { count } = await tx.planAction.updateMany({ where: { id: actionId, organisationId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError(ACTION_CONFLICT);
}

export async function editAction(actor: SessionPerson, input: EditActionInput) {
  return changeOwnPlan(actor, async (tx, organisationId) => {
    const action = await findOwnAction(tx, actor, input.actionId);
    const goalId = await checkGoal(tx, organisationId, action.planId, input.goalId);
    await checkTitleFree(tx, organisationId, action.planId, goalId, input.title, action.id);
    await changeAction(tx, organisationId, action.id, input.version, {
      goalId,
      title: input.title,
      type: input.type,
      status: input.status,
      dueOn: fromDateOnly(input.dueOn),
      completedAt: completedAt(action.status, input.status, action.completedAt),
    });
    await audit(tx, actor, action.planId, "actionChanged", `${actor.name} changed the action "${input.title}" in their development plan`, {
      actionId: action.id,
      goalId,
      type: input.type,
      status: input.status,
      dueOn: input.dueOn,
    });
    return { planId: action.planId, actionId: action.id };
  });
}

export async function changeActionStatus(actor: SessionPerson, input: ActionStatusInput) {
  return changeOwnPlan(actor, async (tx, organisationId) => {
    const action = await findOwnAction(tx, actor, input.actionId);
    await changeAction(tx, organisationId, action.id, input.version, { status: input.status, completedAt: completedAt(action.status, input.status, action.completedAt) });
    await audit(tx, actor, action.planId, "actionStatusChanged", `${actor.name} marked "${action.title}" as ${ACTION_STATUS_LABELS[input.status].toLowerCase()}`, {
      actionId: action.id,
      from: action.status,
      to: input.status,
    });
    return { planId: action.planId, actionId: action.id, status: input.status };
  });
}

export async function removeAction(actor: SessionPerson, input: RemoveActionInput) {
  return changeOwnPlan(actor, async (tx, organisationId) => {
    const action = await findOwnAction(tx, actor, input.actionId);
    const { count } = await tx.planAction.deleteMany({ where: { id: action.id, organisationId, version: input.version } });
    if (count === 0) throw new ConflictError(ACTION_CONFLICT);
    await audit(tx, actor, action.planId, "actionRemoved", `${actor.name} removed "${action.title}" from their development plan`, { actionId: action.id });
    return { planId: action.planId, actionId: action.id };
  });
}
