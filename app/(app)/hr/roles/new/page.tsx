import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/card";
import { JobRoleForm } from "@/components/roles/job-role-form";
import { requireRole } from "@/lib/auth/session";
import { listJobRoleOptions } from "@/lib/roles/queries";
import { createJobRoleAction } from "../actions";

export const metadata = { title: "Add a job role" };

export default async function NewJobRolePage() {
  const actor = await requireRole("HR_ADMIN");
  const roles = await listJobRoleOptions(actor.organisationId);
  return (
    <>
      <BackLink href="/hr/roles">Job roles</BackLink>
      <PageHeader title="Add a job role" />
      <JobRoleForm action={createJobRoleAction} roles={roles.map((r) => ({ value: r.id, label: r.title }))} submitLabel="Add job role" />
    </>
  );
}
