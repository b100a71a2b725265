import { format } from "date-fns";
import { getCurrentPerson } from "@/lib/auth/session";
import { hasAnyRole } from "@/lib/auth/hats";
import { recordExport } from "@/lib/audit/exports";
import { count } from "@/lib/csv/wording";
import { writePeopleCsv } from "@/lib/people/csv";
import { listPeopleForExport } from "@/lib/people/queries";

const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** GET /hr/people/export[?status=all]: the organisation's people as CSV, in the import's columns. */
export async function GET(request: Request) {
  const person = await getCurrentPerson();
  if (!person) return plain(401, "Your session has ended. Please sign in again.");
  if (!hasAnyRole(person.roles, ["HR_ADMIN"])) return plain(403, "Only HR admins can export people.");

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
