import { notFound } from "next/navigation";
import { PlanReading } from "@/components/plans/plan-reading";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/db/or-not-found";
import { getPlanView } from "@/lib/plans/queries";

export const metadata = { title: "Development plan" };

/** A report's development plan, read by their current manager (or by a coach or mentor who actively supports them). */
export default async function ReportPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("MANAGER", "COACH");
  const { id } = await params;
  const view = await orNotFound(getPlanView(actor, id));
  // HR reads plans from the person's HR page; here only the manager and active supporters.
  if (view.readAs !== "manager" && view.readAs !== "supporter") notFound();
  const name = view.person.name;
  return (
    <>
      {view.readAs === "manager" ? <BackLink href="/team">My team</BackLink> : <BackLink href="/coaching">Coaching</BackLink>}
      <PageHeader
        title={`${name}'s development plan`}
        description={`${name} keeps the plan and changes it; you can read it. Talk it through in your next conversation, especially if the balance is off.`}
      />
      <PlanReading view={view} />
    </>
  );
}
