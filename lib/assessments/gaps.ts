import type { AssessmentKind, AssessmentMoment } from "@/lib/db/generated/enums";

/**
 * Where a person stands on each competency their role's charter requires: what the role
 * expects, their latest self and manager ratings, start against end, and the gap. The
 * development plan and coach matching read the gaps.
 */

/**
 * THE EXPECTED LEVEL. On a scale of n points (1 is the lowest): a competency the charter
 * requires at the role's stage is expected at n − 1, the point just below the top
 * ("Proficient" on the four-point scale): shown reliably and unaided. The top point
 * ("Role model") also means teaching it to others, which is beyond what taking on the role
 * asks. A competency marked "develop ahead" is being built before the role needs it in full,
 * so it is expected one point lower, n − 2 ("Developing"). Never below 1.
 */
export function expectedLevel(scaleLength: number, developAhead: boolean): number {
  return Math.max(1, scaleLength - 1 - (developAhead ? 1 : 0));
}

export type GapRequirement = { competencyKey: string; competencyName: string; clusterName: string; stageName: string; developAhead: boolean };

export type StoredAssessment = {
  kind: AssessmentKind;
  moment: AssessmentMoment;
  inductionId: string | null;
  createdAt: Date;
  ratings: readonly { competencyKey: string; level: number }[];
};

/** One kind's levels for one competency (null where no assessment rated it). */
export type KindLevels = { latest: number | null; start: number | null; end: number | null };

export type CompetencyGap = GapRequirement & {
  expected: number;
  self: KindLevels;
  manager: KindLevels;
  /** Expected minus the latest manager rating, or the latest self rating when the manager has none; positive means below expectation. */
  gap: number | null;
  /** Whose rating the gap is measured from. */
  gapFrom: AssessmentKind | null;
};

function levelsOf(assessments: readonly StoredAssessment[], kind: AssessmentKind, competencyKey: string, inductionId: string | null): KindLevels {
  const rated = assessments.flatMap((assessment) => {
    const rating = assessment.kind === kind ? assessment.ratings.find((item) => item.competencyKey === competencyKey) : undefined;
    return rating ? [{ assessment, level: rating.level }] : [];
  });
  const at = (moment: AssessmentMoment) =>
    inductionId === null ? null : (rated.find((item) => item.assessment.moment === moment && item.assessment.inductionId === inductionId)?.level ?? null);
  return { latest: rated.at(-1)?.level ?? null, start: at("START"), end: at("END") };
}

/**
 * The gaps on each required competency, in the order given. `assessments` are the person's
 * (any order); start and end come from those of the induction `inductionId` (none when null).
 */
export function assessmentGaps(input: {
  requirements: readonly GapRequirement[];
  scaleLength: number;
  assessments: readonly StoredAssessment[];
  inductionId: string | null;
}): CompetencyGap[] {
  // Oldest first, so "latest" is the last; equal times keep the order given.
  const ordered = [...input.assessments].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return input.requirements.map((requirement) => {
    const expected = expectedLevel(input.scaleLength, requirement.developAhead);
    const self = levelsOf(ordered, "SELF", requirement.competencyKey, input.inductionId);
    const manager = levelsOf(ordered, "MANAGER", requirement.competencyKey, input.inductionId);
    const gapFrom = manager.latest !== null ? "MANAGER" : self.latest !== null ? "SELF" : null;
    const basis = manager.latest ?? self.latest;
    return {
      competencyKey: requirement.competencyKey,
      competencyName: requirement.competencyName,
      clusterName: requirement.clusterName,
      stageName: requirement.stageName,
      developAhead: requirement.developAhead,
      expected,
      self,
      manager,
      gap: basis === null ? null : expected - basis,
      gapFrom,
    };
  });
}
