import { notFound } from "next/navigation";
import { LazyAssessmentForm } from "@/components/assessments/lazy-assessment-form";
import { AssessmentHistory } from "@/components/assessments/assessment-history";
import { AssessmentResults } from "@/components/assessments/assessment-results";
import { MomentStatus } from "@/components/assessments/moment-status";
import { unavailableReason } from "@/components/assessments/unavailable";
import { CharterMeta } from "@/components/charters/charter-meta";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { canManagerAssess } from "@/lib/assessments/permissions";
import { getAssessmentOverview } from "@/lib/assessments/queries";
import { assessmentQuestions, scaleChoices } from "@/lib/assessments/questions";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/db/or-not-found";
import { submitManagerAssessmentAction } from "./actions";

export const metadata = { title: "Assessment" };

export default async function ReportAssessmentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ recorded?: string }> }) {
  const actor = await requireRole("MANAGER");
  const [{ id }, { recorded }] = await Promise.all([params, searchParams]);
  const overview = await orNotFound(getAssessmentOverview(actor, id));
  // This page is for the person's own manager; HR reads assessments on the enrolment page.
  if (!canManagerAssess(actor, overview.subject, overview.induction)) notFound();
  const name = overview.subject.name;
  const reason = unavailableReason(overview, { possessive: `${name}'s`, name });
  const charter = overview.charter;
  return (
    <>
      <BackLink href={`/team/${overview.subject.id}`}>{`Back to ${name}`}</BackLink>
      <PageHeader
        title={`Assessment of ${name}`}
        description={`Your view of ${name} on the competencies their role's charter requires, beside their own and what the role expects. Assess at the start and at the end of their induction, and whenever a check-in would help.`}
        actions={
          reason ? null : (
            <a href="#take" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
              Assess {name}
            </a>
          )
        }
      />
      {recorded ? (
        <p role="status" className="mb-6 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          {`Your assessment of ${name} is recorded, and ${name} has been told. The chart and table below include it.`}
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
          <AssessmentResults idPrefix="report" gaps={overview.gaps} scale={scaleChoices(overview.scale)} />
          <Card id="take" aria-labelledby="take-heading" className="scroll-mt-6 space-y-4">
            <div>
              <h2 id="take-heading" className="text-lg font-semibold">
                Assess {name}
              </h2>
              <p className="mt-1 max-w-3xl text-sm text-muted">
                For each competency, choose the level that describes what you have seen in {name}&apos;s work most of the time, not what you expect of them.
                Where you have seen too little to judge, choose the lower level and say so in your next one-to-one: the gaps you record shape their development
                plan and the coaching offered to them.
              </p>
            </div>
            <LazyAssessmentForm
              action={submitManagerAssessmentAction}
              hidden={{ personId: overview.subject.id, charterVersionId: charter.id }}
              moments={overview.moments.MANAGER}
              questions={assessmentQuestions(overview.requirements, overview.scale)}
              scale={scaleChoices(overview.scale)}
              submitLabel={`Record my assessment of ${name}`}
            />
          </Card>
          <AssessmentHistory idPrefix="report" history={overview.history} />
        </div>
      )}
    </>
  );
}
