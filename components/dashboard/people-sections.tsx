import { Table, Td, Th } from "@/components/ui/table";
import { KIND_LABELS as ASSESSMENT_KIND_LABELS } from "@/lib/assessments/labels";
import { KIND_LABELS as SUPPORT_KIND_LABELS } from "@/lib/coaching/labels";
import { filterQuery, type DashboardFilters } from "@/lib/dashboard/filters";
import type { AssessmentKind } from "@/lib/db/generated/enums";
import type { CoachingSection, CompetencyChange, CoverageSection, PlanSection } from "@/lib/dashboard/queries";
import { lowestCoverage, mostAssessed } from "@/lib/dashboard/shown";
import { percentOf } from "@/lib/dashboard/tables";
import { LEARNING_TYPE_LABELS } from "@/lib/plans/labels";
import { ColumnChart, Legend, ShareBar } from "./bars";
import { SectionCard } from "./section-card";
import { LinkedCount, ShownNote, TableHead } from "./table-parts";

type CardProps<T> = { section: T; filters: DashboardFilters; exportHref: string };

const percentLabel = (part: number, whole: number) => {
  const percent = percentOf(part, whole);
  return percent === null ? "–" : `${percent}%`;
};

export function CoverageCard({ section, filters, exportHref }: CardProps<CoverageSection>) {
  const shown = lowestCoverage(section.byManager);
  const rows = [{ key: "all", manager: "Everyone", managerId: filters.managerId, people: section.people, covered: section.covered }, ...shown.map((row) => ({ key: row.managerId, ...row }))];
  return (
    <SectionCard
      id="coverage"
      title="Career conversation coverage"
      exportHref={exportHref}
      summary={
        section.people
          ? `${section.covered} of ${section.people} people with a manager (${percentLabel(section.covered, section.people)}) had a career conversation between ${section.start} and ${section.end}.`
          : "Nobody with a manager matches these filters."
      }
    >
      {section.people ? (
        <Table caption="People with a career conversation in the period, by manager, lowest coverage first; the counts without one link to those people">
          <TableHead text={["Manager"]} chart="Chart" figures={["Coverage", "People", "Without a conversation"]} />
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => {
              const without = row.people - row.covered;
              const href = `/hr/dashboard/people?${filterQuery({ ...filters, managerId: row.managerId }, { view: "uncovered" })}`;
              return (
                <tr key={row.key} className={row.key === "all" ? "bg-slate-50 font-medium" : undefined}>
                  <Td>{row.manager}</Td>
                  <Td>
                    <ShareBar share={percentOf(row.covered, row.people) ?? 0} />
                  </Td>
                  <Td className="text-right tabular-nums">{percentLabel(row.covered, row.people)}</Td>
                  <Td className="text-right tabular-nums">{row.people}</Td>
                  <LinkedCount count={without} href={href} label={`without a conversation: ${row.manager}`} />
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : null}
      <ShownNote shown={shown.length} total={section.byManager.length} what="managers with the lowest coverage" />
    </SectionCard>
  );
}

const KINDS: AssessmentKind[] = ["SELF", "MANAGER"];

function heatClass(change: number): string {
  if (change >= 1) return "bg-emerald-200";
  if (change > 0) return "bg-emerald-50";
  if (change <= -1) return "bg-amber-200";
  if (change < 0) return "bg-amber-50";
  return "bg-slate-100";
}

const signed = (value: number) => `${value > 0 ? "+" : value < 0 ? "−" : "±"}${Math.abs(value).toLocaleString("en-GB", { maximumFractionDigits: 2 })}`;

export function AssessmentCard({ rows, exportHref }: { rows: CompetencyChange[]; exportHref: string }) {
  const shown = mostAssessed(rows);
  const competencies = [...new Map(shown.map((row) => [row.competencyKey, row.competency])).entries()];
  const total = new Set(rows.map((row) => row.competencyKey)).size;
  const cells = new Map(shown.map((row) => [`${row.competencyKey} ${row.kind}`, row]));
  const cell = (key: string, kind: AssessmentKind) => cells.get(`${key} ${kind}`);
  const best = [...rows].sort((a, b) => b.averageChange - a.averageChange)[0];
  return (
    <SectionCard
      id="assessments"
      title="Change from start to end assessment"
      exportHref={exportHref}
      summary={
        best
          ? `Average change in level per competency between the start and end of induction. The largest is ${best.competency} (${signed(best.averageChange)} levels, ${ASSESSMENT_KIND_LABELS[best.kind].toLowerCase()}).`
          : "Nobody in these inductions has both a start and an end assessment yet."
      }
    >
      {rows.length ? (
        <Table caption="Heat map: average change in level from the start to the end assessment, per competency, with the number of people">
          <thead>
            <tr>
              <Th>Competency</Th>
              {KINDS.map((kind) => (
                <Th key={kind} className="text-center">
                  {ASSESSMENT_KIND_LABELS[kind]}
                </Th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {competencies.map(([key, name]) => (
              <tr key={key}>
                <Th scope="row" className="bg-white font-normal">
                  {name}
                </Th>
                {KINDS.map((kind) => {
                  const value = cell(key, kind);
                  return (
                    <Td key={kind} className={`text-center tabular-nums ${value ? heatClass(value.averageChange) : ""}`}>
                      {value ? (
                        <>
                          <span className="font-semibold">{signed(value.averageChange)}</span>
                          <span className="block text-xs">
                            {value.people} {value.people === 1 ? "person" : "people"}
                          </span>
                        </>
                      ) : (
                        <span className="text-muted">No pairs</span>
                      )}
                    </Td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      <ShownNote shown={competencies.length} total={total} what="competencies most people were assessed in" />
    </SectionCard>
  );
}

const monthLabel = (month: string) => new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

const SESSION_SERIES = [
  { key: "coaching", label: "Coaching sessions", className: "bg-brand-600" },
  { key: "mentoring", label: "Mentoring sessions", className: "bg-sky-300" },
] as const;

export function CoachingCard({ section, exportHref }: Omit<CardProps<CoachingSection>, "filters">) {
  const sessions = section.months.reduce((sum, month) => sum + month.coaching + month.mentoring, 0);
  return (
    <SectionCard
      id="coaching"
      title="Coaching and mentoring"
      exportHref={exportHref}
      summary={`${section.active.COACHING} active coaching and ${section.active.MENTORING} active mentoring relationships; ${sessions} ${sessions === 1 ? "session" : "sessions"} between ${section.start} and ${section.end}.`}
    >
      <dl className="grid grid-cols-2 gap-4">
        {(["COACHING", "MENTORING"] as const).map((kind) => (
          <div key={kind}>
            <dt className="text-sm text-muted">Active {SUPPORT_KIND_LABELS[kind].toLowerCase()} relationships</dt>
            <dd className="text-2xl font-semibold tabular-nums">{section.active[kind]}</dd>
          </div>
        ))}
      </dl>
      <Legend segments={SESSION_SERIES} />
      <ColumnChart
        columns={section.months.map((month) => ({
          label: monthLabel(month.month),
          values: SESSION_SERIES.map((series) => ({ label: series.label, value: month[series.key], className: series.className })),
        }))}
      />
      <Table caption="Coaching and mentoring sessions per month">
<TableHead text={["Month"]} figures={["Coaching", "Mentoring"]} />
        <tbody className="divide-y divide-slate-100">
          {section.months.map((month) => (
            <tr key={month.month}>
              <Td>{monthLabel(month.month)}</Td>
              <Td className="text-right tabular-nums">{month.coaching}</Td>
              <Td className="text-right tabular-nums">{month.mentoring}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </SectionCard>
  );
}

export function PlansCard({ section, exportHref }: Omit<CardProps<PlanSection>, "filters">) {
  const [doing, others, courses] = section.balance.map((row) => row.share);
  return (
    <SectionCard
      id="plans"
      title="Development plans: 70/20/10"
      exportHref={exportHref}
      summary={
        section.actions
          ? `${section.plans} development plans with ${section.actions} actions: ${doing}% learning by doing, ${others}% from other people and ${courses}% courses, against 70/20/10.`
          : `${section.plans} development plans, with no actions to weigh.`
      }
    >
      <Table caption="Plan actions by kind of learning, with each share against its target">
<TableHead text={["Kind of learning"]} chart="Share (line: target)" figures={["Share", "Target", "Actions", "Done"]} />
        <tbody className="divide-y divide-slate-100">
          {section.balance.map((row) => (
            <tr key={row.type}>
              <Td>{LEARNING_TYPE_LABELS[row.type].label}</Td>
              <Td>
                <ShareBar share={row.share} target={row.target} />
              </Td>
              <Td className="text-right tabular-nums">{row.share}%</Td>
              <Td className="text-right tabular-nums">{row.target}%</Td>
              <Td className="text-right tabular-nums">{row.count}</Td>
              <Td className="text-right tabular-nums">{row.done}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </SectionCard>
  );
}
