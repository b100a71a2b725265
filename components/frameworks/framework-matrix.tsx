import { Badge } from "@/components/ui/card";
import { findExpectation, type FrameworkDocument } from "@/lib/frameworks/document";
import { MatrixTable } from "./matrix-table";

/** A version read-only: competencies down (grouped by cluster), stages across, each cell its expectation. */
export function FrameworkMatrix({ doc }: { doc: FrameworkDocument }) {
  return (
    <MatrixTable
      doc={doc}
      caption="Competencies by career stage"
      regionLabel="Competencies by career stage"
      showClusterDescriptions
      empty={(missing) => <p className="text-sm text-muted">This version has no {missing === "stage" ? "stages" : "competencies"} yet.</p>}
      renderRow={(competency) => (
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
      )}
    />
  );
}
