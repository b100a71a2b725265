import { describe, expect, it } from "vitest";
import { checkCompleteness } from "@/lib/frameworks/completeness";
import { countElements, type FrameworkDocument } from "@/lib/frameworks/document";
import { parseFrameworkCsv, writeFrameworkCsv } from "@/lib/frameworks/interchange-csv";
import { documentIssues, FRAMEWORK_LIMITS, frameworkDocumentSchema, frameworkEditSchema } from "@/lib/frameworks/schemas";
import { expertToLeaderTemplate } from "@/lib/frameworks/starter-template";

const template = expertToLeaderTemplate();

function issuesOf(doc: unknown) {
  const result = frameworkDocumentSchema.safeParse(doc);
  return result.success ? [] : documentIssues(result.error);
}

const small = (): FrameworkDocument => ({
  name: "F",
  description: "",
  scale: [],
  stages: [{ key: "s1", name: "One", description: "" }],
  clusters: [
    {
      key: "c1",
      name: "C",
      description: "",
      competencies: [{ key: "k1", name: "K", description: "", tags: [], expectations: [{ stageKey: "s1", notApplicable: false, text: "T", developAhead: false, indicators: [] }] }],
    },
  ],
});

describe("frameworkDocumentSchema", () => {
  it("accepts a sound document, trimming text and putting names on one line", () => {
    const doc = small();
    doc.name = "  Engineering \n leadership ";
    doc.description = "  Line one\nline two  ";
    const parsed = frameworkDocumentSchema.parse(doc);
    expect(parsed.name).toBe("Engineering leadership");
    expect(parsed.description).toBe("Line one\nline two");
  });

  it("allows blank names while a draft is being written; completeness catches them", () => {
    const doc = small();
    doc.name = "";
    expect(issuesOf(doc)).toEqual([]);
  });

  it("enforces the length limits with friendly messages", () => {
    const doc = small();
    doc.name = "x".repeat(FRAMEWORK_LIMITS.name + 1);
    const competency = doc.clusters[0]?.competencies[0];
    if (!competency?.expectations[0]) throw new Error("fixture");
    competency.description = "d".repeat(FRAMEWORK_LIMITS.description + 1);
    competency.expectations[0].text = "t".repeat(FRAMEWORK_LIMITS.expectationText + 1);
    competency.expectations[0].indicators = [{ key: "i1", text: "i".repeat(FRAMEWORK_LIMITS.indicatorText + 1) }];
    expect(issuesOf(doc)).toEqual([
      { location: "Framework", message: "Keep the name to 120 characters or fewer" },
      { location: "Cluster 1 › Competency 1", message: "Keep the description to 4000 characters or fewer" },
      { location: "Cluster 1 › Competency 1 › Expectation 1", message: "Keep the expectation to 4000 characters or fewer" },
      { location: "Cluster 1 › Competency 1 › Expectation 1 › Indicator 1", message: "Keep the indicator to 1000 characters or fewer" },
    ]);
  });

  it("caps stages, scale points, indicators and competencies", () => {
    const many = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => ({ key: `${prefix}${i}`, name: `${prefix} ${i}`, description: "" }));
    expect(issuesOf({ ...small(), stages: many(21, "s") })).toEqual([{ location: "Framework", message: "A framework can have at most 20 stages" }]);
    expect(issuesOf({ ...small(), scale: many(11, "p") })).toEqual([{ location: "Proficiency scale", message: "A proficiency scale can have at most 10 points" }]);

    const doc = small();
    const expectation = doc.clusters[0]?.competencies[0]?.expectations[0];
    if (!expectation) throw new Error("fixture");
    expectation.indicators = Array.from({ length: 21 }, (_, i) => ({ key: `i${i}`, text: "x" }));
    expect(issuesOf(doc)).toEqual([{ location: "Cluster 1 › Competency 1 › Expectation 1", message: "An expectation can have at most 20 behavioural indicators" }]);

    const competencies = (cluster: number, count: number) => Array.from({ length: count }, (_, i) => ({ key: `k${cluster}-${i}`, name: "K", description: "", tags: [], expectations: [] }));
    const crowded = { ...small(), clusters: [0, 1].map((c) => ({ key: `c${c}`, name: "C", description: "", competencies: competencies(c, 250 + c) })) };
    expect(issuesOf(crowded)).toEqual([{ location: "Framework", message: "A framework can hold at most 500 competencies; this one has 501" }]);
  });

  it("refuses NUL characters, malformed keys and invalid tags", () => {
    const doc = small();
    doc.name = "Bad\u0000name";
    const competency = doc.clusters[0]?.competencies[0];
    if (!competency) throw new Error("fixture");
    competency.key = "has space";
    competency.tags = ["Emotional intelligence", "emotional  intelligence"];
    expect(issuesOf(doc)).toEqual([
      { location: "Framework", message: "The name contains a character that cannot be stored" },
      { location: "Cluster 1 › Competency 1", message: "A key must be 1 to 64 letters, digits, hyphens or underscores" },
      { location: "Cluster 1 › Competency 1", message: "Use each tag only once" },
    ]);
    expect(issuesOf({ ...small(), clusters: [{ ...small().clusters[0], competencies: [{ ...small().clusters[0]?.competencies[0], tags: [" "] }] }] })).toEqual([
      { location: "Cluster 1 › Competency 1 › Tag 1", message: "A tag cannot be blank" },
    ]);
  });

  it("refuses wrong types with a message naming the field", () => {
    expect(issuesOf(null)).toEqual([{ location: "Framework", message: "The framework must be an object" }]);
    expect(issuesOf({ ...small(), stages: "one" })).toEqual([{ location: "Framework", message: "Stages must be a list" }]);
  });

  it("refuses duplicate keys, unknown stages and two expectations for one stage", () => {
    const doc = small();
    const competency = doc.clusters[0]?.competencies[0];
    if (!competency?.expectations[0]) throw new Error("fixture");
    doc.clusters[0] = { ...doc.clusters[0], key: "s1", name: "C", description: "", competencies: [competency] };
    competency.expectations.push({ ...competency.expectations[0] }, { ...competency.expectations[0], stageKey: "gone" });
    expect(issuesOf(doc).map((issue) => issue.message)).toEqual([
      "This key is already used by another element; every element needs its own key",
      "This competency already has an expectation for this stage",
      "This expectation is for a stage that is not in the framework",
    ]);
  });
});

