import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import { JobRoleForm } from "@/components/roles/job-role-form";
import { RoleCharterCard } from "@/components/charters/hr/role-charter-card";
import { requireRole } from "@/lib/auth/session";
import { getCharterWorkspace } from "@/lib/charters/queries";
import { orNotFound } from "@/lib/db/or-not-found";
import { getJobRole, listJobRoleOptions } from "@/lib/roles/queries";
import { deleteJobRoleAction, updateJobRoleAction } from "../actions";
import { createCharterAction } from "./charter/actions";

export const metadata = { title: "Job role" };

export default async function JobRolePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ discarded?: string }> }) {
  const actor = await requireRole("HR_ADMIN");
  const [{ id }, { discarded }] = await Promise.all([params, searchParams]);
  const [role, roles, charter] = await Promise.all([
    orNotFound(getJobRole(actor.organisationId, id)),
    listJobRoleOptions(actor.organisationId),
    orNotFound(getCharterWorkspace(actor.organisationId, id)),
  ]);
  return (
    <>
      <BackLink href="/hr/roles">Job roles</BackLink>
      <PageHeader title={role.title} />
      {discarded ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          The charter draft was discarded. The role has no charter until you start one again.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <JobRoleForm action={updateJobRoleAction} defaults={role} roles={roles.map((r) => ({ value: r.id, label: r.title }))} submitLabel="Save changes" />
        </Card>
        <div className="space-y-6">
          <RoleCharterCard roleId={role.id} versions={charter.versions} create={createCharterAction} />
          <Card>
            <h2 className="text-lg font-semibold">Roles that follow this one</h2>
            {role.followedBy.length ? (
              <ul className="mt-2 space-y-1 text-sm">
                {role.followedBy.map((next) => (
                  <li key={next.id}>
                    <Link href={`/hr/roles/${next.id}`} className="text-brand-700 underline">
                      {next.title}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-sm text-muted">No role lists this one as its usual predecessor.</p>
            )}
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Delete</h2>
            <p className="mb-3 mt-1 text-sm text-muted">
              {role._count.people
                ? `${role._count.people === 1 ? "One person holds" : `${role._count.people} people hold`} this role. Move them to another role before deleting it.`
                : "Nobody holds this role, so it can be deleted."}
            </p>
            <ButtonActionForm
              action={deleteJobRoleAction}
              fields={{ id: role.id }}
              label="Delete job role"
              pendingLabel="Deleting…"
              variant="danger"
              disabled={role._count.people > 0}
              confirmation={`Delete ${role.title}? This cannot be undone.`}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
