import { Badge } from "@/components/ui/card";
import { findExpectation, type FrameworkDocument } from "@/lib/frameworks/document";

/** A version read-only: competencies down (grouped by cluster), stages across, each cell its expectation. */
export function FrameworkMatrix({ doc }: { doc: FrameworkDocument }) {
  const competencies = doc.clusters.reduce((sum, cluster) => sum + cluster.competencies.length, 0);
  if (doc.stages.length === 0 || competencies === 0) {
    return <p className="text-sm text-muted">This version has no {doc.stages.length === 0 ? "stages" : "competencies"} yet.</p>;
  }
  return (
    // Focusable, so keyboard users can scroll a matrix wider than the screen.
    <div tabIndex={0} role="region" aria-label="Competencies by career stage" className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full border-collapse text-left align-top text-sm">
        <caption className="sr-only">Competencies by career stage</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="w-56 border-b border-slate-200 px-3 py-2 font-semibold">
              Competency
            </th>
            {doc.stages.map((stage, i) => (
              <th key={stage.key} scope="col" className="min-w-56 border-b border-l border-slate-200 px-3 py-2 font-semibold">
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
                {cluster.description ? <span className="block text-xs font-normal text-muted">{cluster.description}</span> : null}
              </th>
            </tr>
            {cluster.competencies.map((competency) => (
              <tr key={competency.key} className="align-top">
                <th scope="row" className="border-t border-slate-200 px-3 py-2 text-left font-medium">
                  {competency.name || "(no name yet)"}
                  {competency.description ? <span className="mt-1 block text-xs font-normal text-muted">{competency.description}</span> : null}
                  {competency.tags.length ? (
                    <span className="mt-1 flex flex-wrap gap-1">
                      {competency.tags.map((tag) => (
                        <Badge key={tag}>{tag}</Badge>
                      ))}
                    </span>
                  ) : null}
                </th>
                {doc.stages.map((stage) => {
                  const expectation = findExpectation(competency, stage.key);
                  return (
                    <td key={stage.key} className="border-l border-t border-slate-200 px-3 py-2">
                      {!expectation || (!expectation.notApplicable && !expectation.text.trim()) ? (
                        <span className="text-muted italic">Not written yet</span>
                      ) : expectation.notApplicable ? (
                        <span className="text-muted">Not applicable</span>
                      ) : (
                        <>
                          <p className="whitespace-pre-line">{expectation.text}</p>
                          {expectation.developAhead ? <Badge className="mt-1">Develop ahead</Badge> : null}
                          {expectation.indicators.length ? (
                            <ul className="mt-2 list-disc space-y-1 pl-4 text-xs">
                              {expectation.indicators.map((indicator) => (
                                <li key={indicator.key}>{indicator.text}</li>
                              ))}
                            </ul>
                          ) : null}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
