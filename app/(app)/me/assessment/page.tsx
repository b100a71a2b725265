import { AssessmentWorkspace } from "@/components/assessments/assessment-workspace";
import { unavailableReason } from "@/components/assessments/unavailable";
import { PageHeader } from "@/components/ui/card";
import { getAssessmentOverview } from "@/lib/assessments/queries";
import { requireRole } from "@/lib/auth/session";
import { submitSelfAssessmentAction } from "./actions";

export const metadata = { title: "My assessment" };

export default async function MyAssessmentPage({ searchParams }: { searchParams: Promise<{ recorded?: string }> }) {
  const actor = await requireRole("LEADER");
  const [overview, { recorded }] = await Promise.all([getAssessmentOverview(actor, actor.id), searchParams]);
  const reason = unavailableReason(overview, { possessive: "your", name: "you" });
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
      <AssessmentWorkspace
        overview={overview}
        reason={reason}
        recordedNote={recorded ? "Your self-assessment is recorded. The chart and table below include it." : null}
        idPrefix="mine"
        take={{
          heading: "Take your self-assessment",
          intro: (
            <>
              For each competency, choose the level that describes your work as others would see it most of the time: today, not where you hope to be. A
              level below what the role expects is an honest place to start, and it shapes your development plan and the coaching offered to you.
            </>
          ),
          action: submitSelfAssessmentAction,
          moments: overview.moments.SELF,
          submitLabel: "Record my self-assessment",
        }}
      />
    </>
  );
}
