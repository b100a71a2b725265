import { routePerson } from "@/lib/actions/route-responses";
import { format } from "date-fns";
import { recordExport } from "@/lib/audit/exports";
import { count } from "@/lib/csv/wording";
import { writePeopleCsv } from "@/lib/people/csv";
import { listPeopleForExport } from "@/lib/people/queries";

/** GET /hr/people/export[?status=all]: the organisation's people as CSV, in the import's columns. */
export async function GET(request: Request) {
  const person = await routePerson({ roles: ["HR_ADMIN"], refusal: "Only HR admins can export people." });
  if (person instanceof Response) return person;

  const status = new URL(request.url).searchParams.get("status") === "all" ? "all" : "active";
  const people = await listPeopleForExport(person.organisationId, status);
  await recordExport(person, {
    action: "people.exported",
    summary: `Exported ${count(people.length, "person", "people")} (${status === "all" ? "everyone" : "active people only"}) as CSV`,
    details: { rows: people.length, status },
  });
  // The byte order mark tells spreadsheet programs the file is UTF-8, so accented names survive.
  const body = `\uFEFF${writePeopleCsv(people)}`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="people-${format(new Date(), "yyyy-MM-dd")}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