describe("frameworkEditSchema", () => {
  it("gives new elements a key when the editor did not send one", () => {
    const edit = frameworkEditSchema.parse({ op: "addCompetency", clusterKey: "c1", name: " Influence " });
    expect(edit).toMatchObject({ op: "addCompetency", name: "Influence", description: "", tags: [], key: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it("refuses unknown changes and bad positions", () => {
    expect(frameworkEditSchema.safeParse({ op: "explode" }).error?.issues[0]?.message).toBe("Unknown change to a framework");
    expect(frameworkEditSchema.safeParse({ op: "move", element: "competency", key: "k1", to: -1 }).error?.issues[0]?.message).toBe("Choose where to move it");
    expect(frameworkEditSchema.safeParse({ op: "rename", element: "indicator", key: "k1", name: "x" }).error?.issues[0]?.message).toBe("Choose what to change");
  });
});

describe("the Expert to leader starter template", () => {
  it("is a valid document with nothing left to do before publishing", () => {
    expect(frameworkDocumentSchema.parse(template)).toEqual(template);
    expect(checkCompleteness(template)).toEqual([]);
  });

  it("has four stages from technical expert to enterprise leader, a four-point scale and 10 to 14 competencies", () => {
    expect(template.name).toBe("Expert to leader");
    expect(template.stages.map((stage) => stage.name)).toEqual(["Technical expert", "First-time leader", "Leader of leaders", "Enterprise leader"]);
    expect(template.scale.map((point) => point.name)).toEqual(["Not yet", "Developing", "Proficient", "Role model"]);
    const counts = countElements(template);
    expect(counts.competencies).toBeGreaterThanOrEqual(10);
    expect(counts.competencies).toBeLessThanOrEqual(14);
    expect(template.clusters.map((cluster) => cluster.name)).toEqual(["Leading self", "Leading people", "Leading the work", "Leading the organisation", "Leadership and management"]);
  });

  it("fills every competency × stage, with 1 to 3 indicators for each expectation that applies", () => {
    const expectations = template.clusters.flatMap((cluster) => cluster.competencies.flatMap((competency) => competency.expectations));
    expect(expectations).toHaveLength(countElements(template).competencies * 4);
    for (const expectation of expectations) {
      if (expectation.notApplicable) expect(expectation.indicators).toEqual([]);
      else expect(expectation.indicators.length).toBeGreaterThanOrEqual(1);
      expect(expectation.indicators.length).toBeLessThanOrEqual(3);
    }
    expect(expectations.some((expectation) => expectation.notApplicable)).toBe(true);
  });

  it("tags emotional and social intelligence, and flags strategic perspective to develop ahead at the first-time leader stage", () => {
    const competencies = template.clusters.flatMap((cluster) => cluster.competencies);
    const tags = new Set(competencies.flatMap((competency) => competency.tags));
    expect(tags).toContain("emotional intelligence");
    expect(tags).toContain("social intelligence");
    const strategic = competencies.find((competency) => competency.name === "Strategic perspective");
    const firstTimeLeader = template.stages[1]?.key;
    expect(strategic?.expectations.find((expectation) => expectation.stageKey === firstTimeLeader)?.developAhead).toBe(true);
  });

  it("uses fresh keys for every copy", () => {
    const other = expertToLeaderTemplate();
    expect(other.stages[0]?.key).not.toBe(template.stages[0]?.key);
    expect({ ...other, stages: [], scale: [], clusters: [] }).toEqual({ ...template, stages: [], scale: [], clusters: [] });
  });

  it("exports to the interchange CSV and back, leaving out the stages marked not applicable", () => {
    const parsed = parseFrameworkCsv(writeFrameworkCsv(template), { stageNames: template.stages.map((stage) => stage.name) });
    if ("errors" in parsed) throw new Error(JSON.stringify(parsed.errors));
    const counts = countElements(template);
    const notApplicable = template.clusters.flatMap((cluster) => cluster.competencies.flatMap((competency) => competency.expectations)).filter((expectation) => expectation.notApplicable).length;
    expect(countElements(parsed.document)).toEqual({ ...counts, expectations: counts.expectations - notApplicable });
  });
});
