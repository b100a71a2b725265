/**
 * A framework version's content as one plain document. Every element carries a key
 * that stays the same across versions, so renaming, rewording or moving an element
 * keeps its identity (the diff matches versions by key). An expectation is identified
 * by its competency and stage.
 */

export type Key = string;

export type ScalePoint = { key: Key; name: string; description: string };
export type Stage = { key: Key; name: string; description: string };
export type Indicator = { key: Key; text: string };

export type Expectation = {
  stageKey: Key;
  notApplicable: boolean;
  text: string;
  /** Build this before the role at this stage requires it. */
  developAhead: boolean;
  indicators: Indicator[];
};

export type Competency = {
  key: Key;
  name: string;
  description: string;
  tags: string[];
  expectations: Expectation[];
};

export type Cluster = { key: Key; name: string; description: string; competencies: Competency[] };

export type FrameworkDocument = {
  name: string;
  description: string;
  /** Proficiency points, lowest first. */
  scale: ScalePoint[];
  /** Career stages, earliest first. */
  stages: Stage[];
  clusters: Cluster[];
};

/** Points to one element of a document: what completeness problems and diff changes are about. */
export type ElementRef =
  | { element: "framework" }
  | { element: "scalePoint" | "stage" | "cluster" | "competency"; key: Key }
  | { element: "expectation"; competencyKey: Key; stageKey: Key }
  | { element: "indicator"; key: Key; competencyKey: Key; stageKey: Key };

export type ElementType = ElementRef["element"];

export function newKey(): Key {
  return crypto.randomUUID();
}

export function findCompetency(doc: FrameworkDocument, key: Key): { cluster: Cluster; competency: Competency } | undefined {
  for (const cluster of doc.clusters) {
    const competency = cluster.competencies.find((item) => item.key === key);
    if (competency) return { cluster, competency };
  }
  return undefined;
}

export function findExpectation(competency: Competency, stageKey: Key): Expectation | undefined {
  return competency.expectations.find((expectation) => expectation.stageKey === stageKey);
}

/** An expectation counts once it is written or marked not applicable. */
export function isSettled(expectation: Expectation): boolean {
  return expectation.notApplicable || expectation.text.trim() !== "";
}

export type ElementCounts = {
  scalePoints: number;
  stages: number;
  clusters: number;
  competencies: number;
  /** Expectations that are written or marked not applicable. */
  expectations: number;
  indicators: number;
};

export function countElements(doc: FrameworkDocument): ElementCounts {
  const counts: ElementCounts = { scalePoints: doc.scale.length, stages: doc.stages.length, clusters: doc.clusters.length, competencies: 0, expectations: 0, indicators: 0 };
  for (const cluster of doc.clusters) {
    counts.competencies += cluster.competencies.length;
    for (const competency of cluster.competencies) {
      for (const expectation of competency.expectations) {
        if (isSettled(expectation)) counts.expectations += 1;
        counts.indicators += expectation.indicators.length;
      }
    }
  }
  return counts;
}

/** The proficiency scale a framework starts with (CSV imports and the starter template). */
export function defaultProficiencyScale(): ScalePoint[] {
  return [
    { name: "Not yet", description: "Has not yet shown this in their work." },
    { name: "Developing", description: "Shows this some of the time, often with support." },
    { name: "Proficient", description: "Shows this reliably and on their own." },
    { name: "Role model", description: "Shows this consistently and helps others to do it too." },
  ].map((point) => ({ key: newKey(), ...point }));
}
