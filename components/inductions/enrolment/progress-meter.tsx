/** A percentage as a bar and a number; the number is what screen readers hear. */
export function ProgressMeter({ percent, label }: { percent: number; label: string }) {
  return (
    <div className="flex items-center gap-2">
      <meter min={0} max={100} value={percent} aria-label={label} className="sr-only" />
      <span aria-hidden className="block h-2 w-24 overflow-hidden rounded-full bg-slate-200">
        <span className="block h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
      </span>
      <span className="tabular-nums">{percent}%</span>
    </div>
  );
}
