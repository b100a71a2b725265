import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { parseFrameworkCsv } from "@/lib/frameworks/interchange-csv";
import { exportFrameworkJson, parseFrameworkJson } from "@/lib/frameworks/json-interchange";
import { frameworkDocumentSchema } from "@/lib/frameworks/schemas";
import { expertToLeaderTemplate } from "@/lib/frameworks/starter-template";

function imported(text: string): FrameworkDocument {
  const parsed = parseFrameworkJson(text);
  if ("errors" in parsed) throw new Error(JSON.stringify(parsed.errors));
  return parsed.document;
}

const errorsOf = (text: string) => {
  const parsed = parseFrameworkJson(text);
  return "errors" in parsed ? parsed.errors : [];
};

function fixture(): FrameworkDocument {
  const parsed = parseFrameworkCsv(readFileSync(path.resolve(import.meta.dirname, "../../../shared/fixtures/medium-snowflake-framework.csv"), "utf8"));
  if ("errors" in parsed) throw new Error("the fixture should import");
  return { ...parsed.document, name: "Snowflake" };
}

const template = expertToLeaderTemplate();
const exported = exportFrameworkJson(template);

describe("exportFrameworkJson and parseFrameworkJson", () => {
  it("recreates the template and the real fixture exactly: export → import → export is identical", () => {
    for (const doc of [template, fixture()]) {
      const text = exportFrameworkJson(doc);
      expect(imported(text)).toEqual(doc);
      expect(exportFrameworkJson(imported(text))).toBe(text);
    }
  });

  it("starts with the format header and writes properties in a fixed order", () => {
    const data = JSON.parse(exported);
    expect(Object.keys(data)).toEqual(["format", "formatVersion", "name", "description", "scale", "stages", "clusters"]);
    expect(data).toMatchObject({ format: "leadership-framework", formatVersion: 1, name: "Expert to leader" });
    expect(Object.keys(data.clusters[0].competencies[0])).toEqual(["key", "name", "description", "tags", "expectations"]);
    expect(Object.keys(data.clusters[0].competencies[0].expectations[0])).toEqual(["stageKey", "notApplicable", "text", "developAhead", "indicators"]);
  });

  it("gives the same text whatever order the properties and expectations were in", () => {
    const shuffled = {
      ...template,
      clusters: template.clusters.map((cluster) => ({
        competencies: cluster.competencies.map((competency) => ({ expectations: [...competency.expectations].reverse(), tags: competency.tags, description: competency.description, name: competency.name, key: competency.key })),
        description: cluster.description,
        name: cluster.name,
        key: cluster.key,
      })),
    };
    expect(exportFrameworkJson(shuffled)).toBe(exported);
  });

  it("round-trips any text the schema accepts", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), (name, text) => {
        const first = template.clusters[0]?.competencies[0];
        const doc = frameworkDocumentSchema.safeParse({
          ...template,
          clusters: template.clusters.map((cluster, i) =>
            i === 0 && first ? { ...cluster, competencies: [{ ...first, name, expectations: first.expectations.map((item) => ({ ...item, text })) }, ...cluster.competencies.slice(1)] } : cluster,
          ),
        });
        fc.pre(doc.success);
        if (!doc.success) return;
        const once = exportFrameworkJson(doc.data);
        expect(exportFrameworkJson(imported(once))).toBe(once);
      }),
      { numRuns: 50 },
    );
  });

  it("accepts a byte order mark before the JSON", () => {
    expect(imported(`\uFEFF${exported}`)).toEqual(template);
  });
});

describe("parseFrameworkJson: refusing bad files", () => {
  it("refuses text that is not JSON or not a framework export", () => {
    expect(errorsOf("{ not json")).toEqual([{ location: "File", message: expect.stringContaining("not valid JSON") }]);
    expect(errorsOf(exported.slice(0, 200))).toEqual([{ location: "File", message: expect.stringContaining("not valid JSON") }]);
    expect(errorsOf("[]")).toEqual([{ location: "File", message: expect.stringContaining("not a framework export") }]);
    expect(errorsOf(JSON.stringify({ ...template }))).toEqual([{ location: "File", message: expect.stringContaining("not a framework export") }]);
  });

  it("explains a format version it cannot read", () => {
    const withVersion = (formatVersion: unknown) => JSON.stringify({ ...JSON.parse(exported), formatVersion });
    expect(errorsOf(withVersion(2))).toEqual([{ location: "File", message: expect.stringContaining("newer version of the app (format version 2)") }]);
    expect(errorsOf(withVersion("one"))).toEqual([{ location: "File", message: expect.stringContaining("missing or unknown") }]);
  });

  it("says where a broken element is", () => {
    const data = JSON.parse(exported);
    data.clusters[1].competencies[2].name = "x".repeat(121);
    data.clusters[0].competencies[0].expectations[1].indicators[0].text = "bad\u0000";
    expect(errorsOf(JSON.stringify(data))).toEqual([
      { location: "Cluster 1 › Competency 1 › Expectation 2 › Indicator 1", message: "The indicator contains a character that cannot be stored" },
      { location: "Cluster 2 › Competency 3", message: "Keep the name to 120 characters or fewer" },
    ]);
  });

  it("checks references once the fields are sound: unique keys, stages that exist, one expectation per stage", () => {
    const data = JSON.parse(exported);
    data.stages[3].key = data.stages[0].key;
    data.clusters[0].competencies[1].expectations[2].stageKey = data.stages[1].key;
    const errors = errorsOf(JSON.stringify(data));
    expect(errors[0]).toEqual({ location: "Stage 4", message: "This key is already used by another element; every element needs its own key" });
    expect(errors[1]).toEqual({ location: "Cluster 1 › Competency 1 › Expectation 4", message: "This expectation is for a stage that is not in the framework" });
    expect(errors).toContainEqual({ location: "Cluster 1 › Competency 2 › Expectation 3", message: "This competency already has an expectation for this stage" });
  });
});
