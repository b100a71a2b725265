import { findCompetency, type Competency, type Expectation, type FrameworkDocument, type Key } from "./document";

/**
 * The editor's changes to a draft, as pure functions: each returns a new document and
 * never changes the one it was given. The server action parses an edit with
 * frameworkEditSchema, applies it, then validates the result with frameworkDocumentSchema.
 * New elements arrive with their key, so a repeated "add" is refused rather than doubled.
 */

export type NamedElement = "scalePoint" | "stage" | "cluster" | "competency";
export type ListedElement = NamedElement | "indicator";

export type FrameworkEdit =
  | { op: "setFrameworkDetails"; name?: string; description?: string }
  | { op: "addElement"; element: "scalePoint" | "stage" | "cluster"; key: Key; name: string; description: string; index?: number }
  | { op: "addCompetency"; clusterKey: Key; key: Key; name: string; description: string; tags: string[]; index?: number }
  | { op: "addIndicator"; competencyKey: Key; stageKey: Key; key: Key; text: string; index?: number }
  | { op: "rename"; element: NamedElement; key: Key; name: string }
  | { op: "describe"; element: NamedElement; key: Key; description: string }
  | { op: "setTags"; key: Key; tags: string[] }
  | { op: "setIndicatorText"; key: Key; text: string }
  | { op: "setExpectation"; competencyKey: Key; stageKey: Key; text?: string; notApplicable?: boolean; developAhead?: boolean }
  | { op: "delete"; element: ListedElement; key: Key }
  /** A number is the new position (0 first); "up" and "down" move one place. Either stops at the ends. */
  | { op: "move"; element: ListedElement; key: Key; to: number | "up" | "down" }
  | { op: "moveCompetencyToCluster"; key: Key; clusterKey: Key; index?: number };

/** An edit that no longer fits the draft (someone else changed it); the message is for the editor. */
export class FrameworkEditError extends Error {
  override name = "FrameworkEditError";
}

const NOUNS: Record<ListedElement, string> = { scalePoint: "scale point", stage: "stage", cluster: "cluster", competency: "competency", indicator: "indicator" };

function gone(element: ListedElement): never {
  throw new FrameworkEditError(`That ${NOUNS[element]} is no longer in the framework. Reload the page to see the latest draft.`);
}

type Keyed = { key: Key };
type ListEdit = <T extends Keyed>(items: readonly T[], index: number, item: T) => T[];

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

/** Inserts at `index`, or at the nearer end when `index` is outside the list. */
function insertAt<T>(items: readonly T[], item: T, index = items.length): T[] {
  const at = Math.max(0, Math.min(items.length, index));
  return [...items.slice(0, at), item, ...items.slice(at)];
}


function* allKeys(doc: FrameworkDocument): Generator<Key> {
  for (const item of [...doc.scale, ...doc.stages]) yield item.key;
  for (const cluster of doc.clusters) {
    yield cluster.key;
    for (const competency of cluster.competencies) {
      yield competency.key;
      for (const expectation of competency.expectations) for (const indicator of expectation.indicators) yield indicator.key;
    }
  }
}

function requireNewKey(doc: FrameworkDocument, key: Key) {
  for (const existing of allKeys(doc)) {
    if (existing === key) throw new FrameworkEditError("That has already been added. Reload the page to see the latest draft.");
  }
}

function updateCompetency(doc: FrameworkDocument, key: Key, update: (competency: Competency) => Competency): FrameworkDocument {
  const found = findCompetency(doc, key);
  if (!found) gone("competency");
  return {
    ...doc,
    clusters: doc.clusters.map((cluster) =>
      cluster === found.cluster ? { ...cluster, competencies: cluster.competencies.map((item) => (item === found.competency ? update(item) : item)) } : cluster,
    ),
  };
}

/** Changes a competency's expectation at a stage, creating a blank one first if there is none. */
function updateExpectation(doc: FrameworkDocument, competencyKey: Key, stageKey: Key, update: (expectation: Expectation) => Expectation): FrameworkDocument {
  const stageOrder = new Map(doc.stages.map((stage, i) => [stage.key, i]));
  if (!stageOrder.has(stageKey)) gone("stage");
  return updateCompetency(doc, competencyKey, (competency) => {
    if (competency.expectations.some((item) => item.stageKey === stageKey)) {
      return { ...competency, expectations: competency.expectations.map((item) => (item.stageKey === stageKey ? update(item) : item)) };
    }
    const created = update({ stageKey, notApplicable: false, text: "", developAhead: false, indicators: [] });
    const position = (item: Expectation) => stageOrder.get(item.stageKey) ?? stageOrder.size;
    return { ...competency, expectations: [...competency.expectations, created].sort((a, b) => position(a) - position(b)) };
  });
}

/** Where an indicator sits: the competency and stage of its expectation. */
function indicatorHome(doc: FrameworkDocument, key: Key): { competencyKey: Key; stageKey: Key } | undefined {
  for (const cluster of doc.clusters) {
    for (const competency of cluster.competencies) {
      const expectation = competency.expectations.find((item) => item.indicators.some((indicator) => indicator.key === key));
      if (expectation) return { competencyKey: competency.key, stageKey: expectation.stageKey };
    }
  }
  return undefined;
}

