import { describe, expect, it } from "vitest";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { applyEdit, FrameworkEditError, type FrameworkEdit } from "@/lib/frameworks/edit";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const expectation = (stageKey: string, text: string, indicators: string[] = []) => ({
  stageKey,
  notApplicable: false,
  text,
  developAhead: false,
  indicators: indicators.map((key) => ({ key, text: `${key} text` })),
});

/** Frozen, so any edit that changed its input would throw. */
const base: FrameworkDocument = deepFreeze({
  name: "F",
  description: "",
  scale: [
    { key: "p1", name: "Low", description: "" },
    { key: "p2", name: "High", description: "" },
  ],
  stages: [
    { key: "s1", name: "One", description: "" },
    { key: "s2", name: "Two", description: "" },
    { key: "s3", name: "Three", description: "" },
  ],
  clusters: [
    {
      key: "c1",
      name: "Self",
      description: "",
      competencies: [
        { key: "k1", name: "A", description: "", tags: [], expectations: [expectation("s1", "A1", ["i1", "i2", "i3"]), expectation("s3", "A3")] },
        { key: "k2", name: "B", description: "", tags: [], expectations: [] },
        { key: "k3", name: "C", description: "", tags: [], expectations: [] },
      ],
    },
    { key: "c2", name: "People", description: "", competencies: [] },
  ],
});

const apply = (...edits: FrameworkEdit[]) => edits.reduce(applyEdit, base);
const competencyKeys = (doc: FrameworkDocument) => doc.clusters.map((cluster) => cluster.competencies.map((competency) => competency.key));
const indicatorKeys = (doc: FrameworkDocument) => doc.clusters[0]?.competencies[0]?.expectations[0]?.indicators.map((indicator) => indicator.key);

