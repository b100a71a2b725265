import { format } from "date-fns";
import type { AssessmentKind } from "@/lib/db/generated/enums";
import type { AssessmentOverview } from "@/lib/assessments/queries";

const KINDS: { kind: AssessmentKind; label: string }[] = [
  { kind: "SELF", label: "Self-assessment" },
  { kind: "MANAGER", label: "Manager's assessment" },
];

/** Which of the induction's start and end assessments are recorded, and when. */
export function MomentStatus({ overview }: { overview: Pick<AssessmentOverview, "induction" | "history"> }) {
  const induction = overview.induction;
  if (!induction) return <p className="text-sm text-muted">There is no induction, so only check-ins can be recorded.</p>;
  const recorded = (kind: AssessmentKind, moment: "START" | "END") => {
    const record = overview.history.find((row) => row.kind === kind && row.moment === moment && row.inductionId === induction.id);
    return record ? `Recorded ${format(record.createdAt, "d MMMM yyyy")}` : "Not yet";
  };
  return (
    <table className="text-sm">
      <caption className="sr-only">The induction&apos;s start and end assessments</caption>
      <thead>
        <tr>
          <td />
          <th scope="col" className="px-3 py-1 text-left font-medium">
            Start of the induction
          </th>
          <th scope="col" className="px-3 py-1 text-left font-medium">
            End of the induction
          </th>
        </tr>
      </thead>
      <tbody>
        {KINDS.map(({ kind, label }) => (
          <tr key={kind}>
            <th scope="row" className="py-1 pr-3 text-left font-medium">
              {label}
            </th>
            <td className="px-3 py-1">{recorded(kind, "START")}</td>
            <td className="px-3 py-1">{recorded(kind, "END")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
