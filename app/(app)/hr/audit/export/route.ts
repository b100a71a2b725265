import { getCurrentPerson } from "@/lib/auth/session";
import { hasAnyRole } from "@/lib/auth/hats";
import { auditCsv } from "@/lib/audit/csv";
import { recordExport } from "@/lib/audit/exports";
import { count } from "@/lib/csv/wording";
import { filterQuery, parseAuditFilter } from "@/lib/audit/filters";
import { EXPORT_LIMIT, listAuditExport } from "@/lib/audit/log-queries";
import { todayIn } from "@/lib/inductions/dates";

const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** GET /hr/audit/export?person=…&type=…: the audit log under the page's filters, as CSV. The export is itself audited. */
export async function GET(request: Request) {
  const person = await getCurrentPerson();
  if (!person) return plain(401, "Your session has ended. Please sign in again.");
  if (!hasAnyRole(person.roles, ["HR_ADMIN"])) return plain(403, "Only HR admins can export the audit log.");

  const parsed = parseAuditFilter(new URL(request.url).searchParams);
  if (!parsed.ok) return plain(400, `The log cannot be exported with these filters:\n${Object.values(parsed.fieldErrors).flat().join("\n")}`);
  const { timeZone, rows, tooMany } = await listAuditExport(person.organisationId, parsed.filter);
  if (tooMany) return plain(413, `More than ${EXPORT_LIMIT.toLocaleString("en-GB")} entries match these filters. Narrow the dates or the object type and export again.`);

  const filters = filterQuery(parsed.filter);
  await recordExport(person, {
    action: "audit.exported",
    summary: `Exported ${count(rows.length, "audit log entry", "audit log entries")} as CSV`,
    details: { rows: rows.length, filters },
  });
  return new Response(auditCsv(rows, timeZone), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${todayIn(timeZone)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
