import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/card";
import { PersonForm } from "@/components/people/person-form";
import { requireRole } from "@/lib/auth/session";
import { listManagerOptions } from "@/lib/people/queries";
import { listJobRoleOptions } from "@/lib/roles/queries";
import { createPersonAction } from "../actions";

export const metadata = { title: "Add a person" };

export default async function NewPersonPage() {
  const actor = await requireRole("HR_ADMIN");
  const [jobRoles, managers] = await Promise.all([listJobRoleOptions(actor.organisationId), listManagerOptions(actor.organisationId)]);
  return (
    <>
      <BackLink href="/hr/people">People</BackLink>
      <PageHeader title="Add a person" description="Add someone to your organisation and choose which parts of the programme they take part in." />
      <PersonForm
        action={createPersonAction}
        jobRoles={jobRoles.map((r) => ({ value: r.id, label: r.title }))}
        managers={managers.map((m) => ({ value: m.id, label: `${m.name} (${m.email})` }))}
        submitLabel="Add person"
      />
    </>
  );
}
