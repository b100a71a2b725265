import Link from "next/link";
import { completeItemAction, reopenItemAction, signOffItemAction } from "@/app/(app)/tasks/actions";
import { removeItemAction } from "@/app/(app)/hr/enrolments/[id]/actions";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import type { InductionView, ItemView } from "@/lib/inductions/induction-queries";
import { formatDay, formatMoment, KIND_LABELS, OWNER_LABELS } from "@/lib/inductions/item-labels";
import { EvidenceForm } from "./evidence-form";
import { StatusBadge } from "./status-badge";
import { WaiveForm } from "./waive-form";

type Context = Pick<InductionView, "charter" | "reflections" | "timeZone" | "viewer" | "person">;

/** For the charter item: which version is current and whether the new leader has acknowledged it. */
function CharterLine({ context }: { context: Context }) {
  const charter = context.charter;
  const own = context.viewer.isPerson;
  if (!charter?.published) return <p className="mt-2 text-sm text-muted">HR has not published the charter for this role yet.</p>;
  if (charter.acknowledgedAt) {
    return (
      <p className="mt-2 text-sm">
        {own ? "You" : context.person.name} acknowledged version {charter.number} of the charter on {formatMoment(charter.acknowledgedAt, context.timeZone)}.
      </p>
    );
  }
  return own ? (
    <p className="mt-2 text-sm">
      <Link href="/me/charter" className="font-medium text-brand-700 underline">
        Read and acknowledge version {charter.number} of your charter
      </Link>
      : this item is ticked off when you do.
    </p>
  ) : (
    <p className="mt-2 text-sm text-muted">Version {charter.number} of the charter has not been acknowledged yet.</p>
  );
}

/** For a reflection item: a way in for the leader; for others, whether it is written and, if shared with them, where to read it. */
function ReflectionLine({ item, context }: { item: ItemView; context: Context }) {
  if (context.viewer.isPerson) {
    return (
      <p className="mt-2 text-sm">
        <Link href={`/me/reflections#prompt-${item.id}`} className="font-medium text-brand-700 underline">
          {item.reflected ? "Read or edit your reflection" : "Write your reflection"}
        </Link>
        {item.reflected || item.status !== "OPEN" ? null : ": saving it ticks this item off."}
      </p>
    );
  }
  const shared = context.reflections.find((reflection) => reflection.itemId === item.id);
  if (shared) {
    return (
      <p className="mt-2 text-sm">
        <a href={`#reflection-${shared.id}`} className="font-medium text-brand-700 underline">
          Read the reflection {context.person.name} shared with you
        </a>
      </p>
    );
  }
  if (item.reflected) return <p className="mt-2 text-sm text-muted">Written, and not shared with you.</p>;
  return item.status === "OPEN" ? <p className="mt-2 text-sm text-muted">Not written yet.</p> : null;
}

function History({ item, timeZone }: { item: ItemView; timeZone: string }) {
  const lines = [
    item.status === "DONE" && item.completedAt ? `Done${item.completedBy ? ` by ${item.completedBy}` : ""} on ${formatMoment(item.completedAt, timeZone)}.` : null,
    item.signedOffAt ? `Signed off${item.signedOffBy ? ` by ${item.signedOffBy}` : ""} on ${formatMoment(item.signedOffAt, timeZone)}.` : null,
    item.status === "DONE" && item.needsSignOff && !item.signedOffAt ? "Waiting for the manager or HR to sign it off." : null,
    item.status === "WAIVED" ? `Waived${item.completedBy ? ` by ${item.completedBy}` : ""}${item.completedAt ? ` on ${formatMoment(item.completedAt, timeZone)}` : ""}: ${item.waivedReason ?? ""}` : null,
  ].filter((line): line is string => line !== null);
  if (lines.length === 0) return null;
  return (
    <ul className="mt-2 space-y-0.5 text-sm">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function Evidence({ item, timeZone }: { item: ItemView; timeZone: string }) {
  if (item.evidence.length === 0) return null;
  return (
    <div className="mt-3">
      <h4 className="text-sm font-semibold">Evidence</h4>
      <ul className="mt-1 space-y-2 text-sm">
        {item.evidence.map((entry) => (
          <li key={entry.id} className="rounded-md bg-slate-50 px-3 py-2">
            {entry.text ? <p className="whitespace-pre-line">{entry.text}</p> : null}
            {entry.url ? (
              <a href={entry.url} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-brand-700 underline">
                {entry.url}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : null}
            <p className="text-xs text-muted">
              {entry.author ?? "Someone no longer here"}, {formatMoment(entry.createdAt, timeZone)}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One item of an induction, with the controls the viewer may use and nothing else. */
export function ItemCard({ item, context }: { item: ItemView; context: Context }) {
  const ref = { itemId: item.id, version: String(item.version) };
  const can = item.can;
  return (
    <li id={`item-${item.id}`} className="scroll-mt-4 rounded-md border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h3 className="font-medium">{item.title}</h3>
          <p className="text-xs text-muted">
            {KIND_LABELS[item.kind]} · {OWNER_LABELS[item.owner]} · due {formatDay(item.dueDate)}
            {item.needsSignOff ? " · needs sign-off" : ""}
          </p>
        </div>
        <StatusBadge item={item} />
      </div>
      {item.guidance ? <p className="mt-2 whitespace-pre-line text-sm text-muted">{item.guidance}</p> : null}
      {item.kind === "ACKNOWLEDGE_CHARTER" ? <CharterLine context={context} /> : null}
      {item.kind === "REFLECTION" ? <ReflectionLine item={item} context={context} /> : null}
      <History item={item} timeZone={context.timeZone} />
      <Evidence item={item} timeZone={context.timeZone} />
      {can.complete || can.signOff || can.reopen || can.remove ? (
        <div className="mt-3 flex flex-wrap items-start gap-2">
          {can.complete ? <ButtonActionForm action={completeItemAction} fields={ref} label="Mark as done" pendingLabel="Saving…" /> : null}
          {can.signOff ? <ButtonActionForm action={signOffItemAction} fields={ref} label="Sign off" pendingLabel="Signing off…" /> : null}
          {can.reopen ? <ButtonActionForm action={reopenItemAction} fields={ref} label="Reopen" pendingLabel="Reopening…" variant="secondary" /> : null}
          {can.remove ? (
            <ButtonActionForm
              action={removeItemAction}
              fields={ref}
              label="Remove item"
              pendingLabel="Removing…"
              variant="ghost"
              confirmation={`Remove "${item.title}" from this induction? Its evidence goes with it.`}
            />
          ) : null}
        </div>
      ) : null}
      {can.addEvidence ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">Add evidence</summary>
          <EvidenceForm itemId={item.id} />
        </details>
      ) : null}
      {can.waive ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">Waive this item</summary>
          <WaiveForm itemId={item.id} version={item.version} />
        </details>
      ) : null}
    </li>
  );
}
