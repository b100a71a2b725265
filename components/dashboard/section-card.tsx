import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** One dashboard section: heading, the sentence that says what the figures show, the chart and table, and its CSV. */
export function SectionCard({ id, title, summary, exportHref, children }: { id: string; title: string; summary: ReactNode; exportHref: string; children: ReactNode }) {
  return (
    <Card aria-labelledby={`${id}-heading`} className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {title}
        </h2>
        <a href={exportHref} className="text-sm text-brand-700 underline" download>
          Download CSV<span className="sr-only"> of {title.toLowerCase()}</span>
        </a>
      </div>
      <p className="text-sm text-muted">{summary}</p>
      {children}
    </Card>
  );
}
