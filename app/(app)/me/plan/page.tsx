import { BalanceCard } from "@/components/plans/balance-card";
import { GoalSuggestions } from "@/components/plans/goal-suggestions";
import { LazyAddGoalForm, LazyPlanActionForm } from "@/components/plans/lazy-controls";
import { PlanGoals } from "@/components/plans/plan-goals";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { addDays } from "@/lib/inductions/dates";
import { getGoalChoices, getPlanView } from "@/lib/plans/queries";
import { addActionAction } from "./actions";

export const metadata = { title: "My development plan" };

/** How far ahead a new action is due unless the leader says otherwise. */
const DEFAULT_DUE_DAYS = 30;

export default async function MyPlanPage() {
  const actor = await requireRole("LEADER");
  const view = await getPlanView(actor, actor.id);
  const choices = await getGoalChoices(actor, view.goals);
  const goals = view.goals.map((goal) => ({ id: goal.id, title: goal.title }));
  const competencies = choices.suggestions.map((suggestion) => ({
    value: suggestion.competencyKey,
    label: suggestion.belowExpectation ? `${suggestion.competencyName} (${suggestion.gap} below)` : suggestion.competencyName,
  }));

  return (
    <>
      <PageHeader
        title="My development plan"
        description="What you will work on as you grow into the role: goals, most of them tied to the competencies of your charter, and the actions that get you there. Your manager and HR can read the plan, and so can your coach or mentor while you work together."
      />
      <div className="grid items-start gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <BalanceCard balance={view.balance} whose="your" />
          <PlanGoals view={view} editing={{ goals }} empty="Your plan is empty. Start with a goal: the suggestions come from your assessments." />
        </div>
        <div className="space-y-6">
          <GoalSuggestions choices={choices} />
          <Card aria-labelledby="add-goal-heading">
            <h2 id="add-goal-heading" className="mb-3 text-lg font-semibold">
              Add a goal
            </h2>
            <LazyAddGoalForm competencies={competencies} />
          </Card>
          <Card aria-labelledby="add-action-heading">
            <h2 id="add-action-heading" className="mb-3 text-lg font-semibold">
              Add an action
            </h2>
            {/* A new key when the goals change, so the goal it serves starts at the newest one. */}
            <LazyPlanActionForm
              key={view.plan?.version ?? 0}
              action={addActionAction}
              idPrefix="new-action"
              defaults={{ title: "", type: "EXPERIENCE", status: "NOT_STARTED", dueOn: addDays(view.today, DEFAULT_DUE_DAYS), goalId: goals.at(-1)?.id ?? "" }}
              goals={goals}
              submitLabel="Add action"
              resetOnSuccess
            />
          </Card>
        </div>
      </div>
    </>
  );
}
