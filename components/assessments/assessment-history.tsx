import { format } from "date-fns";
import { Table, Td, Th } from "@/components/ui/table";
import { KIND_LABELS, MOMENT_LABELS } from "@/lib/assessments/labels";
import type { AssessmentRecord } from "@/lib/assessments/queries";

/** Every assessment recorded for the person, newest first. */
export function AssessmentHistory({ idPrefix, history, level = 2 }: { idPrefix: string; history: AssessmentRecord[]; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`${idPrefix}-history`} className="space-y-3">
      <Heading id={`${idPrefix}-history`} className="text-lg font-semibold">
        Assessments recorded
      </Heading>
      {history.length === 0 ? (
        <p className="text-sm text-muted">None yet.</p>
      ) : (
        <Table caption="Assessments recorded, newest first">
          <thead>
            <tr>
              <Th>Date</Th>
              <Th>Assessment</Th>
              <Th>When</Th>
              <Th>By</Th>
              <Th>Charter version</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {history.map((record) => (
              <tr key={record.id}>
                <Td>{format(record.createdAt, "d MMMM yyyy")}</Td>
                <Td>{KIND_LABELS[record.kind]}</Td>
                <Td>{MOMENT_LABELS[record.moment]}</Td>
                <Td>{record.assessorName ?? <span className="text-muted">Not recorded</span>}</Td>
                <Td>{record.charterVersionNumber}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
