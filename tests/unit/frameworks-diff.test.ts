import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { diffVersions, type FrameworkChange } from "@/lib/frameworks/diff";
import { applyEdit, type FrameworkEdit } from "@/lib/frameworks/edit";
import type { Competency, FrameworkDocument, Key } from "@/lib/frameworks/document";

function competency(key: string, name: string): Competency {
  return {
    key,
    name,
    description: `${name}, described`,
    tags: ["emotional intelligence"],
    expectations: ["s1", "s2"].map((stageKey) => ({
      stageKey,
      notApplicable: false,
      text: `${name} at ${stageKey}`,
      developAhead: false,
      indicators: [1, 2, 3].map((n) => ({ key: `${key}-${stageKey}-i${n}`, text: `${name} signal ${n}` })),
    })),
  };
}

const base: FrameworkDocument = {
  name: "Engineering",
  description: "How we grow",
  scale: [
    { key: "p1", name: "Not yet", description: "" },
    { key: "p2", name: "Proficient", description: "" },
  ],
  stages: [
    { key: "s1", name: "Expert", description: "" },
    { key: "s2", name: "Lead", description: "" },
  ],
  clusters: [
    { key: "c1", name: "Self", description: "", competencies: [competency("k1", "Awareness"), competency("k2", "Resilience"), competency("k3", "Focus")] },
    { key: "c2", name: "People", description: "", competencies: [competency("k4", "Coaching")] },
  ],
};

const edited = (...edits: FrameworkEdit[]) => edits.reduce(applyEdit, base);
const changesTo = (...edits: FrameworkEdit[]) => diffVersions(base, edited(...edits)).changes;

