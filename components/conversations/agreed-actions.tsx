import { completeAgreedActionAction, reopenAgreedActionAction } from "@/app/(app)/me/conversations/actions";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import { Badge } from "@/components/ui/card";
import type { AgreedActionView } from "@/lib/conversations/queries";
import { formatDay, formatMoment } from "@/lib/inductions/item-labels";

function ActionStatus({ action, timeZone }: { action: AgreedActionView; timeZone: string }) {
  if (action.status === "DONE") {
    return <Badge className="bg-emerald-100 text-emerald-900">Done{action.completedAt ? ` on ${formatMoment(action.completedAt, timeZone)}` : ""}</Badge>;
  }
  if (action.overdue) return <Badge className="bg-red-100 text-red-800">Overdue</Badge>;
  return <Badge>Open</Badge>;
}

/** The actions agreed in one conversation, with the controls the viewer may use on each. */
export function AgreedActions({ actions, timeZone, viewerId }: { actions: AgreedActionView[]; timeZone: string; viewerId: string }) {
  if (actions.length === 0) return <p className="text-sm text-muted">No actions were agreed in this conversation.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {actions.map((action) => (
        <li key={action.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
          <div className="min-w-0 flex-1">
            <p className="font-medium">{action.description}</p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
              <span>
                {action.owner ? (action.owner.id === viewerId ? "Yours" : `Owner: ${action.owner.name}`) : "Owner no longer in the app"} · due {formatDay(action.dueOn)}
              </span>
              <ActionStatus action={action} timeZone={timeZone} />
            </p>
          </div>
          {action.canChange ? (
            <ButtonActionForm
              action={action.status === "DONE" ? reopenAgreedActionAction : completeAgreedActionAction}
              fields={{ actionId: action.id, version: String(action.version) }}
              label={action.status === "DONE" ? "Reopen" : "Mark as done"}
              variant="secondary"
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
