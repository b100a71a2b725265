import { AttentionList } from "@/components/inductions/running/attention-list";
import { InductionSummary } from "@/components/inductions/running/induction-summary";
import { InductionView } from "@/components/inductions/running/induction-view";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/db/or-not-found";
import { getTeamInduction } from "@/lib/inductions/induction-queries";

export const metadata = { title: "A report's induction" };

/** A report's induction for their manager; the coach or mentor it names sees it too (without the manager's controls), with what is shared with them. */
export default async function ReportInductionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("MANAGER", "COACH");
  const { id } = await params;
  const view = await orNotFound(getTeamInduction(actor, id));
  const items = view.phases.flatMap((phase) => phase.items);
  const toComplete = items.filter((item) => item.can.complete).length;
  const toSignOff = items.filter((item) => item.can.signOff).length;
  const manager = view.viewer.isManager;

  return (
    <>
      {manager ? <BackLink href="/team">My team</BackLink> : null}
      <PageHeader
        title={view.person.name}
        description={
          manager
            ? `${view.person.name}'s induction into ${view.jobRole.title}. Complete the items you owe as their manager, and sign off their finished items where the plan asks for it.`
            : `${view.person.name}'s induction into ${view.jobRole.title}, which you support as their coach or mentor, and the reflections they share with you.`
        }
      />
      <div className="mb-6 grid items-start gap-6 lg:grid-cols-2">
        <InductionSummary view={view} />
        <div className="space-y-6">
          {manager ? (
            <Card aria-labelledby="yours-heading">
              <h2 id="yours-heading" className="text-lg font-semibold">
                Waiting for you
              </h2>
              <p className="mt-2 text-sm">
                {toComplete === 0 && toSignOff === 0
                  ? "Nothing: every item you owe is done and nothing is waiting for your sign-off."
                  : `${toComplete} item${toComplete === 1 ? "" : "s"} to complete and ${toSignOff} to sign off. They have buttons in the plan below.`}
              </p>
            </Card>
          ) : null}
          <AttentionList view={view} />
        </div>
      </div>
      <InductionView view={view} />
    </>
  );
}
