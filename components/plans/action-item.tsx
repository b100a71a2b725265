import { changeActionStatusAction, editActionAction, removeActionAction } from "@/app/(app)/me/plan/actions";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { LearningType, PlanActionStatus } from "@/lib/db/generated/enums";
import { formatDay } from "@/lib/inductions/item-labels";
import { ACTION_STATUS_LABELS, LEARNING_TYPE_LABELS } from "@/lib/plans/labels";
import type { PlanActionView } from "@/lib/plans/queries";
import { LazyConfirmActionButton, LazyInlineActionButton, LazyPlanActionForm } from "./lazy-controls";

/** What the leader needs to change an action: the goals it may move to. */
export type PlanEditing = { goals: { id: string; title: string }[] };

const TYPE_BADGES: Record<LearningType, string> = { EXPERIENCE: "bg-brand-50 text-brand-800", PEOPLE: "bg-sky-50 text-sky-900", FORMAL: "bg-amber-50 text-amber-900" };

/** The quick moves from each status: start it, finish it, or take it up again. */
const NEXT_STATUSES: Record<PlanActionStatus, { status: PlanActionStatus; label: string }[]> = {
  NOT_STARTED: [
    { status: "IN_PROGRESS", label: "Start" },
    { status: "DONE", label: "Mark done" },
  ],
  IN_PROGRESS: [{ status: "DONE", label: "Mark done" }],
  DONE: [{ status: "IN_PROGRESS", label: "Reopen" }],
};

export function ActionItem({ action, editing }: { action: PlanActionView; editing: PlanEditing | null }) {
  const ref = { actionId: action.id, version: String(action.version) };
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <p className={cn("font-medium", action.status === "DONE" && "text-muted")}>{action.title}</p>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
            <Badge className={TYPE_BADGES[action.type]}>{LEARNING_TYPE_LABELS[action.type].label}</Badge>
            <Badge>{ACTION_STATUS_LABELS[action.status]}</Badge>
            <span>Due {formatDay(action.dueOn)}</span>
            {action.overdue ? <span className="font-medium text-red-800">Overdue</span> : null}
          </p>
        </div>
        {editing ? (
          <div className="flex flex-wrap items-start gap-2">
            {NEXT_STATUSES[action.status].map((next) => (
              <LazyInlineActionButton key={next.status} action={changeActionStatusAction} fields={{ ...ref, status: next.status }} accessibleName={`${next.label}: ${action.title}`}>
                {next.label}
              </LazyInlineActionButton>
            ))}
            <LazyConfirmActionButton
              action={removeActionAction}
              fields={ref}
              accessibleName={`Remove: ${action.title}`}
              focusAfter="plan-goals-heading"
              variant="secondary"
              size="sm"
              confirm={{ title: `Remove “${action.title}”?`, description: "It leaves the plan and its balance. The audit log keeps a record that it was removed.", confirmLabel: "Remove action" }}
            >
              Remove
            </LazyConfirmActionButton>
          </div>
        ) : null}
      </div>
      {editing ? (
        <details className="mt-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">
            Edit<span className="sr-only">: {action.title}</span>
          </summary>
          <div className="mt-3">
            <LazyPlanActionForm
              action={editActionAction}
              idPrefix={`action-${action.id}`}
              hidden={ref}
              defaults={{ title: action.title, type: action.type, status: action.status, dueOn: action.dueOn, goalId: action.goalId ?? "" }}
              goals={editing.goals}
              submitLabel="Save action"
            />
          </div>
        </details>
      ) : null}
    </li>
  );
}

export function ActionList({ actions, editing, empty }: { actions: PlanActionView[]; editing: PlanEditing | null; empty: string }) {
  if (actions.length === 0) return <p className="mt-2 text-sm text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {actions.map((action) => (
        <ActionItem key={`${action.id}-${action.version}`} action={action} editing={editing} />
      ))}
    </ul>
  );
}
