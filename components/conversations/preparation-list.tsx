import { deletePreparationAction } from "@/app/(app)/me/conversations/actions";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import type { PreparationView } from "@/lib/conversations/queries";
import { formatMoment } from "@/lib/inductions/item-labels";

/** A report's notes for a conversation; their author may delete the ones still waiting for the next conversation. */
export function PreparationList({ preparations, timeZone, empty, deletable = false }: { preparations: PreparationView[]; timeZone: string; empty: string; deletable?: boolean }) {
  if (preparations.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="space-y-3">
      {preparations.map((preparation) => (
        <li key={preparation.id} className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
          <p className="whitespace-pre-line">{preparation.text}</p>
          <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
            <p className="text-xs text-muted">Written on {formatMoment(preparation.createdAt, timeZone)}</p>
            {deletable ? <ButtonActionForm action={deletePreparationAction} fields={{ preparationId: preparation.id }} label="Delete note" variant="ghost" confirmation="Delete this note? Your manager will no longer see it." /> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
