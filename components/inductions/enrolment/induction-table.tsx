import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { InductionRow } from "@/lib/inductions/cohort-queries";
import { formatDay } from "@/lib/inductions/enrolment-dates";
import { ProgressMeter } from "./progress-meter";

/** Inductions as HR follows them: who, into what, from when, under whom, how far along, what is late. */
export function InductionTable({ caption, inductions, empty }: { caption: string; inductions: InductionRow[]; empty: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Person</Th>
          <Th>Job role</Th>
          <Th>Start date</Th>
          <Th>Manager</Th>
          <Th>Progress</Th>
          <Th className="text-right">Overdue items</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {inductions.map((induction) => (
          <tr key={induction.id}>
            <Td>
              <Link href={`/hr/enrolments/${induction.id}`} className="font-medium text-brand-700 underline">
                {induction.personName}
              </Link>
              <span className="block text-xs text-muted">{induction.personEmail}</span>
            </Td>
            <Td>{induction.jobRole}</Td>
            <Td className="whitespace-nowrap">{formatDay(induction.startDate)}</Td>
            <Td>{induction.managerName ?? <span className="text-muted">None</span>}</Td>
            <Td>
              <ProgressMeter percent={induction.progress.percent} label={`${induction.personName}: ${induction.progress.percent}% complete`} />
              <span className="block text-xs text-muted">
                {induction.completed ? "Complete" : `${induction.progress.settled} of ${induction.progress.total} items complete`}
              </span>
            </Td>
            <Td className="text-right tabular-nums">
              {induction.progress.overdue ? <Badge className="bg-red-100 text-red-900">{induction.progress.overdue}</Badge> : <span className="text-muted">0</span>}
            </Td>
          </tr>
        ))}
        {inductions.length === 0 ? (
          <tr>
            <Td colSpan={6} className="py-6 text-center text-muted">
              {empty}
            </Td>
          </tr>
        ) : null}
      </tbody>
    </Table>
  );
}
