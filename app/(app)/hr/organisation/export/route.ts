import { routePerson } from "@/lib/actions/route-responses";
import { recordExport } from "@/lib/audit/exports";
import { db } from "@/lib/db/client";
import { todayIn } from "@/lib/inductions/dates";
import { serialiseDocument } from "@/lib/portability/document";
import { exportOrganisation } from "@/lib/portability/export";

/**
 * POST /hr/organisation/export: the signed-in HR admin's organisation as one JSON file, with
 * what HR may read in the app (lib/portability/contents.ts). A POST, not a GET, because each
 * download writes an audit event; SameSite cookies keep other sites from sending one.
 */
export async function POST() {
  const person = await routePerson({ roles: ["HR_ADMIN"], refusal: "Only HR admins can export the organisation." });
  if (person instanceof Response) return person;

  const document = await exportOrganisation(db, person.organisationId, "hr");
  await recordExport(person, {
    action: "organisation.exported",
    summary: `${person.name} downloaded the organisation file`,
    details: { contents: document.contents, people: document.people.length },
  });
  return new Response(serialiseDocument(document), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="organisation-${todayIn(document.organisation.timeZone)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
