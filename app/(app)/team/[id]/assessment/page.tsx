import { notFound } from "next/navigation";
import { AssessmentWorkspace } from "@/components/assessments/assessment-workspace";
import { unavailableReason } from "@/components/assessments/unavailable";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/card";
import { canManagerAssess } from "@/lib/assessments/permissions";
import { getAssessmentOverview } from "@/lib/assessments/queries";
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
      <AssessmentWorkspace
        overview={overview}
        reason={reason}
        recordedNote={recorded ? `Your assessment of ${name} is recorded, and ${name} has been told. The chart and table below include it.` : null}
        idPrefix="report"
        take={{
          heading: `Assess ${name}`,
          intro: (
            <>
              For each competency, choose the level that describes what you have seen in {name}&apos;s work most of the time, not what you expect of them.
              Where you have seen too little to judge, choose the lower level and say so in your next one-to-one: the gaps you record shape their development
              plan and the coaching offered to them.
            </>
          ),
          action: submitManagerAssessmentAction,
          hidden: { personId: overview.subject.id },
          moments: overview.moments.MANAGER,
          submitLabel: `Record my assessment of ${name}`,
        }}
      />
    </>
  );
}
