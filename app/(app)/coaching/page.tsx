import Link from "next/link";
import { KindExplainer } from "@/components/coaching/kind-explainer";
import { LogSessionForm } from "@/components/coaching/log-session-form";
import { RelationshipCard } from "@/components/coaching/relationship-card";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { KIND_LABELS } from "@/lib/coaching/labels";
import { listOwnRelationships } from "@/lib/coaching/queries";
import { endRelationshipAction, logSessionAction } from "./actions";

export const metadata = { title: "Coaching" };

export default async function CoachingPage() {
  const actor = await requireRole("COACH");
  const { today, relationships } = await listOwnRelationships(actor, "supporter");
  const active = relationships.filter((relationship) => relationship.status === "ACTIVE");
  const ended = relationships.filter((relationship) => relationship.status === "ENDED");

  return (
    <>
      <PageHeader title="Coaching and mentoring" description="The new leaders you support, the goals you agreed and your sessions with them. Your session notes are for you and the leader only." />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {active.length === 0 ? (
            <Card>
              <h2 className="text-lg font-semibold">People you support</h2>
              <p className="mt-2 text-sm text-muted">
                You are not supporting anyone at the moment. HR matches coaches and mentors to new leaders on the strength of the gaps their assessments show; when
                you are matched, they appear here.
              </p>
            </Card>
          ) : null}
          {active.map((relationship) => (
            <RelationshipCard
              key={relationship.id}
              relationship={relationship}
              viewer="supporter"
              links={
                <>
                  {relationship.supportsInduction ? (
                    <Link href={`/team/${relationship.leader.id}`} className="text-brand-700 underline">
                      {relationship.leader.name}&apos;s induction
                    </Link>
                  ) : null}
                  <Link href={`/team/${relationship.leader.id}/plan`} className="text-brand-700 underline">
                    {relationship.leader.name}&apos;s development plan
                  </Link>
                </>
              }
            >
              <LogSessionForm action={logSessionAction} relationshipId={relationship.id} today={today} withName={relationship.leader.name} />
              <ButtonActionForm
                action={endRelationshipAction}
                fields={{ relationshipId: relationship.id }}
                label="End the relationship"
                variant="secondary"
                confirmation={`End your ${KIND_LABELS[relationship.kind].toLowerCase()} of ${relationship.leader.name} now? The sessions stay on record, and nobody can log more.`}
              />
            </RelationshipCard>
          ))}
          {ended.length > 0 ? (
            <section aria-labelledby="ended-heading" className="space-y-4">
              <h2 id="ended-heading" className="text-lg font-semibold">
                Ended
              </h2>
              {ended.map((relationship) => (
                <RelationshipCard key={relationship.id} relationship={relationship} viewer="supporter" />
              ))}
            </section>
          ) : null}
        </div>
        <KindExplainer />
      </div>
    </>
  );
}
