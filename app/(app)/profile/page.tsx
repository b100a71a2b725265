import { Badge, Card, PageHeader } from "@/components/ui/card";
import { ChangePasswordForm } from "@/components/profile/change-password-form";
import { ROLE_LABELS } from "@/lib/auth/hats";
import { requirePerson } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/people/queries";

export const metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const actor = await requirePerson();
  const me = await getOwnProfile(actor.organisationId, actor.id);
  return (
    <>
      <PageHeader title="Your profile" description="Your details as HR recorded them. Ask your HR team to correct anything that is wrong." />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-muted">Name</dt>
            <dd className="font-medium">{me.name}</dd>
            <dt className="text-muted">Email</dt>
            <dd>{me.email}</dd>
            <dt className="text-muted">Organisation</dt>
            <dd>{actor.organisationName}</dd>
            <dt className="text-muted">Job role</dt>
            <dd>{me.jobRole?.title ?? "Not recorded"}</dd>
            <dt className="text-muted">Manager</dt>
            <dd>{me.manager?.name ?? "None"}</dd>
            <dt className="text-muted">App roles</dt>
            <dd className="flex flex-wrap gap-1">
              {me.roles.length ? me.roles.map((role) => <Badge key={role}>{ROLE_LABELS[role]}</Badge>) : "None yet"}
            </dd>
          </dl>
        </Card>
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Change your password</h2>
          <ChangePasswordForm />
        </Card>
      </div>
    </>
  );
}
