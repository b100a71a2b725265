import { plainResponse, routePerson } from "@/lib/actions/route-responses";
import { auditCsv } from "@/lib/audit/csv";
import { recordExport } from "@/lib/audit/exports";
import { count } from "@/lib/csv/wording";
import { filterQuery, parseAuditFilter } from "@/lib/audit/filters";
import { EXPORT_LIMIT, listAuditExport } from "@/lib/audit/log-queries";
import { todayIn } from "@/lib/inductions/dates";

/** GET /hr/audit/export?person=…&type=…: the audit log under the page's filters, as CSV. The export is itself audited. */
export async function GET(request: Request) {
  const person = await routePerson({ roles: ["HR_ADMIN"], refusal: "Only HR admins can export the audit log." });
  if (person instanceof Response) return person;

  const parsed = parseAuditFilter(new URL(request.url).searchParams);
  if (!parsed.ok) return plainResponse(400, `The log cannot be exported with these filters:\n${Object.values(parsed.fieldErrors).flat().join("\n")}`);
  const { timeZone, rows, tooMany } = await listAuditExport(person.organisationId, parsed.filter);
  if (tooMany) return plainResponse(413, `More than ${EXPORT_LIMIT.toLocaleString("en-GB")} entries match these filters. Narrow the dates or the object type and export again.`);

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
