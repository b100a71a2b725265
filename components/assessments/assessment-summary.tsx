import { Card } from "@/components/ui/card";
import { getAssessmentOverview } from "@/lib/assessments/queries";
import { scaleChoices } from "@/lib/assessments/questions";
import type { SessionPerson } from "@/lib/auth/session";
import { AssessmentHistory } from "./assessment-history";
import { AssessmentResults } from "./assessment-results";
import { MomentStatus } from "./moment-status";
import { unavailableReason } from "./unavailable";

/**
 * One person's self- and manager assessments, read-only, for HR's view of an induction.
 * `viewer` must be allowed to read them (HR, the person, their manager); anyone else gets
 * "not found" from the query.
 */
export async function AssessmentSummary({ viewer, personId, inductionId }: { viewer: SessionPerson; personId: string; inductionId?: string }) {
  const overview = await getAssessmentOverview(viewer, personId, { inductionId });
  const name = overview.subject.name;
  const reason = unavailableReason(overview, { possessive: `${name}'s`, name });
  return (
    <section aria-labelledby="assessment-summary" className="space-y-6">
      <div>
        <h2 id="assessment-summary" className="text-xl font-semibold">
          Self- and manager assessment
        </h2>
        <p className="mt-1 text-sm text-muted">
          {overview.charter && overview.role
            ? `Against the ${overview.role.title} charter, version ${overview.charter.number}, on the scale of ${overview.charter.framework.label}.`
            : "Against the competencies the role's charter requires."}
        </p>
      </div>
      {reason ? (
        <Card>
          <p className="text-sm">{reason}</p>
        </Card>
      ) : (
        <>
          <MomentStatus overview={overview} />
          <AssessmentResults idPrefix="summary" gaps={overview.gaps} scale={scaleChoices(overview.scale)} level={3} />
        </>
      )}
      <AssessmentHistory idPrefix="summary" history={overview.history} level={3} />
    </section>
  );
}