describe("diffVersions", () => {
  it("finds nothing between a version and itself", () => {
    expect(diffVersions(base, structuredClone(base))).toEqual({
      changes: [],
      summary: { added: 0, removed: 0, renamed: 0, reworded: 0, moved: 0, flagChanged: 0, total: 0 },
    });
  });

  it("lists an added competency once, not its expectations and indicators as well", () => {
    const added = competency("k9", "Influence");
    const newer = { ...base, clusters: base.clusters.map((cluster) => (cluster.key === "c2" ? { ...cluster, competencies: [...cluster.competencies, added] } : cluster)) };
    expect(diffVersions(base, newer).changes).toEqual([
      { element: "competency", key: "k9", kind: "added", location: "Cluster ‘People’ › Competency ‘Influence’", after: "Influence" },
    ]);
  });

  it("lists a removed cluster once, located where it was", () => {
    expect(changesTo({ op: "delete", element: "cluster", key: "c1" })).toEqual([{ element: "cluster", key: "c1", kind: "removed", location: "Cluster ‘Self’", before: "Self" }]);
  });

  it("reports renames with the old and new names", () => {
    expect(changesTo({ op: "rename", element: "competency", key: "k2", name: "Composure" }, { op: "setFrameworkDetails", name: "Engineering leadership" })).toEqual([
      { element: "framework", kind: "renamed", location: "Framework", field: "name", before: "Engineering", after: "Engineering leadership" },
      { element: "competency", key: "k2", kind: "renamed", location: "Cluster ‘Self’ › Competency ‘Composure’", field: "name", before: "Resilience", after: "Composure" },
    ]);
  });

  it("reports rewording of descriptions, expectations and indicators", () => {
    const changes = changesTo(
      { op: "describe", element: "cluster", key: "c2", description: "Working with others" },
      { op: "setExpectation", competencyKey: "k1", stageKey: "s2", text: "Leads with awareness" },
      { op: "setIndicatorText", key: "k4-s1-i2", text: "Asks good questions" },
    );
    expect(changes).toEqual([
      {
        element: "expectation",
        competencyKey: "k1",
        stageKey: "s2",
        kind: "reworded",
        location: "Cluster ‘Self’ › Competency ‘Awareness’ › Stage 2 ‘Lead’",
        field: "text",
        before: "Awareness at s2",
        after: "Leads with awareness",
      },
      { element: "cluster", key: "c2", kind: "reworded", location: "Cluster ‘People’", field: "description", before: "", after: "Working with others" },
      {
        element: "indicator",
        key: "k4-s1-i2",
        competencyKey: "k4",
        stageKey: "s1",
        kind: "reworded",
        location: "Cluster ‘People’ › Competency ‘Coaching’ › Stage 1 ‘Expert’ › Indicator 2",
        field: "text",
        before: "Coaching signal 2",
        after: "Asks good questions",
      },
    ]);
  });

  it("reports flag changes: develop ahead, not applicable and tags, but not tags merely reordered", () => {
    const changes = changesTo(
      { op: "setExpectation", competencyKey: "k3", stageKey: "s1", developAhead: true, notApplicable: true },
      { op: "setTags", key: "k1", tags: ["emotional intelligence", "social intelligence"] },
    );
    expect(changes.map(({ kind, field, before, after }) => ({ kind, field, before, after }))).toEqual([
      { kind: "flagChanged", field: "tags", before: ["emotional intelligence"], after: ["emotional intelligence", "social intelligence"] },
      { kind: "flagChanged", field: "notApplicable", before: false, after: true },
      { kind: "flagChanged", field: "developAhead", before: false, after: true },
    ]);
    const reordered = applyEdit(base, { op: "setTags", key: "k1", tags: ["b", "a"] });
    expect(diffVersions(reordered, applyEdit(base, { op: "setTags", key: "k1", tags: ["a", "b"] })).changes).toEqual([]);
  });

  it("marks only the competency that moved, with its old and new positions", () => {
    expect(changesTo({ op: "move", element: "competency", key: "k3", to: 0 })).toEqual([
      { element: "competency", key: "k3", kind: "moved", location: "Cluster ‘Self’ › Competency ‘Focus’", field: "position", before: 3, after: 1 },
    ]);
  });

  it("does not mark elements as moved when something is inserted or deleted above them", () => {
    const inserted = changesTo(
      { op: "addCompetency", clusterKey: "c1", key: "k0", name: "Curiosity", description: "", tags: [], index: 0 },
      { op: "addElement", element: "stage", key: "s0", name: "Apprentice", description: "", index: 0 },
      { op: "addIndicator", competencyKey: "k2", stageKey: "s1", key: "k2-s1-i0", text: "First", index: 0 },
    );
    expect(inserted.map((change) => change.kind)).toEqual(["added", "added", "added"]);

    const deleted = changesTo({ op: "delete", element: "competency", key: "k1" }, { op: "delete", element: "indicator", key: "k2-s1-i1" });
    expect(deleted.map((change) => change.kind)).toEqual(["removed", "removed"]);
  });

  it("reports a competency moved to another cluster as one move between parents", () => {
    expect(changesTo({ op: "moveCompetencyToCluster", key: "k2", clusterKey: "c2", index: 0 })).toEqual([
      { element: "competency", key: "k2", kind: "moved", location: "Cluster ‘People’ › Competency ‘Resilience’", field: "parent", before: "Cluster ‘Self’", after: "Cluster ‘People’" },
    ]);
  });

  it("reports an indicator moved within its expectation", () => {
    const changes = changesTo({ op: "move", element: "indicator", key: "k1-s1-i3", to: "up" }, { op: "move", element: "indicator", key: "k1-s1-i3", to: "up" });
    expect(changes).toEqual([expect.objectContaining({ element: "indicator", key: "k1-s1-i3", kind: "moved", field: "position", before: 3, after: 1 })]);
  });

  it("reports stages and scale points added, removed, renamed and moved", () => {
    const changes = changesTo(
      { op: "rename", element: "scalePoint", key: "p1", name: "Beginning" },
      { op: "move", element: "scalePoint", key: "p2", to: 0 },
      { op: "addElement", element: "stage", key: "s3", name: "Enterprise", description: "" },
    );
    expect(changes.map(({ element, kind, field }) => `${element} ${kind} ${field ?? ""}`.trim())).toEqual(["scalePoint moved position", "scalePoint renamed name", "stage added"]);
  });

  it("lists an added or removed stage once, not the expectations that come or go with it", () => {
    expect(changesTo({ op: "delete", element: "stage", key: "s2" })).toEqual([{ element: "stage", key: "s2", kind: "removed", location: "Stage 2 ‘Lead’", before: "Lead" }]);
    const older = applyEdit(base, { op: "delete", element: "stage", key: "s2" });
    expect(diffVersions(older, base).changes).toEqual([{ element: "stage", key: "s2", kind: "added", location: "Stage 2 ‘Lead’", after: "Lead" }]);
  });

  it("treats filling in an empty cell as an added expectation with its indicators", () => {
    const older = applyEdit(base, { op: "delete", element: "stage", key: "s2" });
    const withStage = applyEdit(older, { op: "addElement", element: "stage", key: "s2", name: "Lead", description: "" });
    const blank = applyEdit(withStage, { op: "setExpectation", competencyKey: "k4", stageKey: "s2", text: "" });
    expect(diffVersions(withStage, blank).changes).toEqual([]);
    const filled = applyEdit(
      applyEdit(withStage, { op: "setExpectation", competencyKey: "k4", stageKey: "s2", text: "Coaches the team" }),
      { op: "addIndicator", competencyKey: "k4", stageKey: "s2", key: "new-i", text: "Runs one-to-ones" },
    );
    expect(diffVersions(withStage, filled).changes.map(({ element, kind, after }) => [element, kind, after])).toEqual([
      ["expectation", "added", "Coaches the team"],
      ["indicator", "added", "Runs one-to-ones"],
    ]);
  });

  it("counts each kind in the summary", () => {
    const { summary } = diffVersions(
      base,
      edited(
        { op: "rename", element: "cluster", key: "c1", name: "Leading self" },
        { op: "delete", element: "competency", key: "k4" },
        { op: "move", element: "competency", key: "k1", to: 2 },
        { op: "setExpectation", competencyKey: "k2", stageKey: "s1", text: "New", developAhead: true },
      ),
    );
    expect(summary).toEqual({ added: 0, removed: 1, renamed: 1, reworded: 1, moved: 1, flagChanged: 1, total: 5 });
  });
});

