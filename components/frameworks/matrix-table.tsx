import type { ReactNode } from "react";
import { countElements, type Competency, type FrameworkDocument } from "@/lib/frameworks/document";

/**
 * The competency × stage table that both the read-only view and the editor draw:
 * stages across, clusters as row groups, one row per competency from `renderRow`.
 */
export function MatrixTable({
  doc,
  caption,
  empty,
  showClusterDescriptions = false,
  regionLabel,
  role,
  renderRow,
}: {
  doc: FrameworkDocument;
  caption: string;
  /** What to say when there is no stage or no competency to draw. */
  empty: (missing: "stage" | "competency") => ReactNode;
  showClusterDescriptions?: boolean;
  /** Makes the scroll box a labelled, focusable region, so keyboard users can scroll a wide matrix. */
  regionLabel?: string;
  /** "grid" where the table's cells are navigated with the arrow keys (the editor). */
  role?: "grid";
  renderRow: (competency: Competency) => ReactNode;
}) {
  if (doc.stages.length === 0) return empty("stage");
  if (countElements(doc).competencies === 0) return empty("competency");
  const region = regionLabel ? { tabIndex: 0, role: "region", "aria-label": regionLabel } : {};
  return (
    <div {...region} className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table role={role} className="min-w-full border-collapse text-left align-top text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="w-56 border-b border-slate-200 px-3 py-2 font-semibold">
              Competency
            </th>
            {doc.stages.map((stage, i) => (
              <th key={stage.key} scope="col" className="min-w-52 border-b border-l border-slate-200 px-3 py-2 font-semibold">
                <span className="block text-xs font-normal text-muted">Stage {i + 1}</span>
                {stage.name || "(no name yet)"}
              </th>
            ))}
          </tr>
        </thead>
        {doc.clusters.map((cluster) => (
          <tbody key={cluster.key}>
            <tr className="bg-brand-50">
              <th scope="rowgroup" colSpan={doc.stages.length + 1} className="border-t border-slate-200 px-3 py-2 text-left font-semibold">
                {cluster.name || "(cluster with no name yet)"}
                {showClusterDescriptions && cluster.description ? (
                  <span className="block text-xs font-normal text-muted">{cluster.description}</span>
                ) : null}
              </th>
            </tr>
            {cluster.competencies.map(renderRow)}
          </tbody>
        ))}
      </table>
    </div>
  );
}
