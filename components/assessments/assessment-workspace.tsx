import type { ReactNode } from "react";
import { CharterMeta } from "@/components/charters/charter-meta";
import { Card } from "@/components/ui/card";
import type { FormAction } from "@/lib/actions/result";
import type { AssessmentOverview } from "@/lib/assessments/queries";
import { assessmentQuestions, scaleChoices } from "@/lib/assessments/questions";
import type { MomentChoice } from "@/lib/assessments/moments";
import { AssessmentHistory } from "./assessment-history";
import { AssessmentResults } from "./assessment-results";
import { LazyAssessmentForm } from "./lazy-assessment-form";
import { MomentStatus } from "./moment-status";

/** What differs between taking one's own assessment and assessing a report. */
export type TakeAssessment = {
  heading: ReactNode;
  intro: ReactNode;
  action: FormAction;
  /** Sent beside the charter version, e.g. whom the assessment is of. */
  hidden?: Record<string, string>;
  moments: MomentChoice;
  submitLabel: string;
};

/**
 * Below an assessment page's header: the note that one was just recorded, then either why there is
 * nothing to assess against yet, or the results, the form to take the assessment and the history.
 */
export function AssessmentWorkspace({
  overview,
  reason,
  recordedNote,
  idPrefix,
  take,
}: {
  overview: AssessmentOverview;
  reason: string | null;
  /** Shown after a redirect from recording an assessment; null otherwise. */
  recordedNote: string | null;
  idPrefix: string;
  take: TakeAssessment;
}) {
  const charter = overview.charter;
  return (
    <>
      {recordedNote ? (
        <p role="status" className="mb-6 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          {recordedNote}
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
          <AssessmentResults idPrefix={idPrefix} gaps={overview.gaps} scale={scaleChoices(overview.scale)} />
          <Card id="take" aria-labelledby="take-heading" className="scroll-mt-6 space-y-4">
            <div>
              <h2 id="take-heading" className="text-lg font-semibold">
                {take.heading}
              </h2>
              <p className="mt-1 max-w-3xl text-sm text-muted">{take.intro}</p>
            </div>
            <LazyAssessmentForm
              action={take.action}
              hidden={{ ...take.hidden, charterVersionId: charter.id }}
              moments={take.moments}
              questions={assessmentQuestions(overview.requirements, overview.scale)}
              scale={scaleChoices(overview.scale)}
              submitLabel={take.submitLabel}
            />
          </Card>
          <AssessmentHistory idPrefix={idPrefix} history={overview.history} />
        </div>
      )}
    </>
  );
}