/** Applies `edit` to the list that holds the element with `key`. */
function editList(doc: FrameworkDocument, element: ListedElement, key: Key, edit: ListEdit): FrameworkDocument {
  const inList = <T extends Keyed>(items: readonly T[]): T[] => {
    const index = items.findIndex((item) => item.key === key);
    const item = items[index];
    if (item === undefined) gone(element);
    return edit(items, index, item);
  };
  switch (element) {
    case "scalePoint":
      return { ...doc, scale: inList(doc.scale) };
    case "stage":
      return { ...doc, stages: inList(doc.stages) };
    case "cluster":
      return { ...doc, clusters: inList(doc.clusters) };
    case "competency": {
      const found = findCompetency(doc, key);
      if (!found) gone(element);
      return { ...doc, clusters: doc.clusters.map((cluster) => (cluster === found.cluster ? { ...cluster, competencies: inList(cluster.competencies) } : cluster)) };
    }
    case "indicator": {
      const home = indicatorHome(doc, key);
      if (!home) gone(element);
      return updateExpectation(doc, home.competencyKey, home.stageKey, (expectation) => ({ ...expectation, indicators: inList(expectation.indicators) }));
    }
  }
}

function deleteElement(doc: FrameworkDocument, element: ListedElement, key: Key): FrameworkDocument {
  const next = editList(doc, element, key, (items, index) => items.filter((_, i) => i !== index));
  if (element !== "stage") return next;
  return {
    ...next,
    clusters: next.clusters.map((cluster) => ({
      ...cluster,
      competencies: cluster.competencies.map((competency) => ({ ...competency, expectations: competency.expectations.filter((item) => item.stageKey !== key) })),
    })),
  };
}

function moveCompetencyToCluster(doc: FrameworkDocument, key: Key, clusterKey: Key, index?: number): FrameworkDocument {
  const found = findCompetency(doc, key);
  if (!found) gone("competency");
  if (!doc.clusters.some((cluster) => cluster.key === clusterKey)) gone("cluster");
  const without = deleteElement(doc, "competency", key);
  return {
    ...without,
    clusters: without.clusters.map((cluster) => (cluster.key === clusterKey ? { ...cluster, competencies: insertAt(cluster.competencies, found.competency, index) } : cluster)),
  };
}

export function applyEdit(doc: FrameworkDocument, edit: FrameworkEdit): FrameworkDocument {
  switch (edit.op) {
    case "setFrameworkDetails":
      return { ...doc, name: edit.name ?? doc.name, description: edit.description ?? doc.description };
    case "addElement": {
      requireNewKey(doc, edit.key);
      const item = { key: edit.key, name: edit.name, description: edit.description };
      if (edit.element === "scalePoint") return { ...doc, scale: insertAt(doc.scale, item, edit.index) };
      if (edit.element === "stage") return { ...doc, stages: insertAt(doc.stages, item, edit.index) };
      return { ...doc, clusters: insertAt(doc.clusters, { ...item, competencies: [] }, edit.index) };
    }
    case "addCompetency": {
      requireNewKey(doc, edit.key);
      if (!doc.clusters.some((cluster) => cluster.key === edit.clusterKey)) gone("cluster");
      const competency: Competency = { key: edit.key, name: edit.name, description: edit.description, tags: edit.tags, expectations: [] };
      return {
        ...doc,
        clusters: doc.clusters.map((cluster) => (cluster.key === edit.clusterKey ? { ...cluster, competencies: insertAt(cluster.competencies, competency, edit.index) } : cluster)),
      };
    }
    case "addIndicator":
      requireNewKey(doc, edit.key);
      return updateExpectation(doc, edit.competencyKey, edit.stageKey, (expectation) => ({
        ...expectation,
        indicators: insertAt(expectation.indicators, { key: edit.key, text: edit.text }, edit.index),
      }));
    case "rename":
      return editList(doc, edit.element, edit.key, (items, index, item) => replaceAt(items, index, { ...item, name: edit.name }));
    case "describe":
      return editList(doc, edit.element, edit.key, (items, index, item) => replaceAt(items, index, { ...item, description: edit.description }));
    case "setTags":
      return updateCompetency(doc, edit.key, (competency) => ({ ...competency, tags: edit.tags }));
    case "setIndicatorText":
      return editList(doc, "indicator", edit.key, (items, index, item) => replaceAt(items, index, { ...item, text: edit.text }));
    case "setExpectation":
      return updateExpectation(doc, edit.competencyKey, edit.stageKey, (expectation) => ({
        ...expectation,
        text: edit.text ?? expectation.text,
        notApplicable: edit.notApplicable ?? expectation.notApplicable,
        developAhead: edit.developAhead ?? expectation.developAhead,
      }));
    case "delete":
      return deleteElement(doc, edit.element, edit.key);
    case "move": {
      const { to } = edit;
      const target = (index: number) => (to === "up" ? index - 1 : to === "down" ? index + 1 : to);
      return editList(doc, edit.element, edit.key, (items, index, item) => insertAt(items.filter((_, i) => i !== index), item, target(index)));
    }
    case "moveCompetencyToCluster":
      return moveCompetencyToCluster(doc, edit.key, edit.clusterKey, edit.index);
  }
}
