import { Card, PageHeader } from "@/components/ui/card";
import { MindsetShifts } from "@/components/transition/mindset-shifts";
import { requireRole } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/people/queries";
import { STAGE_LABELS, TRACK_LABELS } from "@/lib/roles/labels";

export const metadata = { title: "My transition" };

export default async function MyTransitionPage() {
  const actor = await requireRole("LEADER");
  const me = await getOwnProfile(actor.organisationId, actor.id);
  const role = me.jobRole;

  return (
    <>
      <PageHeader title="My transition" description={`Welcome, ${me.name}. This is your space for the move from expert to leader.`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">Your new role</h2>
          {role ? (
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted">Role</dt>
              <dd className="font-medium">{role.title}</dd>
              <dt className="text-muted">Track</dt>
              <dd>{TRACK_LABELS[role.track]}</dd>
              <dt className="text-muted">Career stage</dt>
              <dd>{STAGE_LABELS[role.careerStage]}</dd>
              <dt className="text-muted">Moving from</dt>
              <dd>{role.usuallyFollows?.title ?? "Not recorded"}</dd>
            </dl>
          ) : (
            <p className="mt-2 text-sm text-muted">HR has not recorded your job role yet. Ask your HR team to add it.</p>
          )}
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Who supports you</h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-muted">Manager</dt>
            <dd>{me.manager ? `${me.manager.name} (${me.manager.email})` : "No manager recorded"}</dd>
            <dt className="text-muted">Your reports</dt>
            <dd>{me._count.reports}</dd>
          </dl>
        </Card>
      </div>
      <h2 className="mb-3 mt-8 text-lg font-semibold">The three shifts ahead of you</h2>
      <MindsetShifts />
    </>
  );
}
