import { findExpectation, isSettled, type ElementRef, type FrameworkDocument } from "./document";
import { clusterLabel, competencyLabel, FRAMEWORK, indicatorLabel, joinLocation, PROFICIENCY_SCALE, scalePointLabel, stageLabel } from "./locations";

/** Something that stops a draft being published: where it is and what is missing. */
export type CompletenessProblem = ElementRef & { location: string; message: string };

const FRAMEWORK_REF: ElementRef = { element: "framework" };

/**
 * Lists what must be done before a draft can be published, in document order. A draft
 * may be published only when the list is empty.
 */
export function checkCompleteness(doc: FrameworkDocument): CompletenessProblem[] {
  const problems: CompletenessProblem[] = [];
  const report = (target: ElementRef, location: string, message: string) => problems.push({ ...target, location, message });

  if (!doc.name.trim()) report(FRAMEWORK_REF, FRAMEWORK, "The framework needs a name.");

  if (doc.scale.length < 2) {
    report(FRAMEWORK_REF, PROFICIENCY_SCALE, `The proficiency scale needs at least two points; it has ${doc.scale.length}.`);
  }
  doc.scale.forEach((point, index) => {
    if (!point.name.trim()) report({ element: "scalePoint", key: point.key }, scalePointLabel(point, index), "This point needs a name.");
  });

  if (doc.stages.length === 0) report(FRAMEWORK_REF, FRAMEWORK, "Add at least one stage.");
  doc.stages.forEach((stage, index) => {
    if (!stage.name.trim()) report({ element: "stage", key: stage.key }, stageLabel(stage, index), "This stage needs a name.");
  });

  if (doc.clusters.length === 0) report(FRAMEWORK_REF, FRAMEWORK, "Add at least one cluster.");
  else if (doc.clusters.every((cluster) => cluster.competencies.length === 0)) {
    report(FRAMEWORK_REF, FRAMEWORK, "Add at least one competency.");
  }

  doc.clusters.forEach((cluster, clusterIndex) => {
    const clusterAt = clusterLabel(cluster, clusterIndex);
    if (!cluster.name.trim()) report({ element: "cluster", key: cluster.key }, clusterAt, "This cluster needs a name.");

    cluster.competencies.forEach((competency, competencyIndex) => {
      const competencyAt = joinLocation(clusterAt, competencyLabel(competency, competencyIndex));
      if (!competency.name.trim()) report({ element: "competency", key: competency.key }, competencyAt, "This competency needs a name.");

      doc.stages.forEach((stage, stageIndex) => {
        const ref = { competencyKey: competency.key, stageKey: stage.key };
        const expectationAt = joinLocation(competencyAt, stageLabel(stage, stageIndex));
        const expectation = findExpectation(competency, stage.key);
        if (!expectation || !isSettled(expectation)) {
          report({ element: "expectation", ...ref }, expectationAt, "No expectation yet: write what is expected at this stage, or mark it not applicable.");
        }
        expectation?.indicators.forEach((indicator, index) => {
          if (!indicator.text.trim()) {
            report({ element: "indicator", key: indicator.key, ...ref }, joinLocation(expectationAt, indicatorLabel(index)), "This behavioural indicator is blank: write it or delete it.");
          }
        });
      });
    });
  });

  return problems;
}
