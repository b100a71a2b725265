import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { DRILL_DOWN_LIMIT, peopleWithOverdueItems, peopleWithoutConversation, type DrillDownPerson } from "@/lib/dashboard/drill-down";
import { filterQuery, parseFilters } from "@/lib/dashboard/filters";
import type { ItemOwner } from "@/lib/db/generated/enums";
import { organisationToday } from "@/lib/inductions/induction-queries";
import { OWNER_LABELS } from "@/lib/inductions/template-labels";

export const metadata = { title: "People behind the figure" };

const OWNERS = Object.keys(OWNER_LABELS) as ItemOwner[];

type Columns = { detail: string; count: string | null; date: string };

/** The people behind a dashboard figure: names linking to their pages, and only counts and dates beside them. */
export default async function DashboardPeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("HR_ADMIN");
  const params = await searchParams;
  const filters = parseFilters(params);
  const { today } = await organisationToday(actor.organisationId);
  const owner = OWNERS.find((candidate) => candidate === params.owner) ?? null;
  const uncovered = params.view === "uncovered";

  let title: string;
  let description: string;
  let columns: Columns;
  let people: DrillDownPerson[];
  if (uncovered) {
    const result = await peopleWithoutConversation(actor.organisationId, filters, today);
    title = "People without a recent career conversation";
    description = `Active people with a manager and no career conversation between ${result.start} and ${result.end}.`;
    columns = { detail: "Manager", count: null, date: "Last conversation" };
    people = result.people;
  } else {
    people = await peopleWithOverdueItems(actor.organisationId, filters, today, owner);
    title = owner ? `Overdue items owed by ${OWNER_LABELS[owner].toLowerCase()}` : "People with overdue induction items";
    description = `New leaders whose inductions have items still open after their due date, as of ${today}.`;
    columns = { detail: "Job role", count: "Overdue items", date: "Earliest due date" };
  }
  const shown = people.slice(0, DRILL_DOWN_LIMIT);
  const query = filterQuery(filters);

  return (
    <>
      <BackLink href={`/hr${query ? `?${query}` : ""}`}>Back to the dashboard</BackLink>
      <PageHeader title={title} description={query ? `${description} Narrowed by the dashboard's filters.` : description} />
      {shown.length ? (
        <Table caption={title}>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>{columns.detail}</Th>
              {columns.count ? <Th className="text-right">{columns.count}</Th> : null}
              <Th>{columns.date}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map((person) => (
              <tr key={person.id}>
                <Td>
                  <Link href={`/hr/people/${person.id}`} className="text-brand-700 underline">
                    {person.name}
                  </Link>
                </Td>
                <Td>{person.detail ?? "—"}</Td>
                {columns.count ? <Td className="text-right tabular-nums">{person.count}</Td> : null}
                <Td className="tabular-nums">{person.date ?? "Never"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p className="text-sm text-muted">Nobody: this figure is zero under these filters.</p>
      )}
      {people.length > DRILL_DOWN_LIMIT ? <p className="mt-3 text-sm text-muted">Showing the first {DRILL_DOWN_LIMIT}; narrow the filters to see the rest.</p> : null}
    </>
  );
}
