import { Download } from "lucide-react";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditPager } from "@/components/audit/audit-pager";
import { AuditTable } from "@/components/audit/audit-table";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { filterQuery, parseAuditFilter, type FilterErrors } from "@/lib/audit/filters";
import { MAX_MATCHED_PEOPLE, PAGE_SIZE, getAuditPage, type AuditPage } from "@/lib/audit/log-queries";
import { requireRole } from "@/lib/auth/session";
import { list, quoted } from "@/lib/csv/wording";

export const metadata = { title: "Audit log" };

function PeopleNote({ person, log }: { person: string; log: AuditPage }) {
  if (log.personProblem?.kind === "nobody") return <>Nobody in your organisation has a name or email address containing {quoted(person)}.</>;
  if (log.personProblem?.kind === "too-many") {
    return <>More than {MAX_MATCHED_PEOPLE} people match {quoted(person)}. Type more of the name, or the whole email address.</>;
  }
  return <>Entries for {list(log.people.map((match) => `${match.name} (${match.email})`))}.</>;
}

/** The page-wide message: a stale paging link has no field to show its error beside. */
function problems({ page, ...fields }: FilterErrors) {
  const fieldsWrong = Object.keys(fields).length > 0 ? "Some filters could not be used, so nothing is listed. Correct the fields marked above and filter again." : null;
  return [...(page ?? []), fieldsWrong].filter(Boolean).join(" ");
}

/** HR's audit log: who changed what and when, and every reading of a private note; filtered by a GET form. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("HR_ADMIN");
  const parsed = parseAuditFilter(await searchParams);
  const log = parsed.ok ? await getAuditPage(actor.organisationId, parsed.filter) : null;
  const query = parsed.ok ? filterQuery(parsed.filter) : "";

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change to frameworks, charters, inductions, plans and people, every reading of a private note and every export: who, what and when. Entries cannot be edited or deleted."
        actions={
          parsed.ok ? (
            <Button asChild variant="secondary">
              <a href={`/hr/audit/export${query ? `?${query}` : ""}`} download>
                <Download aria-hidden className="size-4" /> Export CSV
              </a>
            </Button>
          ) : null
        }
      />
      <AuditFilterForm values={parsed.values} errors={parsed.ok ? undefined : parsed.fieldErrors} />
      <div aria-live="polite">
        {!parsed.ok ? (
          <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
            {problems(parsed.fieldErrors)}
          </p>
        ) : parsed.filter.person && log ? (
          <p className="mb-2 text-sm text-muted">
            <PeopleNote person={parsed.filter.person} log={log} />
          </p>
        ) : null}
      </div>
      {log ? (
        <>
          <p className="mb-2 text-sm text-muted">
            {PAGE_SIZE} entries a page, newest first. Times are in {log.timeZone}.
          </p>
          <AuditTable rows={log.rows} timeZone={log.timeZone} />
          <AuditPager query={query} newer={log.newer} older={log.older} />
        </>
      ) : null}
    </>
  );
}
