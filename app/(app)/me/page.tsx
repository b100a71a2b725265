import Link from "next/link";
import { AttentionList } from "@/components/inductions/running/attention-list";
import { InductionSummary } from "@/components/inductions/running/induction-summary";
import { InductionView } from "@/components/inductions/running/induction-view";
import { Card, PageHeader } from "@/components/ui/card";
import { MindsetShifts } from "@/components/transition/mindset-shifts";
import { requireRole } from "@/lib/auth/session";
import { getOwnInduction, type InductionView as View } from "@/lib/inductions/induction-queries";
import { formatMoment } from "@/lib/inductions/item-labels";
import { getOwnProfile } from "@/lib/people/queries";
import { STAGE_LABELS, TRACK_LABELS } from "@/lib/roles/labels";

export const metadata = { title: "My transition" };

export default async function MyTransitionPage() {
  const actor = await requireRole("LEADER");
  const [me, induction] = await Promise.all([getOwnProfile(actor.organisationId, actor.id), getOwnInduction(actor)]);
  const role = me.jobRole;

  return (
    <>
      <PageHeader title="My transition" description={`Welcome, ${me.name}. This is your space for the move from expert to leader.`} />
      {induction ? (
        <>
          <div className="mb-6 grid items-start gap-6 lg:grid-cols-2">
            <InductionSummary view={induction} showPeople={false} />
            <AttentionList view={induction} />
          </div>
          <div className="mb-8 grid items-start gap-6 lg:grid-cols-2">
            {induction.charter ? <CharterCard view={induction} /> : null}
            <ReflectionsCard view={induction} />
          </div>
          <p className="mb-4 max-w-3xl text-sm text-muted">
            Your induction plan, phase by phase. Tick off your own items as you do them and add evidence where it helps; the items your manager, HR and the
            organisation owe you are here too, so you can see that they are on their way.
          </p>
          <InductionView view={induction} />
        </>
      ) : (
        <Card className="mb-8">
          <h2 className="text-lg font-semibold">Your induction</h2>
          <p className="mt-2 text-sm text-muted">HR has not enrolled you in an induction yet. When they do, your plan, what is due and your reflections appear here.</p>
        </Card>
      )}
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
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
          {role ? (
            <p className="mt-4 text-sm">
              <Link href="/me/charter" className="font-medium text-brand-700 underline">
                Read your role charter
              </Link>
              : what changes in the move, and what you and the organisation commit to.
            </p>
          ) : null}
          {role ? (
            <p className="mt-2 text-sm">
              <Link href="/me/assessment" className="font-medium text-brand-700 underline">
                Assess yourself
              </Link>
              {" "}against the competencies your role asks for, and see how your manager sees you.
            </p>
          ) : null}
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Who supports you</h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-muted">Manager</dt>
            <dd>{me.manager ? `${me.manager.name} (${me.manager.email})` : "No manager recorded"}</dd>
            {induction ? (
              <>
                <dt className="text-muted">Coach or mentor</dt>
                <dd>{induction.supporter?.name ?? "None named yet"}</dd>
              </>
            ) : null}
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

/** The charter the induction asks the leader to acknowledge, and where they stand with it. */
function CharterCard({ view }: { view: View }) {
  const charter = view.charter;
  return (
    <Card aria-labelledby="charter-heading">
      <h2 id="charter-heading" className="text-lg font-semibold">
        Your charter
      </h2>
      {!charter?.published ? (
        <p className="mt-2 text-sm text-muted">HR has not published the charter for {view.jobRole.title} yet. It will appear here when they do.</p>
      ) : charter.acknowledgedAt ? (
        <p className="mt-2 text-sm">
          You acknowledged version {charter.number} of the {view.jobRole.title} charter on {formatMoment(charter.acknowledgedAt, view.timeZone)}.{" "}
          <Link href="/me/charter" className="text-brand-700 underline">
            Read it again
          </Link>
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm">Version {charter.number} of the {view.jobRole.title} charter is waiting for you to read and acknowledge it.</p>
          <p className="mt-3 text-sm">
            <Link href="/me/charter" className="font-medium text-brand-700 underline">
              Read and acknowledge your charter
            </Link>
          </p>
        </>
      )}
    </Card>
  );
}

function ReflectionsCard({ view }: { view: View }) {
  const prompts = view.phases.flatMap((phase) => phase.items).filter((item) => item.kind === "REFLECTION");
  const written = prompts.filter((item) => item.reflected).length;
  const shared = view.reflections.filter((reflection) => reflection.sharedWithManager || reflection.sharedWithSupporter).length;
  return (
    <Card aria-labelledby="reflections-card-heading">
      <h2 id="reflections-card-heading" className="text-lg font-semibold">
        Your reflections
      </h2>
      <p className="mt-2 text-sm">
        {prompts.length === 0
          ? "Your induction has no reflection prompts. "
          : `You have written ${written} of ${prompts.length} reflection${prompts.length === 1 ? "" : "s"}${shared > 0 ? `, and shared ${shared}` : ""}. `}
        They are private to you unless you share them with your manager or your coach or mentor.
      </p>
      {prompts.length > 0 ? (
        <p className="mt-3 text-sm">
          <Link href="/me/reflections" className="font-medium text-brand-700 underline">
            {written < prompts.length ? "Write your reflections" : "Read or edit your reflections"}
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
