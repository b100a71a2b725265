import type { AppPrismaClient } from "@/lib/db/create-client";
import type { LearningType, PlanActionStatus } from "@/lib/db/generated/enums";
import { fromDateOnly, toDateOnly } from "@/lib/inductions/dates";

type GoalData = { title: string; competencyKey?: string | null; competencyName?: string | null; actions?: ActionData[] };
type ActionData = { title: string; type: LearningType; status?: PlanActionStatus; dueOn?: string };

/** A development plan for `personId` with goals and their actions. */
export async function buildPlan(db: AppPrismaClient, organisationId: string, data: { personId: string; goals?: GoalData[] }) {
  const plan = await db.developmentPlan.create({ data: { organisationId, personId: data.personId } });
  const goals = data.goals ?? [{ title: "Delegate more", actions: [{ title: "Hand over the release process", type: "EXPERIENCE" }] }];
  for (const [position, goal] of goals.entries()) {
    const created = await db.planGoal.create({
      data: { organisationId, planId: plan.id, title: goal.title, competencyKey: goal.competencyKey ?? null, competencyName: goal.competencyName ?? null, position },
    });
    for (const action of goal.actions ?? []) {
      await db.planAction.create({
        data: {
          organisationId,
          planId: plan.id,
          goalId: created.id,
          title: action.title,
          type: action.type,
          status: action.status ?? "NOT_STARTED",
          dueOn: fromDateOnly(action.dueOn ?? toDateOnly(new Date())),
          completedAt: action.status === "DONE" ? new Date() : null,
        },
      });
    }
  }
  return plan;
}