describe("applyEdit", () => {
  it("changes the framework's name and description without touching the rest", () => {
    const doc = apply({ op: "setFrameworkDetails", name: "Leaders" });
    expect(doc).toEqual({ ...base, name: "Leaders" });
    expect(doc.clusters).toBe(base.clusters);
    expect(apply({ op: "setFrameworkDetails", description: "About" })).toEqual({ ...base, description: "About" });
  });

  it("adds scale points, stages and clusters at the end or at a position", () => {
    const doc = apply(
      { op: "addElement", element: "stage", key: "s0", name: "Zero", description: "", index: 0 },
      { op: "addElement", element: "scalePoint", key: "p3", name: "Top", description: "" },
      { op: "addElement", element: "cluster", key: "c3", name: "Work", description: "Results", index: 1 },
    );
    expect(doc.stages.map((stage) => stage.key)).toEqual(["s0", "s1", "s2", "s3"]);
    expect(doc.scale.map((point) => point.key)).toEqual(["p1", "p2", "p3"]);
    expect(doc.clusters[1]).toEqual({ key: "c3", name: "Work", description: "Results", competencies: [] });
  });

  it("adds competencies to a cluster and indicators to an expectation, creating the expectation if needed", () => {
    const doc = apply(
      { op: "addCompetency", clusterKey: "c2", key: "k9", name: "Coaching", description: "", tags: ["social intelligence"] },
      { op: "addIndicator", competencyKey: "k1", stageKey: "s1", key: "i0", text: "First", index: 0 },
      { op: "addIndicator", competencyKey: "k1", stageKey: "s2", key: "i9", text: "New" },
    );
    expect(competencyKeys(doc)).toEqual([["k1", "k2", "k3"], ["k9"]]);
    expect(indicatorKeys(doc)).toEqual(["i0", "i1", "i2", "i3"]);
    expect(doc.clusters[0]?.competencies[0]?.expectations.map((item) => [item.stageKey, item.text, item.indicators.length])).toEqual([
      ["s1", "A1", 4],
      ["s2", "", 1],
      ["s3", "A3", 0],
    ]);
  });

  it("renames and describes any named element, and rewords indicators", () => {
    const doc = apply(
      { op: "rename", element: "scalePoint", key: "p2", name: "Expert" },
      { op: "rename", element: "stage", key: "s2", name: "Lead" },
      { op: "rename", element: "cluster", key: "c2", name: "Others" },
      { op: "rename", element: "competency", key: "k3", name: "Focus" },
      { op: "describe", element: "competency", key: "k3", description: "Where attention goes" },
      { op: "setIndicatorText", key: "i2", text: "Changed" },
      { op: "setTags", key: "k2", tags: ["resilience"] },
    );
    expect([doc.scale[1]?.name, doc.stages[1]?.name, doc.clusters[1]?.name]).toEqual(["Expert", "Lead", "Others"]);
    expect(doc.clusters[0]?.competencies[2]).toMatchObject({ name: "Focus", description: "Where attention goes" });
    expect(doc.clusters[0]?.competencies[1]?.tags).toEqual(["resilience"]);
    expect(doc.clusters[0]?.competencies[0]?.expectations[0]?.indicators[1]).toEqual({ key: "i2", text: "Changed" });
  });

  it("sets an expectation's text and flags one at a time", () => {
    const doc = apply(
      { op: "setExpectation", competencyKey: "k1", stageKey: "s3", developAhead: true },
      { op: "setExpectation", competencyKey: "k2", stageKey: "s1", notApplicable: true },
      { op: "setExpectation", competencyKey: "k1", stageKey: "s1", text: "Rewritten" },
    );
    expect(doc.clusters[0]?.competencies[0]?.expectations).toEqual([
      { ...expectation("s1", "Rewritten", ["i1", "i2", "i3"]) },
      { ...expectation("s3", "A3"), developAhead: true },
    ]);
    expect(doc.clusters[0]?.competencies[1]?.expectations).toEqual([{ ...expectation("s1", ""), notApplicable: true }]);
  });

  it("deletes elements; deleting a stage removes its expectations everywhere", () => {
    const doc = apply({ op: "delete", element: "stage", key: "s1" });
    expect(doc.stages.map((stage) => stage.key)).toEqual(["s2", "s3"]);
    expect(doc.clusters[0]?.competencies[0]?.expectations.map((item) => item.stageKey)).toEqual(["s3"]);
    expect(apply({ op: "delete", element: "indicator", key: "i2" }).clusters[0]?.competencies[0]?.expectations[0]?.indicators.map((item) => item.key)).toEqual(["i1", "i3"]);
    expect(competencyKeys(apply({ op: "delete", element: "competency", key: "k2" }))).toEqual([["k1", "k3"], []]);
    expect(apply({ op: "delete", element: "cluster", key: "c1" }).clusters.map((cluster) => cluster.key)).toEqual(["c2"]);
    expect(apply({ op: "delete", element: "scalePoint", key: "p1" }).scale.map((point) => point.key)).toEqual(["p2"]);
  });

  it("moves elements up, down and to a position, stopping at the ends", () => {
    expect(competencyKeys(apply({ op: "move", element: "competency", key: "k3", to: "up" }))[0]).toEqual(["k1", "k3", "k2"]);
    expect(competencyKeys(apply({ op: "move", element: "competency", key: "k1", to: "down" }))[0]).toEqual(["k2", "k1", "k3"]);
    expect(competencyKeys(apply({ op: "move", element: "competency", key: "k1", to: "up" }))[0]).toEqual(["k1", "k2", "k3"]);
    expect(competencyKeys(apply({ op: "move", element: "competency", key: "k3", to: "down" }))[0]).toEqual(["k1", "k2", "k3"]);
    expect(competencyKeys(apply({ op: "move", element: "competency", key: "k1", to: 99 }))[0]).toEqual(["k2", "k3", "k1"]);
    expect(indicatorKeys(apply({ op: "move", element: "indicator", key: "i3", to: 0 }))).toEqual(["i3", "i1", "i2"]);
    expect(apply({ op: "move", element: "stage", key: "s1", to: 2 }).stages.map((stage) => stage.key)).toEqual(["s2", "s3", "s1"]);
    expect(apply({ op: "move", element: "cluster", key: "c2", to: "up" }).clusters.map((cluster) => cluster.key)).toEqual(["c2", "c1"]);
    expect(apply({ op: "move", element: "scalePoint", key: "p2", to: 0 }).scale.map((point) => point.key)).toEqual(["p2", "p1"]);
  });

  it("moves a competency to another cluster, keeping its expectations", () => {
    const doc = apply({ op: "moveCompetencyToCluster", key: "k1", clusterKey: "c2" });
    expect(competencyKeys(doc)).toEqual([["k2", "k3"], ["k1"]]);
    expect(doc.clusters[1]?.competencies[0]).toBe(base.clusters[0]?.competencies[0]);
    expect(competencyKeys(apply({ op: "moveCompetencyToCluster", key: "k3", clusterKey: "c1", index: 0 }))[0]).toEqual(["k3", "k1", "k2"]);
  });

  it("refuses edits to elements that are gone, and adding a key twice", () => {
    const refused = (edit: FrameworkEdit) => () => applyEdit(base, edit);
    expect(refused({ op: "rename", element: "competency", key: "nope", name: "X" })).toThrow(new FrameworkEditError("That competency is no longer in the framework. Reload the page to see the latest draft."));
    expect(refused({ op: "delete", element: "indicator", key: "nope" })).toThrow(/indicator is no longer/);
    expect(refused({ op: "setExpectation", competencyKey: "k1", stageKey: "nope", text: "x" })).toThrow(/stage is no longer/);
    expect(refused({ op: "addCompetency", clusterKey: "nope", key: "k9", name: "X", description: "", tags: [] })).toThrow(/cluster is no longer/);
    expect(refused({ op: "moveCompetencyToCluster", key: "k1", clusterKey: "nope" })).toThrow(/cluster is no longer/);
    expect(refused({ op: "addElement", element: "stage", key: "k1", name: "X", description: "" })).toThrow(/already been added/);
    expect(refused({ op: "addIndicator", competencyKey: "k1", stageKey: "s1", key: "i1", text: "again" })).toThrow(FrameworkEditError);
  });
});