/* Property tests: random documents with unique keys, and one random edit at a time. */

const text = fc.string({ maxLength: 8 });

const documents = fc
  .record({
    stages: fc.integer({ min: 1, max: 3 }),
    scale: fc.integer({ min: 0, max: 3 }),
    clusters: fc.array(
      fc.array(
        fc.record({
          name: text,
          tags: fc.uniqueArray(fc.constantFrom("a", "b", "c")),
          cells: fc.array(fc.option(fc.record({ text, notApplicable: fc.boolean(), developAhead: fc.boolean(), indicators: fc.array(text, { maxLength: 3 }) })), { minLength: 3, maxLength: 3 }),
        }),
        { maxLength: 4 },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ stages, scale, clusters }): FrameworkDocument => {
    let next = 0;
    const key = () => `key-${(next += 1)}-`;
    const stageList = Array.from({ length: stages }, (_, i) => ({ key: key(), name: `Stage ${i}`, description: "" }));
    return {
      name: "F",
      description: "",
      scale: Array.from({ length: scale }, (_, i) => ({ key: key(), name: `Point ${i}`, description: "" })),
      stages: stageList,
      clusters: clusters.map((competencies, i) => ({
        key: key(),
        name: `Cluster ${i}`,
        description: "",
        competencies: competencies.map((item) => ({
          key: key(),
          name: item.name,
          description: "",
          tags: item.tags,
          expectations: stageList.flatMap((stage, s) => {
            const cell = item.cells[s];
            return cell ? [{ stageKey: stage.key, text: cell.text, notApplicable: cell.notApplicable, developAhead: cell.developAhead, indicators: cell.indicators.map((t) => ({ key: key(), text: t })) }] : [];
          }),
        })),
      })),
    };
  });

type Element = { element: "scalePoint" | "stage" | "cluster" | "competency" | "indicator"; key: Key; siblings: Key[]; home?: { competencyKey: Key; stageKey: Key } };

function elementsOf(doc: FrameworkDocument): Element[] {
  const keys = (items: { key: Key }[]) => items.map((item) => item.key);
  return [
    ...doc.scale.map((item) => ({ element: "scalePoint" as const, key: item.key, siblings: keys(doc.scale) })),
    ...doc.stages.map((item) => ({ element: "stage" as const, key: item.key, siblings: keys(doc.stages) })),
    ...doc.clusters.flatMap((cluster) => [
      { element: "cluster" as const, key: cluster.key, siblings: keys(doc.clusters) },
      ...cluster.competencies.flatMap((item) => [
        { element: "competency" as const, key: item.key, siblings: keys(cluster.competencies) },
        ...item.expectations.flatMap((expectation) =>
          expectation.indicators.map((indicator) => ({
            element: "indicator" as const,
            key: indicator.key,
            siblings: keys(expectation.indicators),
            home: { competencyKey: item.key, stageKey: expectation.stageKey },
          })),
        ),
      ]),
    ]),
  ];
}

const LISTS = ["scalePoint", "stage", "cluster"] as const;

/** An edit to one element, and the keys a change reporting it may name. */
function editFor(doc: FrameworkDocument, pick: number, kind: number, position: number, words: string): { edit: FrameworkEdit; keys: Key[] } | undefined {
  const elements = elementsOf(doc);
  const target = elements[pick % elements.length];
  if (!target) return undefined;
  const { element, key } = target;
  const competencies = elements.filter((item) => item.element === "competency");
  const stageKey = doc.stages[position % doc.stages.length]?.key ?? "";
  const fresh = "fresh-key";
  const value = `changed ${words}`;
  switch (kind % 8) {
    case 0:
      return element === "indicator" ? { edit: { op: "setIndicatorText", key, text: value }, keys: [key] } : { edit: { op: "rename", element, key, name: value }, keys: [key] };
    case 1:
      return element === "indicator" ? undefined : { edit: { op: "describe", element, key, description: value }, keys: [key] };
    case 2: {
      const from = target.siblings.indexOf(key);
      const to = position % target.siblings.length;
      const passed = Math.abs(to - from) === 1 ? [target.siblings[to] ?? ""] : [];
      return { edit: { op: "move", element, key, to }, keys: [key, ...passed] };
    }
    case 3:
      return { edit: { op: "delete", element, key }, keys: [key] };
    case 4: {
      const competencyKey = element === "competency" ? key : (competencies[pick % Math.max(1, competencies.length)]?.key ?? "");
      return competencyKey ? { edit: { op: "setExpectation", competencyKey, stageKey, text: value, notApplicable: kind % 2 === 0, developAhead: kind % 3 === 0 }, keys: [competencyKey] } : undefined;
    }
    case 5: {
      const competencyKey = competencies[pick % Math.max(1, competencies.length)]?.key;
      return competencyKey ? { edit: { op: "addIndicator", competencyKey, stageKey, key: fresh, text: value, index: position }, keys: [fresh] } : undefined;
    }
    case 6: {
      if (element !== "competency") return { edit: { op: "addElement", element: LISTS[kind % 3] ?? "stage", key: fresh, name: value, description: "", index: position }, keys: [fresh] };
      const clusterKey = doc.clusters[position % doc.clusters.length]?.key ?? "";
      return { edit: { op: "moveCompetencyToCluster", key, clusterKey, index: position }, keys: [key, ...target.siblings] };
    }
    default:
      return element === "competency" ? { edit: { op: "setTags", key, tags: [value] }, keys: [key] } : undefined;
  }
}

const mentions = (change: FrameworkChange, key: Key) => ("key" in change && change.key === key) || ("competencyKey" in change && change.competencyKey === key);

describe("diffVersions, for any document", () => {
  it("finds no changes between a document and a copy of itself", () => {
    fc.assert(
      fc.property(documents, (doc) => {
        expect(diffVersions(doc, structuredClone(doc)).changes).toEqual([]);
      }),
    );
  });

  it("reports every single edit with a change that names the edited element", () => {
    fc.assert(
      fc.property(documents, fc.nat(), fc.nat(), fc.nat(), fc.string({ maxLength: 5 }), (doc, pick, kind, position, words) => {
        const picked = editFor(doc, pick, kind, position, words);
        fc.pre(picked !== undefined);
        if (!picked) return;
        const after = applyEdit(doc, picked.edit);
        fc.pre(JSON.stringify(after) !== JSON.stringify(doc));
        const { changes } = diffVersions(doc, after);
        expect(changes.some((change) => picked.keys.some((key) => mentions(change, key))), JSON.stringify({ edit: picked.edit, changes })).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is symmetric: going back removes what going forward added, with as many moves and rewordings", () => {
    fc.assert(
      fc.property(documents, fc.nat(), fc.nat(), fc.nat(), (doc, pick, kind, position) => {
        const picked = editFor(doc, pick, kind, position, "x");
        fc.pre(picked !== undefined);
        if (!picked) return;
        const after = applyEdit(doc, picked.edit);
        const forward = diffVersions(doc, after).summary;
        const back = diffVersions(after, doc).summary;
        expect(back).toEqual({ ...forward, added: forward.removed, removed: forward.added });
      }),
    );
  });
});
