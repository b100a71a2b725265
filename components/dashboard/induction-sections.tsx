import Link from "next/link";
import { Table, Td } from "@/components/ui/table";
import { filterQuery, type DashboardFilters } from "@/lib/dashboard/filters";
import type { InductionSection, StatusCounts } from "@/lib/dashboard/queries";
import { cohortsMostBehind } from "@/lib/dashboard/shown";
import { ALL_COHORTS, NO_COHORT } from "@/lib/dashboard/tables";
import { OWNER_LABELS } from "@/lib/inductions/template-labels";
import { Legend, StackedBar, type Segment } from "./bars";
import { SectionCard } from "./section-card";
import { LinkedCount, ShownNote, TableHead } from "./table-parts";

const STATUS_SEGMENTS = [
  { key: "done", label: "Done", className: "bg-brand-600" },
  { key: "waived", label: "Waived", className: "bg-slate-400" },
  { key: "open", label: "Open, not yet due", className: "bg-sky-200" },
  { key: "overdue", label: "Overdue", className: "bg-amber-500" },
] as const;

const STATUS_HEADINGS = ["Done", "Waived", "Open", "Overdue"];

const segmentsOf = (counts: StatusCounts): Segment[] => STATUS_SEGMENTS.map((segment) => ({ label: segment.label, value: counts[segment.key], className: segment.className }));
const totalOf = (counts: StatusCounts) => counts.done + counts.waived + counts.open + counts.overdue;
const sum = (rows: StatusCounts[], key: keyof StatusCounts) => rows.reduce((total, row) => total + row[key], 0);

function CountCells({ counts }: { counts: StatusCounts }) {
  return (
    <>
      <Td className="text-right tabular-nums">{counts.done}</Td>
      <Td className="text-right tabular-nums">{counts.waived}</Td>
      <Td className="text-right tabular-nums">{counts.open}</Td>
    </>
  );
}

const drillHref = (filters: DashboardFilters, owner?: string) => `/hr/dashboard/people?${filterQuery(filters, { view: "overdue", ...(owner ? { owner } : {}) })}`;


export function PhaseProgressCard({ section, filters, exportHref }: { section: InductionSection; filters: DashboardFilters; exportHref: string }) {
  const max = Math.max(0, ...section.overall.map(totalOf), ...section.byCohort.map(totalOf));
  const total = section.overall.reduce((all, row) => all + totalOf(row), 0);
  const settled = sum(section.overall, "done") + sum(section.overall, "waived");
  const overdue = sum(section.overall, "overdue");
  const cohorts = cohortsMostBehind(section.byCohort);
  return (
    <SectionCard
      id="phases"
      title="Induction progress by phase"
      exportHref={exportHref}
      summary={total ? `${settled} of ${total} induction items are done or waived; ${overdue} are overdue.` : "No induction items match these filters."}
    >
      {total ? (
        <>
          <Legend segments={STATUS_SEGMENTS} />
          <Table caption="Induction items by phase and status, for all inductions and for the cohorts with the most overdue items">
            <TableHead text={["Cohort", "Phase"]} chart="Chart" figures={STATUS_HEADINGS} />
            <tbody className="divide-y divide-slate-100">
              {[...(filters.cohortId ? [] : section.overall).map((row) => ({ ...row, cohortId: null, cohort: ALL_COHORTS, key: `all-${row.position}-${row.phase}`, all: true })),
                ...cohorts.rows.map((row) => ({ ...row, cohort: row.cohort ?? NO_COHORT, key: `${row.cohortId}-${row.position}-${row.phase}`, all: false }))].map((row) => (
                <tr key={row.key} className={row.all ? "bg-slate-50 font-medium" : undefined}>
                  <Td>{row.cohort}</Td>
                  <Td>{row.phase}</Td>
                  <Td>
                    <StackedBar segments={segmentsOf(row)} max={max} />
                  </Td>
                  <CountCells counts={row} />
                  {row.all || row.cohortId ? (
                    <LinkedCount
                      count={row.overdue}
                      href={drillHref(row.all ? filters : { ...filters, cohortId: row.cohortId ?? undefined })}
                      label={`overdue: people with overdue items, ${row.cohort}, ${row.phase}`}
                    />
                  ) : (
                    <Td className="text-right tabular-nums">{row.overdue}</Td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
          <ShownNote shown={cohorts.shown} total={cohorts.total} what="cohorts with the most overdue items" />
        </>
      ) : null}
    </SectionCard>
  );
}

export function OwnerCard({ section, filters, exportHref }: { section: InductionSection; filters: DashboardFilters; exportHref: string }) {
  const overdue = sum(section.byOwner, "overdue");
  const owed = section.byOwner.filter((row) => row.owner !== "INDIVIDUAL");
  const owedOverdue = sum(owed, "overdue");
  const max = Math.max(0, ...section.byOwner.map(totalOf));
  return (
    <SectionCard
      id="owners"
      title="Overdue items by owner"
      exportHref={exportHref}
      summary={
        overdue
          ? `${overdue} items are overdue; ${owedOverdue} of them are owed by the manager, HR or the organisation rather than the new leader.`
          : "Nothing is overdue: everyone is keeping their side of the deal."
      }
    >
      {section.byOwner.length ? (
        <Table caption="Induction items by owner and status; overdue counts link to the people concerned">
          <TableHead text={["Owner"]} chart="Chart" figures={STATUS_HEADINGS} />
          <tbody className="divide-y divide-slate-100">
            {section.byOwner.map((row) => (
              <tr key={row.owner}>
                <Td>{OWNER_LABELS[row.owner]}</Td>
                <Td>
                  <StackedBar segments={segmentsOf(row)} max={max} />
                </Td>
                <CountCells counts={row} />
                <LinkedCount count={row.overdue} href={drillHref(filters, row.owner)} label={`overdue: people with items owed by ${OWNER_LABELS[row.owner].toLowerCase()}`} />
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {overdue ? (
        <Link href={drillHref(filters)} className="text-sm text-brand-700 underline">
          Everyone with an overdue item
        </Link>
      ) : null}
    </SectionCard>
  );
}
