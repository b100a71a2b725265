import type { FrameworkDocument } from "@/lib/frameworks/document";
import type { Requirement } from "./document";

/** A charter's required competencies read against the framework version they point at. */

export type ResolvedRequirement = Requirement & {
  competencyName: string;
  clusterName: string;
  stageName: string;
  /** The stage's position in the framework, 0 for the earliest. */
  stageRank: number;
  /** What the framework expects of the competency at that stage ("" when not written). */
  expectation: string;
};

/** Each requirement with its names, in framework order; those the framework no longer has are left out. */
export function resolveRequirements(requirements: readonly Requirement[], framework: FrameworkDocument): ResolvedRequirement[] {
  const byCompetency = new Map(requirements.map((requirement) => [requirement.competencyKey, requirement]));
  const stages = new Map(framework.stages.map((stage, rank) => [stage.key, { stage, rank }]));
  const resolved: ResolvedRequirement[] = [];
  for (const cluster of framework.clusters) {
    for (const competency of cluster.competencies) {
      const requirement = byCompetency.get(competency.key);
      const stage = requirement && stages.get(requirement.stageKey);
      if (!requirement || !stage) continue;
      const expectation = competency.expectations.find((item) => item.stageKey === requirement.stageKey);
      resolved.push({
        ...requirement,
        competencyName: competency.name,
        clusterName: cluster.name,
        stageName: stage.stage.name,
        stageRank: stage.rank,
        expectation: expectation && !expectation.notApplicable ? expectation.text : "",
      });
    }
  }
  return resolved;
}

/** Requirements whose competency or stage the framework does not have. */
export function unknownRequirements(requirements: readonly Requirement[], framework: FrameworkDocument): Requirement[] {
  const resolved = new Set(resolveRequirements(requirements, framework).map((requirement) => requirement.competencyKey));
  return requirements.filter((requirement) => !resolved.has(requirement.competencyKey));
}

const normalise = (name: string) => name.trim().toLocaleLowerCase("en-GB");

export type MovedRequirements = {
  kept: Requirement[];
  /** Competencies the charter required that the other version cannot place, with the reason. */
  dropped: { competencyName: string; reason: string }[];
};

/**
 * Carries requirements from one framework version to another. Keys are stable across a
 * framework's versions (and kept when a framework is duplicated); when a key is missing the
 * competency or stage is matched by name, so a move to another framework keeps what it can.
 */
export function moveRequirements(requirements: readonly Requirement[], from: FrameworkDocument, to: FrameworkDocument): MovedRequirements {
  const targetCompetencies = to.clusters.flatMap((cluster) => cluster.competencies);
  const competencyByKey = new Map(targetCompetencies.map((competency) => [competency.key, competency]));
  const competencyByName = new Map(targetCompetencies.map((competency) => [normalise(competency.name), competency]));
  const stageByKey = new Map(to.stages.map((stage) => [stage.key, stage]));
  const stageByName = new Map(to.stages.map((stage) => [normalise(stage.name), stage]));
  const kept: Requirement[] = [];
  const dropped: MovedRequirements["dropped"] = [];
  for (const requirement of resolveRequirements(requirements, from)) {
    const competency = competencyByKey.get(requirement.competencyKey) ?? competencyByName.get(normalise(requirement.competencyName));
    const stage = stageByKey.get(requirement.stageKey) ?? stageByName.get(normalise(requirement.stageName));
    if (!competency) dropped.push({ competencyName: requirement.competencyName, reason: "the new version no longer has this competency" });
    else if (!stage) dropped.push({ competencyName: requirement.competencyName, reason: `the new version has no stage called ${requirement.stageName}` });
    else kept.push({ competencyKey: competency.key, stageKey: stage.key, developAhead: requirement.developAhead });
  }
  return { kept, dropped };
}
