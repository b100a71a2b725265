import Link from "next/link";
import { Download, Upload, UserPlus } from "lucide-react";
import { Badge, PageHeader } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { ROLE_LABELS } from "@/lib/auth/hats";
import { requireRole } from "@/lib/auth/session";
import { listPeople, type PeopleFilter } from "@/lib/people/queries";
import { peopleFilterSchema } from "@/lib/people/schemas";

export const metadata = { title: "People" };

function pageHref(filter: PeopleFilter, page: number) {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.status && filter.status !== "active") params.set("status", filter.status);
  if (filter.role) params.set("role", filter.role);
  if (filter.manager) params.set("manager", filter.manager);
  params.set("page", String(page));
  return `/hr/people?${params}`;
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("HR_ADMIN");
  const parsed = peopleFilterSchema.safeParse(await searchParams);
  const filter: PeopleFilter = parsed.success ? parsed.data : {};
  const { rows, total, page, pageCount } = await listPeople(actor.organisationId, filter);

  return (
    <>
      <PageHeader
        title="People"
        description="Everyone in your organisation, their manager, job role and the parts of the programme they take part in."
        actions={
          <>
            <Button asChild variant="secondary">
              <Link href="/hr/people/import">
                <Upload aria-hidden className="size-4" /> Import CSV
              </Link>
            </Button>
            <Button asChild variant="secondary">
              <a href="/hr/people/export" download>
                <Download aria-hidden className="size-4" /> Export CSV
              </a>
            </Button>
            <Button asChild>
              <Link href="/hr/people/new">
                <UserPlus aria-hidden className="size-4" /> Add person
              </Link>
            </Button>
          </>
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter people">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Name or email
          </label>
          <input id="q" name="q" defaultValue={filter.q} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm" />
        </div>
        <div>
          <label htmlFor="role" className="block text-sm font-medium">
            App role
          </label>
          <select id="role" name="role" defaultValue={filter.role ?? ""} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm">
            <option value="">Any</option>
            {Object.entries(ROLE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">
            Status
          </label>
          <select id="status" name="status" defaultValue={filter.status ?? "active"} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm">
            <option value="active">Active</option>
            <option value="inactive">Deactivated</option>
            <option value="all">Everyone</option>
          </select>
        </div>
        {filter.manager ? <input type="hidden" name="manager" value={filter.manager} /> : null}
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {filter.q || filter.role || filter.manager || (filter.status && filter.status !== "active") ? (
          <Link href="/hr/people" className="py-2 text-sm text-brand-700 underline">
            Clear filters
          </Link>
        ) : null}
      </form>
      <p className="mb-2 text-sm text-muted" aria-live="polite">
        {total === 1 ? "1 person" : `${total.toLocaleString("en-GB")} people`}
        {filter.manager === "none" ? " with no manager" : ""}
      </p>
      <Table caption="People in your organisation">
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Job role</Th>
            <Th>Manager</Th>
            <Th>App roles</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((person) => (
            <tr key={person.id}>
              <Td>
                <Link href={`/hr/people/${person.id}`} className="font-medium text-brand-700 underline">
                  {person.name}
                </Link>
                <span className="block text-xs text-muted">{person.email}</span>
                {!person.active ? <Badge className="mt-1 bg-amber-100 text-amber-900">Deactivated</Badge> : null}
              </Td>
              <Td>{person.jobRole?.title ?? <span className="text-muted">None</span>}</Td>
              <Td>{person.manager?.name ?? <span className="text-muted">None</span>}</Td>
              <Td>
                <div className="flex flex-wrap gap-1">
                  {person.roles.map((role) => (
                    <Badge key={role}>{ROLE_LABELS[role]}</Badge>
                  ))}
                </div>
              </Td>
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <Td colSpan={4} className="py-6 text-center text-muted">
                Nobody matches these filters.
              </Td>
            </tr>
          ) : null}
        </tbody>
      </Table>
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
          {page > 1 ? <Link href={pageHref(filter, page - 1)} className="text-brand-700 underline">Previous</Link> : null}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? <Link href={pageHref(filter, page + 1)} className="text-brand-700 underline">Next</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
