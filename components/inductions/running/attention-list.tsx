import { Card } from "@/components/ui/card";
import type { InductionView, ItemView } from "@/lib/inductions/induction-queries";
import { formatDay, OWNER_LABELS } from "@/lib/inductions/item-labels";

/** Overdue and due-this-week items, each a link to the item in the plan below. */
export function AttentionList({ view, ownOnly = false }: { view: InductionView; ownOnly?: boolean }) {
  const items = view.phases.flatMap((phase) => phase.items).filter((item) => !ownOnly || item.owner === "INDIVIDUAL");
  const overdue = items.filter((item) => item.overdue);
  const dueThisWeek = items.filter((item) => item.dueThisWeek);
  return (
    <Card aria-labelledby="attention-heading">
      <h2 id="attention-heading" className="text-lg font-semibold">
        Overdue and due this week
      </h2>
      {overdue.length === 0 && dueThisWeek.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nothing is overdue and nothing falls due in the next seven days.</p>
      ) : (
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <Group title="Overdue" items={overdue} empty="Nothing overdue." tone="text-red-800" />
          <Group title="Due this week" items={dueThisWeek} empty="Nothing else due this week." tone="text-amber-900" />
        </div>
      )}
    </Card>
  );
}

function Group({ title, items, empty, tone }: { title: string; items: ItemView[]; empty: string; tone: string }) {
  return (
    <div>
      <h3 className={`text-sm font-semibold ${tone}`}>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {items.map((item) => (
            <li key={item.id}>
              <a href={`#item-${item.id}`} className="text-brand-700 underline">
                {item.title}
              </a>{" "}
              <span className="text-xs text-muted">
                ({OWNER_LABELS[item.owner]}, due {formatDay(item.dueDate)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
