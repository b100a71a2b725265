import { describe, expect, it } from "vitest";
import { checkCompleteness } from "@/lib/frameworks/completeness";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { applyEdit } from "@/lib/frameworks/edit";

const complete: FrameworkDocument = {
  name: "Engineering",
  description: "",
  scale: [
    { key: "p1", name: "Developing", description: "" },
    { key: "p2", name: "Proficient", description: "" },
  ],
  stages: [
    { key: "s1", name: "", description: "" },
    { key: "s2", name: "Lead", description: "" },
    { key: "s3", name: "Director", description: "" },
  ],
  clusters: [
    {
      key: "c1",
      name: "Executing",
      description: "",
      competencies: [
        {
          key: "k1",
          name: "Project Management",
          description: "",
          tags: [],
          expectations: [
            { stageKey: "s1", notApplicable: true, text: "", developAhead: false, indicators: [] },
            { stageKey: "s2", notApplicable: false, text: "Plans the team's work", developAhead: false, indicators: [{ key: "i1", text: "Keeps a plan" }] },
            { stageKey: "s3", notApplicable: false, text: "Plans across teams", developAhead: true, indicators: [] },
          ],
        },
      ],
    },
  ],
};

const named = { ...complete, stages: complete.stages.map((stage) => ({ ...stage, name: stage.name || "Expert" })) };

describe("checkCompleteness", () => {
  it("finds nothing to do in a complete framework; not applicable counts as filled", () => {
    expect(checkCompleteness(named)).toEqual([]);
  });

  it("says where an expectation is missing, blank or only whitespace", () => {
    const missing = applyEdit(named, { op: "delete", element: "indicator", key: "i1" });
    const withoutS3 = { ...missing, clusters: missing.clusters.map((cluster) => ({ ...cluster, competencies: cluster.competencies.map((item) => ({ ...item, expectations: item.expectations.slice(0, 2) })) })) };
    const blank = applyEdit(withoutS3, { op: "setExpectation", competencyKey: "k1", stageKey: "s2", text: "  \n " });
    expect(checkCompleteness(blank)).toEqual([
      {
        element: "expectation",
        competencyKey: "k1",
        stageKey: "s2",
        location: "Cluster ‘Executing’ › Competency ‘Project Management’ › Stage 2 ‘Lead’",
        message: "No expectation yet: write what is expected at this stage, or mark it not applicable.",
      },
      {
        element: "expectation",
        competencyKey: "k1",
        stageKey: "s3",
        location: "Cluster ‘Executing’ › Competency ‘Project Management’ › Stage 3 ‘Director’",
        message: expect.stringContaining("No expectation yet"),
      },
    ]);
  });

  it("numbers a stage with no name, and asks for its name", () => {
    const unset = applyEdit(complete, { op: "setExpectation", competencyKey: "k1", stageKey: "s1", notApplicable: false });
    expect(checkCompleteness(unset).map(({ location, message }) => [location, message])).toEqual([
      ["Stage 1", "This stage needs a name."],
      ["Cluster ‘Executing’ › Competency ‘Project Management’ › Stage 1", expect.stringContaining("No expectation yet")],
    ]);
  });

  it("asks for a name for the framework and every element", () => {
    const unnamed: FrameworkDocument = {
      ...named,
      name: " ",
      scale: named.scale.map((point, i) => (i === 1 ? { ...point, name: "" } : point)),
      clusters: named.clusters.map((cluster) => ({ ...cluster, name: "", competencies: cluster.competencies.map((item) => ({ ...item, name: "" })) })),
    };
    expect(checkCompleteness(unnamed).map(({ element, location, message }) => [element, location, message])).toEqual([
      ["framework", "Framework", "The framework needs a name."],
      ["scalePoint", "Proficiency scale › Point 2 (no name yet)", "This point needs a name."],
      ["cluster", "Cluster 1 (no name yet)", "This cluster needs a name."],
      ["competency", "Cluster 1 (no name yet) › Competency 1 (no name yet)", "This competency needs a name."],
    ]);
  });

  it("asks for at least two scale points, and at least one stage, cluster and competency", () => {
    expect(checkCompleteness({ name: "Empty", description: "", scale: [], stages: [], clusters: [] }).map((problem) => problem.message)).toEqual([
      "The proficiency scale needs at least two points; it has 0.",
      "Add at least one stage.",
      "Add at least one cluster.",
    ]);
    const onePoint = { ...named, scale: named.scale.slice(0, 1) };
    expect(checkCompleteness(onePoint).map((problem) => problem.message)).toEqual(["The proficiency scale needs at least two points; it has 1."]);
    const noCompetencies = { ...named, clusters: named.clusters.map((cluster) => ({ ...cluster, competencies: [] })) };
    expect(checkCompleteness(noCompetencies).map((problem) => problem.message)).toEqual(["Add at least one competency."]);
  });

  it("asks for blank behavioural indicators to be written or deleted", () => {
    const blank = applyEdit(named, { op: "setIndicatorText", key: "i1", text: "" });
    expect(checkCompleteness(blank)).toEqual([
      {
        element: "indicator",
        key: "i1",
        competencyKey: "k1",
        stageKey: "s2",
        location: "Cluster ‘Executing’ › Competency ‘Project Management’ › Stage 2 ‘Lead’ › Indicator 1",
        message: "This behavioural indicator is blank: write it or delete it.",
      },
    ]);
  });

  it("shortens very long names in locations", () => {
    const long = applyEdit(named, { op: "rename", element: "cluster", key: "c1", name: "A".repeat(100) });
    const problems = checkCompleteness(applyEdit(long, { op: "setExpectation", competencyKey: "k1", stageKey: "s2", text: "" }));
    expect(problems[0]?.location).toBe(`Cluster ‘${"A".repeat(59)}…’ › Competency ‘Project Management’ › Stage 2 ‘Lead’`);
  });
});
