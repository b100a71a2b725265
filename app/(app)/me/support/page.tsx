import { KindExplainer } from "@/components/coaching/kind-explainer";
import { LogSessionForm } from "@/components/coaching/log-session-form";
import { RelationshipCard } from "@/components/coaching/relationship-card";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { listOwnRelationships } from "@/lib/coaching/queries";
import { logSessionAction } from "./actions";

export const metadata = { title: "My coaching and mentoring" };

export default async function MySupportPage() {
  const actor = await requireRole("LEADER");
  const { today, relationships } = await listOwnRelationships(actor, "leader");

  return (
    <>
      <PageHeader
        title="Coaching and mentoring"
        description="Your coaches and mentors, the goals you agreed with them and your sessions. The notes are for you and them only: HR sees that you meet and how often, not what was said."
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {relationships.length === 0 ? (
            <Card>
              <h2 className="text-lg font-semibold">No coach or mentor yet</h2>
              <p className="mt-2 text-sm text-muted">
                HR matches coaches and mentors to new leaders on the strength of the gaps their assessments show. Once you are matched, they appear here with the
                goals you agree.
              </p>
            </Card>
          ) : null}
          {relationships.map((relationship) => (
            <RelationshipCard key={relationship.id} relationship={relationship} viewer="leader">
              {relationship.status === "ACTIVE" ? (
                <LogSessionForm action={logSessionAction} relationshipId={relationship.id} today={today} withName={relationship.supporter.name} />
              ) : null}
            </RelationshipCard>
          ))}
        </div>
        <KindExplainer />
      </div>
    </>
  );
}
