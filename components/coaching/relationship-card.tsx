import type { ReactNode } from "react";
import { Badge, Card } from "@/components/ui/card";
import { count } from "@/lib/csv/wording";
import { KIND_LABELS, SUPPORTER_NOUNS } from "@/lib/coaching/labels";
import { formatRate } from "@/lib/coaching/dates";
import type { RelationshipView } from "@/lib/coaching/queries";
import { formatDay } from "@/lib/inductions/item-labels";

/** When it runs, or ran: "3 March 2026 to 3 September 2026", with ", ended early on 5 May 2026" when it stopped sooner. */
export function relationshipDates(relationship: Pick<RelationshipView, "startOn" | "endOn" | "endedOn">): string {
  const planned = `${formatDay(relationship.startOn)} to ${formatDay(relationship.endOn)}`;
  return relationship.endedOn && relationship.endedOn < relationship.endOn ? `${planned}, ended early on ${formatDay(relationship.endedOn)}` : planned;
}

/**
 * One coaching or mentoring relationship as one of its two people sees it: the other person,
 * the agreed goals and the session log with its notes. `viewer` says which side they are on;
 * `children` holds what they may do (log a session, end it).
 */
export function RelationshipCard({ relationship, viewer, links, children }: { relationship: RelationshipView; viewer: "supporter" | "leader"; links?: ReactNode; children?: ReactNode }) {
  const other = viewer === "supporter" ? relationship.leader : relationship.supporter;
  const headingId = `relationship-${relationship.id}`;
  const role = viewer === "supporter" ? KIND_LABELS[relationship.kind] : `Your ${SUPPORTER_NOUNS[relationship.kind]}`;
  return (
    <Card aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="text-lg font-semibold">
            {other.name}
          </h2>
          <p className="text-sm text-muted">
            {role} · {relationshipDates(relationship)}
          </p>
        </div>
        {relationship.status === "ENDED" ? <Badge>Ended</Badge> : null}
      </div>
      {links ? <div className="flex flex-wrap gap-4 text-sm">{links}</div> : null}
      <div>
        <h3 className="font-medium">Goals</h3>
        <p className="mt-1 text-sm whitespace-pre-line">{relationship.goals}</p>
      </div>
      <div>
        <h3 className="font-medium">Sessions</h3>
        <p className="mt-1 text-sm text-muted">
          {relationship.sessions.length === 0
            ? "No sessions logged yet."
            : `${count(relationship.sessions.length, "session", "sessions")}, about ${formatRate(relationship.perMonth)}.`}
        </p>
        {relationship.sessions.length > 0 ? (
          <ol className="mt-2 space-y-2">
            {relationship.sessions.map((session) => (
              <li key={session.id} className="rounded-md border border-slate-200 p-3 text-sm">
                <p className="font-medium">
                  {formatDay(session.heldOn)}
                  {session.authorName ? <span className="font-normal text-muted"> · logged by {session.authorName}</span> : null}
                </p>
                {session.notes ? <p className="mt-1 whitespace-pre-line">{session.notes}</p> : <p className="mt-1 text-muted">No notes.</p>}
              </li>
            ))}
          </ol>
        ) : null}
      </div>
      {children}
    </Card>
  );
}
