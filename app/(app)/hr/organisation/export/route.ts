import { recordAudit } from "@/lib/audit/record";
import { getCurrentPerson } from "@/lib/auth/session";
import { hasAnyRole } from "@/lib/auth/hats";
import { db } from "@/lib/db/client";
import { todayIn } from "@/lib/inductions/dates";
import { serialiseDocument } from "@/lib/portability/document";
import { exportOrganisation } from "@/lib/portability/export";

const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * POST /hr/organisation/export: the signed-in HR admin's organisation as one JSON file, with
 * what HR may read in the app (lib/portability/contents.ts). A POST, not a GET, because each
 * download writes an audit event; SameSite cookies keep other sites from sending one.
 */
export async function POST() {
  const person = await getCurrentPerson();
  if (!person) return plain(401, "Your session has ended. Please sign in again.");
  if (!hasAnyRole(person.roles, ["HR_ADMIN"])) return plain(403, "Only HR admins can export the organisation.");

  const document = await exportOrganisation(db, person.organisationId, "hr");
  await db.$transaction((tx) =>
    recordAudit(tx, {
      organisationId: person.organisationId,
      actorId: person.id,
      action: "organisation.exported",
      entityType: "Organisation",
      entityId: person.organisationId,
      summary: `${person.name} downloaded the organisation file`,
      details: { contents: document.contents, people: document.people.length },
    }),
  );
  return new Response(serialiseDocument(document), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="organisation-${todayIn(document.organisation.timeZone)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
