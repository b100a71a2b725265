import { cn } from "@/components/ui/cn";

/**
 * Small bar charts drawn with plain elements. They are decoration beside the numbers: each is
 * hidden from assistive technology, and the table cell or sentence next to it carries the figures.
 */

export type Segment = { label: string; value: number; className: string };

/** One horizontal bar split into segments, as wide as its total against `max`. */
export function StackedBar({ segments, max }: { segments: Segment[]; max: number }) {
  const total = segments.reduce((sum, segment) => sum + segment.value, 0);
  return (
    <div aria-hidden="true" className="flex h-3 w-full min-w-24 overflow-hidden rounded bg-slate-100">
      <div className="flex h-full" style={{ width: `${max === 0 ? 0 : (total / max) * 100}%` }}>
        {segments.map((segment) =>
          segment.value ? <div key={segment.label} className={cn("h-full", segment.className)} style={{ width: `${(segment.value / total) * 100}%` }} title={`${segment.label}: ${segment.value}`} /> : null,
        )}
      </div>
    </div>
  );
}

/** The colours of the segments, named, spelt out in a legend. */
export function Legend({ segments }: { segments: readonly Pick<Segment, "label" | "className">[] }) {
  return (
    <ul className="flex flex-wrap gap-3 text-xs text-muted" aria-label="Legend">
      {segments.map((segment) => (
        <li key={segment.label} className="flex items-center gap-1">
          <span aria-hidden="true" className={cn("inline-block h-3 w-3 rounded-sm", segment.className)} />
          {segment.label}
        </li>
      ))}
    </ul>
  );
}

/** A single bar of a percentage, with a marker at `target` when there is one. */
export function ShareBar({ share, target }: { share: number; target?: number }) {
  return (
    <div aria-hidden="true" className="relative h-3 w-full min-w-24 rounded bg-slate-100">
      <div className="h-full rounded bg-brand-600" style={{ width: `${share}%` }} />
      {target === undefined ? null : <div className="absolute -top-1 h-5 w-0.5 bg-ink" style={{ left: `${target}%` }} />}
    </div>
  );
}

/** Vertical bars, one per label, with two series stacked. */
export function ColumnChart({ columns }: { columns: { label: string; values: Segment[] }[] }) {
  const max = Math.max(1, ...columns.map((column) => column.values.reduce((sum, value) => sum + value.value, 0)));
  return (
    <div aria-hidden="true" className="flex h-28 items-end gap-2">
      {columns.map((column) => (
        <div key={column.label} className="flex h-full flex-1 flex-col justify-end">
          {column.values.map((value) =>
            value.value ? <div key={value.label} className={value.className} style={{ height: `${(value.value / max) * 100}%` }} /> : null,
          )}
          <span className="mt-1 text-center text-[10px] text-muted">{column.label}</span>
        </div>
      ))}
    </div>
  );
}
