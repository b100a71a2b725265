import { Card } from "@/components/ui/card";
import type { InductionView } from "@/lib/inductions/induction-queries";
import { formatDay, formatMoment } from "@/lib/inductions/item-labels";
import { ProgressBar } from "./progress-bar";

/** The induction at a glance: how far along, what is late, what is due this week, and who is involved. */
export function InductionSummary({ view, showPeople = true }: { view: InductionView; showPeople?: boolean }) {
  const items = view.phases.flatMap((phase) => phase.items);
  const dueThisWeek = items.filter((item) => item.dueThisWeek).length;
  const waiting = items.filter((item) => item.status === "DONE" && item.needsSignOff && !item.signedOffAt).length;
  return (
    <Card aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="text-lg font-semibold">
        {view.status === "COMPLETED" ? "Induction complete" : "Where the induction stands"}
      </h2>
      <p className="mt-1 text-sm text-muted">
        {view.jobRole.title}, starting {formatDay(view.startDate)}
        {view.cohort ? ` · ${view.cohort} cohort` : ""}
        {view.completedAt ? ` · completed on ${formatMoment(view.completedAt, view.timeZone)}` : ""}
      </p>
      <ProgressBar progress={view.progress} label="Whole induction: progress" className="mt-4" />
      <dl className="mt-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <Figure label="Settled" value={`${view.progress.percent}%`} />
        <Figure label="Overdue" value={view.progress.overdue} alert={view.progress.overdue > 0} />
        <Figure label="Due this week" value={dueThisWeek} />
        <Figure label="Waiting for sign-off" value={waiting} />
      </dl>
      {showPeople ? (
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">New leader</dt>
          <dd>{view.person.name}</dd>
          <dt className="text-muted">Manager</dt>
          <dd>{view.manager?.name ?? "None named"}</dd>
          <dt className="text-muted">Coach or mentor</dt>
          <dd>{view.supporter?.name ?? "None named"}</dd>
        </dl>
      ) : null}
    </Card>
  );
}

function Figure({ label, value, alert = false }: { label: string; value: string | number; alert?: boolean }) {
  return (
    <div className="rounded-md bg-slate-50 px-3 py-2">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className={alert ? "text-xl font-semibold text-red-700" : "text-xl font-semibold"}>{value}</dd>
    </div>
  );
}
