import { removeGoalAction } from "@/app/(app)/me/plan/actions";
import { Badge, Card } from "@/components/ui/card";
import type { PlanGoalView, PlanView } from "@/lib/plans/queries";
import { ActionList, type PlanEditing } from "./action-item";
import { LazyConfirmActionButton, LazyRenameGoalForm } from "./lazy-controls";

const actionCount = (count: number) => `${count} action${count === 1 ? "" : "s"}`;

function GoalCard({ goal, planVersion, editing }: { goal: PlanGoalView; planVersion: number; editing: PlanEditing | null }) {
  const headingId = `goal-${goal.id}-heading`;
  return (
    <Card aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={headingId} className="text-base font-semibold">
            {goal.title}
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
            {goal.competencyName ? <Badge>Competency: {goal.competencyName}</Badge> : <span>Not tied to a competency</span>}
            <span>{actionCount(goal.actions.length)}</span>
          </p>
        </div>
        {editing ? (
          <LazyConfirmActionButton
            action={removeGoalAction}
            fields={{ goalId: goal.id, version: String(planVersion) }}
            accessibleName={`Remove goal: ${goal.title}`}
            focusAfter="plan-goals-heading"
            variant="secondary"
            size="sm"
            confirm={{
              title: `Remove the goal “${goal.title}”?`,
              description:
                goal.actions.length > 0
                  ? `Its ${actionCount(goal.actions.length)} stay in the plan, under “Not tied to a goal”, and still count in the balance.`
                  : "It has no actions, so nothing else changes.",
              confirmLabel: "Remove goal",
            }}
          >
            Remove goal
          </LazyConfirmActionButton>
        ) : null}
      </div>
      <ActionList actions={goal.actions} editing={editing} empty="No actions for this goal yet." />
      {editing ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">
            Rename<span className="sr-only"> the goal {goal.title}</span>
          </summary>
          <div className="mt-3">
            <LazyRenameGoalForm goal={goal} planVersion={planVersion} />
          </div>
        </details>
      ) : null}
    </Card>
  );
}

/** The plan's goals with their actions, then the actions tied to no goal; with the leader's controls when `editing`. */
export function PlanGoals({ view, editing, empty }: { view: PlanView; editing: PlanEditing | null; empty: string }) {
  const planVersion = view.plan?.version ?? 1;
  return (
    <section aria-labelledby="plan-goals-heading" className="space-y-4">
      <h2 id="plan-goals-heading" tabIndex={-1} className="text-lg font-semibold focus-visible:outline-none">
        Goals and actions
      </h2>
      {view.goals.length === 0 && view.otherActions.length === 0 ? <p className="text-sm text-muted">{empty}</p> : null}
      {view.goals.map((goal) => (
        <GoalCard key={`${goal.id}-${planVersion}`} goal={goal} planVersion={planVersion} editing={editing} />
      ))}
      {view.otherActions.length > 0 ? (
        <Card aria-labelledby="other-actions-heading">
          <h3 id="other-actions-heading" className="text-base font-semibold">
            Not tied to a goal
          </h3>
          <ActionList actions={view.otherActions} editing={editing} empty="" />
        </Card>
      ) : null}
    </section>
  );
}
