import type { Progress } from "@/lib/inductions/progress";
import { cn } from "@/components/ui/cn";

/** How much of an induction (or one phase) is settled, as a bar with its numbers beside it. */
export function ProgressBar({ progress, label, className }: { progress: Progress; label: string; className?: string }) {
  return (
    <div className={cn("flex items-center gap-3", className)}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={`${progress.percent}%: ${progress.settled} of ${progress.total} settled`}
        className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-700" style={{ width: `${progress.percent}%` }} />
      </div>
      <span className="min-w-16 shrink-0 text-right text-sm tabular-nums text-muted">
        {progress.settled} of {progress.total}
      </span>
    </div>
  );
}
