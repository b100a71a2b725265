import { format } from "date-fns";
import Link from "next/link";
import { Card } from "@/components/ui/card";

export type HistoryEvent = { id: string; summary: string; createdAt: Date; actor: { name: string } | null };

/** A versioned document's audit trail: who changed what, newest first; `auditHref` opens it in the audit log. */
export function HistoryCard({ events, auditHref }: { events: HistoryEvent[]; auditHref?: string }) {
  return (
    <Card aria-labelledby="history-heading">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        {auditHref ? (
          <Link href={auditHref} className="text-sm text-brand-700 underline">
            View its history in the audit log
          </Link>
        ) : null}
      </div>
      {events.length ? (
        <ul className="divide-y divide-slate-100 text-sm">
          {events.map((event) => (
            <li key={event.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span>{event.summary}</span>
              <span className="text-muted">
                {event.actor?.name ?? "Someone no longer here"} · {format(event.createdAt, "d MMM yyyy, HH:mm")}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">No changes recorded yet.</p>
      )}
    </Card>
  );
}
