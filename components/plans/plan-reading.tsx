import type { PlanView } from "@/lib/plans/queries";
import { formatMoment } from "@/lib/inductions/item-labels";
import { BalanceCard } from "./balance-card";
import { PlanGoals } from "./plan-goals";

/** Someone else's plan, to read: its balance, then its goals and actions. */
export function PlanReading({ view }: { view: PlanView }) {
  return (
    <div className="space-y-6">
      <p className="text-sm text-muted">
        {view.plan ? `Last changed on ${formatMoment(view.plan.updatedAt, view.timeZone)}.` : `${view.person.name} has not started a development plan yet.`}
      </p>
      <BalanceCard balance={view.balance} whose="their" />
      <PlanGoals view={view} editing={null} empty="No goals or actions yet." />
    </div>
  );
}
