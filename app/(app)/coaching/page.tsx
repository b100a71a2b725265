import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";

export const metadata = { title: "Coaching" };

export default async function CoachingPage() {
  await requireRole("COACH");
  return (
    <>
      <PageHeader title="Coaching and mentoring" description="The new leaders you support, your sessions with them and the goals you agreed." />
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">People you support</h2>
          <p className="mt-2 text-sm text-muted">
            You are not supporting anyone yet. HR matches coaches and mentors to new leaders on the strength of the gaps their
            assessments show; when you are matched, they appear here.
          </p>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Coaching or mentoring?</h2>
          <dl className="mt-2 space-y-2 text-sm">
            <dt className="font-medium">Coaching</dt>
            <dd className="text-muted">Helps the leader find their own answers through questions and reflection, usually over a set number of sessions.</dd>
            <dt className="font-medium">Mentoring</dt>
            <dd className="text-muted">Shares the mentor&apos;s own experience and advice, usually over a longer, looser relationship.</dd>
          </dl>
        </Card>
      </div>
    </>
  );
}
