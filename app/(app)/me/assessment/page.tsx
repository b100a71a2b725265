import { LazyAssessmentForm } from "@/components/assessments/lazy-assessment-form";
import { AssessmentHistory } from "@/components/assessments/assessment-history";
import { AssessmentResults } from "@/components/assessments/assessment-results";
import { MomentStatus } from "@/components/assessments/moment-status";
import { unavailableReason } from "@/components/assessments/unavailable";
import { CharterMeta } from "@/components/charters/charter-meta";
import { Card, PageHeader } from "@/components/ui/card";
import { getAssessmentOverview } from "@/lib/assessments/queries";
import { assessmentQuestions, scaleChoices } from "@/lib/assessments/questions";
import { requireRole } from "@/lib/auth/session";
import { submitSelfAssessmentAction } from "./actions";

export const metadata = { title: "My assessment" };

export default async function MyAssessmentPage({ searchParams }: { searchParams: Promise<{ recorded?: string }> }) {
  const actor = await requireRole("LEADER");
  const [overview, { recorded }] = await Promise.all([getAssessmentOverview(actor, actor.id), searchParams]);
  const reason = unavailableReason(overview, { possessive: "your", name: "you" });
  const charter = overview.charter;
  return (
    <>
      <PageHeader
        title="My assessment"
        description="How you rate yourself on the competencies your role's charter requires, beside your manager's view and what the role expects. Take it at the start and at the end of your induction, and whenever a check-in would help."
        actions={
          reason ? null : (
            <a href="#take" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
              Take your self-assessment
            </a>
          )
        }
      />
      {recorded ? (
        <p role="status" className="mb-6 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          Your self-assessment is recorded. The chart and table below include it.
        </p>
      ) : null}
      {reason || !charter ? (
        <Card className="max-w-2xl">
          <p className="text-sm">{reason}</p>
        </Card>
      ) : (
        <div className="space-y-10">
          <div className="-mt-4 space-y-3">
            <CharterMeta version={charter} />
            <MomentStatus overview={overview} />
          </div>
          <AssessmentResults idPrefix="mine" gaps={overview.gaps} scale={scaleChoices(overview.scale)} />
          <Card id="take" aria-labelledby="take-heading" className="scroll-mt-6 space-y-4">
            <div>
              <h2 id="take-heading" className="text-lg font-semibold">
                Take your self-assessment
              </h2>
              <p className="mt-1 max-w-3xl text-sm text-muted">
                For each competency, choose the level that describes your work as others would see it most of the time: today, not where you hope to be. A
                level below what the role expects is an honest place to start, and it shapes your development plan and the coaching offered to you.
              </p>
            </div>
            <LazyAssessmentForm
              action={submitSelfAssessmentAction}
              hidden={{ charterVersionId: charter.id }}
              moments={overview.moments.SELF}
              questions={assessmentQuestions(overview.requirements, overview.scale)}
              scale={scaleChoices(overview.scale)}
              submitLabel="Record my self-assessment"
            />
          </Card>
          <AssessmentHistory idPrefix="mine" history={overview.history} />
        </div>
      )}
    </>
  );
}
