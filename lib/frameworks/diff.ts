import type { ElementRef, FrameworkDocument } from "./document";
import { clusterLabel, competencyLabel, FRAMEWORK, indicatorLabel, joinLocation, PROFICIENCY_SCALE, scalePointLabel, stageLabel } from "./locations";

/**
 * What changed between two versions of a framework, matched by key. Renaming, rewording
 * or moving an element keeps its key, so each shows as one change rather than a removal
 * and an addition. An element is "moved" only when its order among the elements present
 * in both versions changes (or its parent does), so inserting or deleting above it is not
 * a move. Elements inside an added or removed cluster, competency or stage are not listed
 * again (an expectation's indicators are, when the expectation itself is new or gone).
 */

export type ChangeKind = "added" | "removed" | "renamed" | "reworded" | "moved" | "flagChanged";
export type ChangeField = "name" | "description" | "text" | "tags" | "notApplicable" | "developAhead" | "position" | "parent";
export type ChangeValue = string | number | boolean | string[];

export type FrameworkChange = ElementRef & {
  kind: ChangeKind;
  /** Where the element is (in the newer version, or the older one when it was removed). */
  location: string;
  /** What changed, for every kind but added and removed. */
  field?: ChangeField;
  /** Positions are 1-based; a parent is given by its location. */
  before?: ChangeValue;
  after?: ChangeValue;
};

export type DiffSummary = Record<ChangeKind, number> & { total: number };

type ComparedField = Exclude<ChangeField, "position" | "parent">;

const FIELD_KINDS: Record<ComparedField, ChangeKind> = {
  name: "renamed",
  description: "reworded",
  text: "reworded",
  tags: "flagChanged",
  notApplicable: "flagChanged",
  developAhead: "flagChanged",
};

/** One element of a version, flattened so both versions can be compared by id. */
type Node = {
  id: string;
  ref: ElementRef;
  /** The list the element sits in; an element whose list differs between versions has moved parent. */
  list: string;
  ordered: boolean;
  position: number;
  location: string;
  /** Where its list is, shown when it moves to another parent. */
  home: string;
  /** The cluster, competency or stage it belongs to: it is not listed as added or removed when one of those is. */
  owners: string[];
  fields: Partial<Record<ComparedField, string | boolean | string[]>>;
  /** What an added or removed element is shown as. */
  value: string;
};

function flatten(doc: FrameworkDocument): Map<string, Node> {
  const nodes = new Map<string, Node>();
  const put = (node: Node) => nodes.set(node.id, node);

  doc.scale.forEach((point, position) => {
    const { key, name, description } = point;
    put({ id: `scalePoint:${key}`, ref: { element: "scalePoint", key }, list: "scale", ordered: true, position, location: scalePointLabel(point, position), home: PROFICIENCY_SCALE, owners: [], fields: { name, description }, value: name });
  });
  doc.stages.forEach((stage, position) => {
    const { key, name, description } = stage;
    put({ id: `stage:${key}`, ref: { element: "stage", key }, list: "stages", ordered: true, position, location: stageLabel(stage, position), home: FRAMEWORK, owners: [], fields: { name, description }, value: name });
  });

  const stageIndex = new Map(doc.stages.map((stage, i) => [stage.key, i]));
  doc.clusters.forEach((cluster, clusterPosition) => {
    const clusterAt = clusterLabel(cluster, clusterPosition);
    const clusterId = `cluster:${cluster.key}`;
    const { name, description } = cluster;
    put({ id: clusterId, ref: { element: "cluster", key: cluster.key }, list: "clusters", ordered: true, position: clusterPosition, location: clusterAt, home: FRAMEWORK, owners: [], fields: { name, description }, value: name });

    cluster.competencies.forEach((competency, position) => {
      const competencyKey = competency.key;
      const competencyAt = joinLocation(clusterAt, competencyLabel(competency, position));
      const competencyId = `competency:${competencyKey}`;
      const { name, description, tags } = competency;
      put({
        id: competencyId,
        ref: { element: "competency", key: competencyKey },
        list: `competencies:${cluster.key}`,
        ordered: true,
        position,
        location: competencyAt,
        home: clusterAt,
        owners: [clusterId],
        fields: { name, description, tags },
        value: name,
      });

      competency.expectations.forEach((expectation, expectationPosition) => {
        const { stageKey, text, notApplicable, developAhead, indicators } = expectation;
        // A blank cell is the same as a missing one.
        if (!text && !notApplicable && !developAhead && indicators.length === 0) return;
        const stageAt = stageIndex.get(stageKey) ?? -1;
        const owners = [competencyId, `stage:${stageKey}`];
        const expectationAt = joinLocation(competencyAt, stageLabel(doc.stages[stageAt], stageAt));
        put({
          id: `expectation:${competencyKey}:${stageKey}`,
          ref: { element: "expectation", competencyKey, stageKey },
          list: `expectations:${competencyKey}`,
          ordered: false,
          position: expectationPosition,
          location: expectationAt,
          home: competencyAt,
          owners,
          fields: { text, notApplicable, developAhead },
          value: notApplicable ? "Not applicable" : text,
        });

        indicators.forEach((indicator, indicatorPosition) => {
          put({
            id: `indicator:${indicator.key}`,
            ref: { element: "indicator", key: indicator.key, competencyKey, stageKey },
            list: `indicators:${competencyKey}:${stageKey}`,
            ordered: true,
            position: indicatorPosition,
            location: joinLocation(expectationAt, indicatorLabel(indicatorPosition)),
            home: expectationAt,
            owners,
            fields: { text: indicator.text },
            value: indicator.text,
          });
        });
      });
    });
  });
  return nodes;
}

