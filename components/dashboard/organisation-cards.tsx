import Link from "next/link";
import { formatDistanceToNow } from "date-fns";
import { Card } from "@/components/ui/card";
import { HATS, ROLE_LABELS } from "@/lib/auth/hats";
import type { AppRole } from "@/lib/db/generated/enums";

/** How the organisation is set up, beside the programme's figures: who wears which hat, and what changed lately. */

export function HatsCard({ byRole, inactive }: { byRole: Partial<Record<AppRole, number>>; inactive: number }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold">Who holds which hat</h2>
      <ul className="mt-3 divide-y divide-slate-100 text-sm">
        {HATS.map((hat) => (
          <li key={hat.role} className="flex justify-between py-2">
            <Link href={`/hr/people?role=${hat.role}`} className="text-brand-700 underline">
              {ROLE_LABELS[hat.role]}
            </Link>
            <span className="tabular-nums">{byRole[hat.role] ?? 0}</span>
          </li>
        ))}
      </ul>
      {inactive ? <p className="mt-3 text-xs text-muted">{inactive} deactivated people are not counted.</p> : null}
    </Card>
  );
}

type RecentEvent = { id: string; summary: string; createdAt: Date; actor: { name: string } | null };

export function RecentChangesCard({ events }: { events: RecentEvent[] }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold">Recent changes</h2>
      {events.length ? (
        <ol className="mt-3 divide-y divide-slate-100 text-sm">
          {events.map((event) => (
            <li key={event.id} className="py-2">
              {event.summary}
              <span className="block text-xs text-muted">
                {event.actor?.name ?? "System"} · {formatDistanceToNow(event.createdAt, { addSuffix: true })}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-3 text-sm text-muted">Nothing has changed yet.</p>
      )}
    </Card>
  );
}
