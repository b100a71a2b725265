import type { AccessLogEntry } from "@/lib/conversations/queries";
import { formatDay, formatMoment } from "@/lib/inductions/item-labels";

const timeOfDay = (value: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(value);

/** Who opened private conversation notes about a person, when, and the reason they gave; newest first. */
export function AccessLog({ entries, timeZone, label, empty }: { entries: AccessLogEntry[]; timeZone: string; label: string; empty: string }) {
  if (entries.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul aria-label={label} className="divide-y divide-slate-100 text-sm">
      {entries.map((entry) => (
        <li key={entry.id} className="py-2">
          <p>
            <span className="font-medium">{entry.reader ?? "Someone no longer in the app"}</span> opened the notes of the conversation of {formatDay(entry.conversationHeldOn)}
          </p>
          <p className="text-xs text-muted">
            On {formatMoment(entry.openedAt, timeZone)} at {timeOfDay(entry.openedAt, timeZone)}
          </p>
          <p className="mt-1 whitespace-pre-line">
            <span className="text-muted">Reason given: </span>
            {entry.reason}
          </p>
        </li>
      ))}
    </ul>
  );
}
