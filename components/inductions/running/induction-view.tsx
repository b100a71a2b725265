import { Card } from "@/components/ui/card";
import type { InductionView as View } from "@/lib/inductions/induction-queries";
import { AddItemForm } from "./add-item-form";
import { ItemCard } from "./item-card";
import { ProgressBar } from "./progress-bar";
import { SharedReflections } from "./shared-reflections";

/**
 * One induction as its viewer may see it: each phase with its progress and items, HR's form
 * to add an item, and the reflections shared with the viewer. Used by My transition, a
 * manager's page for a report and HR's enrolment page; the controls follow `item.can`.
 */
export function InductionView({ view }: { view: View }) {
  return (
    <div className="space-y-8">
      {view.phases.map((phase) => (
        <section key={phase.id} aria-labelledby={`phase-${phase.id}`}>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-1">
            <h2 id={`phase-${phase.id}`} className="text-lg font-semibold">
              {phase.name}
            </h2>
            <ProgressBar progress={phase.progress} label={`${phase.name}: progress`} className="w-full max-w-xs" />
          </div>
          {phase.items.length === 0 ? (
            <p className="text-sm text-muted">Nothing in this phase.</p>
          ) : (
            <ul className="space-y-3">
              {phase.items.map((item) => (
                <ItemCard key={item.id} item={item} context={view} />
              ))}
            </ul>
          )}
        </section>
      ))}
      {view.viewer.canManage && view.phases.length > 0 ? (
        <Card aria-labelledby="add-item-heading">
          <h2 id="add-item-heading" className="text-lg font-semibold">
            Add an item to this induction
          </h2>
          <p className="mb-4 mt-1 text-sm text-muted">Only {view.person.name}&apos;s induction changes; the template stays as it is.</p>
          <AddItemForm inductionId={view.id} phases={view.phases} defaultDueDate={view.today} />
        </Card>
      ) : null}
      {view.viewer.isPerson ? null : <SharedReflections view={view} />}
    </div>
  );
}
