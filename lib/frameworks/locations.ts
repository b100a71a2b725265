import type { Cluster, Competency, ScalePoint, Stage } from "./document";

/**
 * Human locations for elements of a framework, as shown in completeness problems and
 * version diffs: "Cluster ‘Executing’ › Competency ‘Project Management’ › Stage 3".
 */

const SEPARATOR = " › ";
const LONGEST_NAME = 60;

function quoted(name: string): string {
  const clean = name.trim().replace(/\s+/g, " ");
  return `‘${clean.length > LONGEST_NAME ? `${clean.slice(0, LONGEST_NAME - 1)}…` : clean}’`;
}

function named(kind: string, name: string, index: number): string {
  return name.trim() ? `${kind} ${quoted(name)}` : `${kind} ${index + 1} (no name yet)`;
}

export const PROFICIENCY_SCALE = "Proficiency scale";
export const FRAMEWORK = "Framework";

export function scalePointLabel(point: ScalePoint, index: number): string {
  return `${PROFICIENCY_SCALE}${SEPARATOR}${named("Point", point.name, index)}`;
}

/** Stages are numbered because their order is their meaning; the name follows when there is one. */
export function stageLabel(stage: Stage | undefined, index: number): string {
  if (!stage) return "Unknown stage";
  return stage.name.trim() ? `Stage ${index + 1} ${quoted(stage.name)}` : `Stage ${index + 1}`;
}

export function clusterLabel(cluster: Cluster, index: number): string {
  return named("Cluster", cluster.name, index);
}

export function competencyLabel(competency: Competency, index: number): string {
  return named("Competency", competency.name, index);
}

export function indicatorLabel(index: number): string {
  return `Indicator ${index + 1}`;
}

export function joinLocation(...parts: string[]): string {
  return parts.join(SEPARATOR);
}
