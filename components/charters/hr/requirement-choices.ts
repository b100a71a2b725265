import type { Requirement } from "@/lib/charters/document";
import type { FrameworkDocument } from "@/lib/frameworks/document";

/** What the required-competencies form needs of a framework version: names and expectation texts, nothing else. */
export type ChoiceStage = { key: string; name: string };

export type ChoiceCompetency = {
  key: string;
  name: string;
  /** The expectation at each stage: its text ("" when not written), or null where the framework marks it not applicable. */
  expectations: Record<string, string | null>;
};

export type ChoiceCluster = { key: string; name: string; competencies: ChoiceCompetency[] };

export type RequirementChoices = { stages: ChoiceStage[]; clusters: ChoiceCluster[]; requirements: Requirement[] };

export function requirementChoices(framework: FrameworkDocument, requirements: Requirement[]): RequirementChoices {
  return {
    stages: framework.stages.map(({ key, name }) => ({ key, name })),
    clusters: framework.clusters.map((cluster) => ({
      key: cluster.key,
      name: cluster.name,
      competencies: cluster.competencies.map((competency) => ({
        key: competency.key,
        name: competency.name,
        expectations: Object.fromEntries(
          competency.expectations.map((expectation) => [expectation.stageKey, expectation.notApplicable ? null : expectation.text]),
        ),
      })),
    })),
    requirements,
  };
}
