import type { ReactNode } from "react";
import type { FrameworkImportPreview } from "@/lib/frameworks/import-file";

const COUNTS = [
  ["stages", "stage", "stages"],
  ["clusters", "cluster", "clusters"],
  ["competencies", "competency", "competencies"],
  ["expectations", "expectation", "expectations"],
  ["indicators", "indicator", "indicators"],
] as const;

const counted = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** A list under its own heading (which names it for screen readers), or a line saying it is empty. */
function LabelledList({ id, title, ordered, className, empty, children }: { id: string; title: string; ordered?: boolean; className: string; empty?: string; children: ReactNode[] }) {
  const List = ordered ? "ol" : "ul";
  return (
    <div className="space-y-2">
      <h5 id={id} className="text-sm font-semibold text-ink">
        {title}
      </h5>
      {children.length || !empty ? (
        <List aria-labelledby={id} className={className}>
          {children}
        </List>
      ) : (
        <p className="text-sm text-muted">{empty}</p>
      )}
    </div>
  );
}

/** What importing a file would create: counts, stages, the cluster → competency outline and anything to know first. */
export function ImportPreview({ preview }: { preview: FrameworkImportPreview }) {
  return (
    <div className="space-y-5">
      <LabelledList id="import-counts" title="In this file" className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {COUNTS.map(([key, one, many]) => (
          <li key={key} className="rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
            <span className="block text-2xl font-semibold tabular-nums text-ink">{preview.counts[key].toLocaleString("en-GB")}</span>{" "}
            <span className="text-sm text-muted">{preview.counts[key] === 1 ? one : many}</span>
          </li>
        ))}
      </LabelledList>
      <LabelledList id="import-stages" title="Stages, earliest first" ordered className="flex flex-wrap gap-2">
        {preview.stages.map((stage, i) => (
          <li key={i} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-ink ring-1 ring-brand-100">
            <span className="tabular-nums text-muted">{i + 1}.</span> {stage}
          </li>
        ))}
      </LabelledList>
      <LabelledList id="import-outline" title="Clusters and their competencies" className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
        {preview.clusters.map((cluster, i) => (
          <li key={i} className="text-sm">
            <span className="font-medium text-ink">{cluster.name}</span>{" "}
            <span className="text-muted">({counted(cluster.competencies.length, "competency", "competencies")})</span>
            {cluster.competencies.length ? (
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-ink">
                {cluster.competencies.map((competency, k) => (
                  <li key={k}>{competency}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </LabelledList>
      <LabelledList
        id="import-warnings"
        title="Warnings"
        empty="None: the file imports as it is."
        className="list-disc space-y-1 rounded-md bg-amber-50 py-3 pr-4 pl-8 text-sm text-amber-950 ring-1 ring-amber-200"
      >
        {preview.warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </LabelledList>
    </div>
  );
}
