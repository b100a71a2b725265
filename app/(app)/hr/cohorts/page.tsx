import Link from "next/link";
import { Upload, UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { InductionTable } from "@/components/inductions/enrolment/induction-table";
import { ProgressMeter } from "@/components/inductions/enrolment/progress-meter";
import { EnrolledBanner } from "@/components/inductions/enrolment/enrolled-banner";
import { requireRole } from "@/lib/auth/session";
import { listCohorts, UNGROUPED_SHOWN } from "@/lib/inductions/cohort-queries";
import { formatDay } from "@/lib/inductions/enrolment-dates";

export const metadata = { title: "Cohorts" };

export default async function CohortsPage({ searchParams }: { searchParams: Promise<{ enrolled?: string }> }) {
  const actor = await requireRole("HR_ADMIN");
  const [{ cohorts, ungrouped, ungroupedTotal }, { enrolled }] = await Promise.all([listCohorts(actor.organisationId), searchParams]);

  return (
    <>
      <PageHeader
        title="Cohorts"
        description="People moving into leadership roles, enrolled one at a time or as a cohort that starts together. Each induction is a copy of its template, dated from the person's start date."
        actions={
          <>
            <Button asChild>
              <Link href="/hr/cohorts/new">
                <UserPlus aria-hidden className="size-4" /> Enrol a person
              </Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href="/hr/cohorts/import">
                <Upload aria-hidden className="size-4" /> Import a cohort
              </Link>
            </Button>
          </>
        }
      />
      <EnrolledBanner organisationId={actor.organisationId} inductionId={enrolled} />

      <h2 className="mb-3 text-lg font-semibold">Cohorts</h2>
      <Table caption="Cohorts, with their members and average progress">
        <thead>
          <tr>
            <Th>Cohort</Th>
            <Th>First start date</Th>
            <Th className="text-right">Members</Th>
            <Th>Average progress</Th>
            <Th className="text-right">Overdue items</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {cohorts.map((cohort) => (
            <tr key={cohort.id}>
              <Td>
                <Link href={`/hr/cohorts/${cohort.id}`} className="font-medium text-brand-700 underline">
                  {cohort.name}
                </Link>
              </Td>
              <Td className="whitespace-nowrap">{cohort.startedOn ? formatDay(cohort.startedOn) : <span className="text-muted">None</span>}</Td>
              <Td className="text-right tabular-nums">
                {cohort.members}
                {cohort.running < cohort.members ? <span className="block text-xs text-muted">{cohort.members - cohort.running} complete</span> : null}
              </Td>
              <Td>
                {cohort.averagePercent === null ? (
                  <span className="text-muted">No members</span>
                ) : (
                  <ProgressMeter percent={cohort.averagePercent} label={`${cohort.name}: ${cohort.averagePercent}% on average`} />
                )}
              </Td>
              <Td className="text-right tabular-nums">{cohort.overdue}</Td>
            </tr>
          ))}
          {cohorts.length === 0 ? (
            <tr>
              <Td colSpan={5} className="py-6 text-center text-muted">
                No cohorts yet. Import a cohort from a spreadsheet, or name one when you enrol a person.
              </Td>
            </tr>
          ) : null}
        </tbody>
      </Table>

      <h2 className="mt-8 mb-1 text-lg font-semibold">Inductions outside a cohort</h2>
      <p className="mb-3 text-sm text-muted">
        {ungroupedTotal > ungrouped.length
          ? `The ${UNGROUPED_SHOWN} most recent starts of ${ungroupedTotal.toLocaleString("en-GB")} inductions running outside a cohort.`
          : "People enrolled on their own, whose inductions are running."}
      </p>
      <InductionTable caption="Inductions running outside a cohort" inductions={ungrouped} empty="No inductions are running outside a cohort." />
    </>
  );
}
