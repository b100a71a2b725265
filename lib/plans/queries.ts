import "server-only";
import { getAssessmentOverview } from "@/lib/assessments/queries";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import type { LearningType, PlanActionStatus } from "@/lib/db/generated/enums";
import { todayIn, type DateOnly } from "@/lib/inductions/dates";
import { planBalance, type PlanBalance } from "./balance";
import { planReader, type PlanReader, type PlanViewer } from "./permissions";
import { suggestGoals, type GoalSuggestion } from "./suggestions";

export type PlanActionView = {
  id: string;
  goalId: string | null;
  title: string;
  type: LearningType;
  status: PlanActionStatus;
  dueOn: DateOnly;
  /** Not done, and its day has passed in the organisation's calendar. */
  overdue: boolean;
  version: number;
};

export type PlanGoalView = { id: string; title: string; competencyKey: string | null; competencyName: string | null; actions: PlanActionView[] };

export type PlanView = {
  person: { id: string; name: string };
  /** Null until the person adds their first goal or action. */
  plan: { id: string; version: number; updatedAt: Date } | null;
  goals: PlanGoalView[];
  /** Actions not tied to any goal. */
  otherActions: PlanActionView[];
  balance: PlanBalance;
  today: DateOnly;
  /** The organisation's time zone, to show moments in. */
  timeZone: string;
  readAs: Exclude<PlanReader, null>;
};

type SubjectRow = { id: string; name: string; managerId: string | null; timeZone: string; supports: boolean };

/** The person, their organisation's time zone and whether the viewer supports them in an active relationship, in one statement. */
async function findSubject(viewer: PlanViewer & { organisationId: string }, subjectId: string): Promise<SubjectRow | null> {
  const rows = await db.$queryRaw<SubjectRow[]>`
    SELECT p.id, p.name, p."managerId", o."timeZone",
           EXISTS (SELECT 1 FROM "SupportRelationship" r
                   WHERE r."organisationId" = p."organisationId" AND r."leaderId" = p.id
                     AND r."supporterId" = ${viewer.id} AND r.status = 'ACTIVE') AS supports
    FROM "Person" p
    JOIN "Organisation" o ON o.id = p."organisationId"
    WHERE p.id = ${subjectId} AND p."organisationId" = ${viewer.organisationId}`;
  return rows[0] ?? null;
}

type PlanRow = {
  id: string;
  version: number;
  updatedAt: Date;
  goals: { id: string; title: string; competencyKey: string | null; competencyName: string | null }[];
  actions: { id: string; goalId: string | null; title: string; type: LearningType; status: PlanActionStatus; dueOn: DateOnly; version: number }[];
};

/** The person's plan with its goals (in order) and actions (by due date), in one statement: the plan pages run it on every request. */
async function findPlan(organisationId: string, personId: string): Promise<PlanRow | null> {
  const rows = await db.$queryRaw<PlanRow[]>`
    SELECT plan.id, plan.version, plan."updatedAt",
           COALESCE((SELECT json_agg(json_build_object('id', goal.id, 'title', goal.title, 'competencyKey', goal."competencyKey", 'competencyName', goal."competencyName")
                                     ORDER BY goal.position, goal."createdAt", goal.id)
                     FROM "PlanGoal" goal WHERE goal."organisationId" = plan."organisationId" AND goal."planId" = plan.id), '[]'::json) AS goals,
           COALESCE((SELECT json_agg(json_build_object('id', action.id, 'goalId', action."goalId", 'title', action.title, 'type', action.type::text,
                                                       'status', action.status::text, 'dueOn', to_char(action."dueOn", 'YYYY-MM-DD'), 'version', action.version)
                                     ORDER BY action."dueOn", action."createdAt", action.id)
                     FROM "PlanAction" action WHERE action."organisationId" = plan."organisationId" AND action."planId" = plan.id), '[]'::json) AS actions
    FROM "DevelopmentPlan" plan
    WHERE plan."organisationId" = ${organisationId} AND plan."personId" = ${personId}`;
  return rows[0] ?? null;
}

/**
 * A person's development plan with its 70/20/10 balance, for someone allowed to read it (the
 * person, their current manager, a coach or mentor who actively supports them, HR); anyone
 * else is told the person does not exist. Goals in their order; actions by due date.
 */
export async function getPlanView(viewer: PlanViewer & { organisationId: string }, subjectId: string): Promise<PlanView> {
  const subject = await findSubject(viewer, subjectId);
  const readAs = subject && planReader(viewer, subject, subject.supports);
  if (!subject || !readAs) throw new NotFoundError("person");
  const plan = await findPlan(viewer.organisationId, subject.id);
  const today = todayIn(subject.timeZone);
  const actions = (plan?.actions ?? []).map((action) => ({ ...action, overdue: action.status !== "DONE" && action.dueOn < today }));
  const goalIds = new Set(plan?.goals.map((goal) => goal.id));
  return {
    person: { id: subject.id, name: subject.name },
    plan: plan && { id: plan.id, version: plan.version, updatedAt: plan.updatedAt },
    goals: (plan?.goals ?? []).map((goal) => ({ ...goal, actions: actions.filter((action) => action.goalId === goal.id) })),
    otherActions: actions.filter((action) => action.goalId === null || !goalIds.has(action.goalId)),
    balance: planBalance(actions),
    today,
    timeZone: subject.timeZone,
    readAs,
  };
}

export type GoalChoices = {
  /** Every competency the charter requires that is not a goal yet, in the order to suggest them. */
  suggestions: GoalSuggestion[];
  /** The role whose charter the competencies come from; null without a published charter. */
  roleTitle: string | null;
  /** At least one assessment has rated a competency. */
  assessed: boolean;
};

/** What the leader can tie a new goal to, from their own assessments against their role's charter. */
export async function getGoalChoices(viewer: PlanViewer & { organisationId: string }, goals: readonly { competencyKey: string | null }[]): Promise<GoalChoices> {
  const overview = await getAssessmentOverview(viewer, viewer.id);
  const goalKeys = new Set(goals.flatMap((goal) => (goal.competencyKey ? [goal.competencyKey] : [])));
  return {
    suggestions: suggestGoals(overview.gaps, goalKeys),
    roleTitle: overview.charter ? (overview.role?.title ?? null) : null,
    assessed: overview.gaps.some((gap) => gap.gap !== null),
  };
}