function sameValue(a: ChangeValue | undefined, b: ChangeValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
  return a === b;
}

/**
 * The positions (into `sequence`) of one longest increasing run of its values. Both
 * versions of a list hold the same common elements, so their longest common
 * subsequence is the longest increasing run of old positions taken in the new order.
 */
function longestIncreasing(sequence: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  sequence.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sequence[tails[middle] ?? 0] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    previous[i] = low > 0 ? (tails[low - 1] ?? -1) : -1;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = previous[i] ?? -1) kept.add(i);
  return kept;
}

/** Ids of the elements whose order among the elements kept in the same list changed. */
function reordered(older: Map<string, Node>, newer: Map<string, Node>): Set<string> {
  const lists = new Map<string, Node[]>();
  for (const node of newer.values()) {
    const before = older.get(node.id);
    if (!node.ordered || !before || before.list !== node.list) continue;
    const list = lists.get(node.list);
    if (list) list.push(node);
    else lists.set(node.list, [node]);
  }
  const moved = new Set<string>();
  for (const nodes of lists.values()) {
    const inNewOrder = [...nodes].sort((a, b) => a.position - b.position);
    const oldPositions = inNewOrder.map((node) => older.get(node.id)?.position ?? 0);
    const kept = longestIncreasing(oldPositions);
    inNewOrder.forEach((node, i) => {
      if (!kept.has(i)) moved.add(node.id);
    });
  }
  return moved;
}

function compareFramework(older: FrameworkDocument, newer: FrameworkDocument): FrameworkChange[] {
  const changes: FrameworkChange[] = [];
  if (older.name !== newer.name) changes.push({ element: "framework", kind: "renamed", location: FRAMEWORK, field: "name", before: older.name, after: newer.name });
  if (older.description !== newer.description) {
    changes.push({ element: "framework", kind: "reworded", location: FRAMEWORK, field: "description", before: older.description, after: newer.description });
  }
  return changes;
}

export function summariseChanges(changes: readonly FrameworkChange[]): DiffSummary {
  const summary: DiffSummary = { added: 0, removed: 0, renamed: 0, reworded: 0, moved: 0, flagChanged: 0, total: changes.length };
  for (const change of changes) summary[change.kind] += 1;
  return summary;
}

export function diffVersions(older: FrameworkDocument, newer: FrameworkDocument): { changes: FrameworkChange[]; summary: DiffSummary } {
  const before = flatten(older);
  const after = flatten(newer);
  const moved = reordered(before, after);
  const changes = compareFramework(older, newer);

  for (const node of after.values()) {
    const old = before.get(node.id);
    const at = { ...node.ref, location: node.location };
    if (!old) {
      if (node.owners.every((owner) => before.has(owner))) changes.push({ ...at, kind: "added", after: node.value });
      continue;
    }
    if (old.list !== node.list) changes.push({ ...at, kind: "moved", field: "parent", before: old.home, after: node.home });
    else if (moved.has(node.id)) changes.push({ ...at, kind: "moved", field: "position", before: old.position + 1, after: node.position + 1 });
    for (const [field, kind] of Object.entries(FIELD_KINDS) as [ComparedField, ChangeKind][]) {
      const was = old.fields[field];
      const is = node.fields[field];
      if (!sameValue(was, is)) changes.push({ ...at, kind, field, before: was, after: is });
    }
  }
  for (const node of before.values()) {
    if (after.has(node.id) || node.owners.some((owner) => !after.has(owner))) continue;
    changes.push({ ...node.ref, location: node.location, kind: "removed", before: node.value });
  }
  return { changes, summary: summariseChanges(changes) };
}
