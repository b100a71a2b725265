import Link from "next/link";
import { UserPlus } from "lucide-react";
import { BenchTable } from "@/components/coaching/bench-table";
import { KindChoice } from "@/components/coaching/kind-explainer";
import { RelationshipsTable } from "@/components/coaching/relationships-table";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { requireRole } from "@/lib/auth/session";
import { KIND_LABELS } from "@/lib/coaching/labels";
import { listBench, listLeaders, listRelationships } from "@/lib/coaching/queries";

export const metadata = { title: "Coaching and mentoring" };

const SAVED = { added: "Added to the bench.", updated: "Profile saved.", removed: "Taken off the bench. Relationships already running carry on." } as const;

function Banner({ children }: { children: string }) {
  return (
    <p role="status" className="mb-6 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
      {children}
    </p>
  );
}

export default async function HrCoachingPage({ searchParams }: { searchParams: Promise<{ saved?: string; started?: string }> }) {
  const actor = await requireRole("HR_ADMIN");
  const [bench, leaders, relationships, { saved, started }] = await Promise.all([
    listBench(actor.organisationId),
    listLeaders(actor.organisationId),
    listRelationships(actor.organisationId),
    searchParams,
  ]);
  const savedMessage = saved && saved in SAVED ? SAVED[saved as keyof typeof SAVED] : null;
  const startedRelationship = relationships.find((relationship) => relationship.id === started);

  return (
    <>
      <PageHeader
        title="Coaching and mentoring"
        description="The people who coach and mentor new leaders, suggestions matched on the gaps leaders' assessments show, and the relationships running. You see how often each pair meets, never what they discuss."
        actions={
          <Button asChild>
            <Link href="/hr/coaching/bench/new">
              <UserPlus aria-hidden className="size-4" /> Add to the bench
            </Link>
          </Button>
        }
      />
      {savedMessage ? <Banner>{savedMessage}</Banner> : null}
      {startedRelationship ? (
        <Banner>{`${KIND_LABELS[startedRelationship.kind]} has started: ${startedRelationship.supporterName} and ${startedRelationship.leaderName} have both been told.`}</Banner>
      ) : null}

      <Card aria-labelledby="find-heading" className="mb-8">
        <h2 id="find-heading" className="text-lg font-semibold">
          Find a coach or mentor
        </h2>
        <p className="mt-1 mb-4 text-sm text-muted">Suggestions are ranked by how well their strengths cover the gaps the leader&apos;s assessments show.</p>
        {leaders.length === 0 ? (
          <p className="text-sm text-muted">Nobody wears the New leader hat yet. Give it to someone on the People page to find them support.</p>
        ) : (
          <form action="/hr/coaching/match" method="get" className="max-w-3xl space-y-4">
            <SelectField
              name="person"
              label="New leader"
              options={leaders.map((leader) => ({ value: leader.id, label: `${leader.name} (${leader.email})` }))}
              placeholder="Choose a new leader"
              defaultValue=""
              required
              className="max-w-md"
            />
            <KindChoice legend="What kind of support" />
            <Button type="submit">Show suggestions</Button>
          </form>
        )}
      </Card>

      <h2 className="mb-3 text-lg font-semibold">The bench</h2>
      <div className="mb-8">
        <BenchTable bench={bench} />
      </div>

      <h2 id="relationships" className="mb-3 text-lg font-semibold">
        Relationships
      </h2>
      <RelationshipsTable relationships={relationships} highlight={startedRelationship?.id} />
    </>
  );
}
