import { PlanReading } from "@/components/plans/plan-reading";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/db/or-not-found";
import { getPlanView } from "@/lib/plans/queries";

export const metadata = { title: "Development plan" };

/** HR reads anyone's development plan in the organisation; only the person changes it. */
export default async function PersonPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("HR_ADMIN");
  const { id } = await params;
  const view = await orNotFound(getPlanView(actor, id));
  const name = view.person.name;
  return (
    <>
      <BackLink href={`/hr/people/${view.person.id}`}>{name}</BackLink>
      <PageHeader title={`${name}'s development plan`} description={`${name} keeps the plan and changes it; HR reads it to see how the programme's 70/20/10 is holding up.`} />
      <PlanReading view={view} />
    </>
  );
}
