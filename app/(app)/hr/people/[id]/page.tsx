import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { format } from "date-fns";
import { Card, PageHeader } from "@/components/ui/card";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import { PersonForm } from "@/components/people/person-form";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/db/or-not-found";
import { getPerson, listManagerOptions } from "@/lib/people/queries";
import { listJobRoleOptions } from "@/lib/roles/queries";
import { deactivatePersonAction, reactivatePersonAction, updatePersonAction } from "../actions";

export const metadata = { title: "Person" };

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const actor = await requireRole("HR_ADMIN");
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const [person, jobRoles, managers] = await Promise.all([
    orNotFound(getPerson(actor.organisationId, id)),
    listJobRoleOptions(actor.organisationId),
    listManagerOptions(actor.organisationId),
  ]);

  return (
    <>
      <BackLink href="/hr/people">People</BackLink>
      <PageHeader title={person.name} description={person.active ? person.email : `${person.email} · deactivated`} />
      <p className="-mt-4 mb-4 text-sm"><Link href={`/hr/people/${person.id}/plan`} className="text-brand-700 underline">Development plan</Link></p>
      {created ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          {person.name} has been added.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Details</h2>
          <PersonForm
            action={updatePersonAction}
            defaults={person}
            jobRoles={jobRoles.map((r) => ({ value: r.id, label: r.title }))}
            managers={managers.map((m) => ({ value: m.id, label: `${m.name} (${m.email})` }))}
            submitLabel="Save changes"
          />
        </Card>
        <div className="space-y-6">
          <Card>
            <h2 className="text-lg font-semibold">Access</h2>
            <p className="mb-4 mt-1 text-sm text-muted">
              {person.active
                ? "Deactivating stops them signing in straight away. Their records stay for reporting."
                : `Deactivated ${person.deactivatedAt ? `on ${format(person.deactivatedAt, "d MMMM yyyy")}` : ""}. Reactivate to let them sign in again.`}
            </p>
            <ButtonActionForm
              action={person.active ? deactivatePersonAction : reactivatePersonAction}
              fields={{ id: person.id }}
              label={person.active ? "Deactivate" : "Reactivate"}
              variant={person.active ? "danger" : "secondary"}
              confirmation={person.active ? `${person.name} will be signed out and cannot sign in until reactivated.` : undefined}
            />
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Career conversations</h2>
            <p className="mt-1 text-sm text-muted">The shared record, private notes only with a reason, and who has opened them.</p>
            <Link href={`/hr/people/${person.id}/conversations`} className="mt-2 inline-block text-sm text-brand-700 underline">
              See career conversations
            </Link>
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Direct reports</h2>
            {person.reports.length ? (
              <ul className="mt-2 space-y-1 text-sm">
                {person.reports.map((report) => (
                  <li key={report.id}>
                    <Link href={`/hr/people/${report.id}`} className="text-brand-700 underline">
                      {report.name}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-sm text-muted">Nobody reports to {person.name}.</p>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
