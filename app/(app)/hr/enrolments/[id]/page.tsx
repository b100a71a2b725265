import { AssessmentSummary } from "@/components/assessments/assessment-summary";
import { AttentionList } from "@/components/inductions/running/attention-list";
import { InductionSummary } from "@/components/inductions/running/induction-summary";
import { InductionView } from "@/components/inductions/running/induction-view";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/db/or-not-found";
import { getEnrolment } from "@/lib/inductions/induction-queries";

export const metadata = { title: "Induction" };

export default async function EnrolmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("HR_ADMIN");
  const { id } = await params;
  const view = await orNotFound(getEnrolment(actor, id));
  return (
    <>
      <BackLink href="/hr/cohorts">Cohorts</BackLink>
      <PageHeader
        title={`${view.person.name}: ${view.jobRole.title}`}
        description="Every item of this induction with its owner, due date and where it stands. Complete or sign off what HR and the organisation owe, waive what no longer applies with a reason, and add or remove items for this person only."
      />
      <div className="mb-8 grid items-start gap-6 lg:grid-cols-2">
        <InductionSummary view={view} />
        <AttentionList view={view} />
      </div>
      <InductionView view={view} />
      <div className="mt-10">
        <AssessmentSummary viewer={actor} personId={view.person.id} inductionId={id} />
      </div>
    </>
  );
}
