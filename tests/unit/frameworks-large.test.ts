import { describe, expect, it } from "vitest";
import { countElements } from "@/lib/frameworks/document";
import { applyEdit } from "@/lib/frameworks/edit";
import { largeFramework } from "@/lib/frameworks/large-framework";
import { frameworkDocumentSchema } from "@/lib/frameworks/schemas";

describe("largeFramework", () => {
  const doc = largeFramework();

  it("has 50 competencies × 6 stages × 5 indicators and is a valid document", () => {
    expect(countElements(doc)).toEqual({ scalePoints: 4, stages: 6, clusters: 5, competencies: 50, expectations: 300, indicators: 1500 });
    expect(frameworkDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it("keeps every untouched competency's object when one expectation changes (so the editor re-renders one row)", () => {
    const [first, second] = doc.clusters;
    const target = first?.competencies[3];
    const stage = doc.stages[2];
    if (!first || !second || !target || !stage) throw new Error("fixture is missing parts");
    const next = applyEdit(doc, { op: "setExpectation", competencyKey: target.key, stageKey: stage.key, text: "Changed" });
    expect(next.clusters[1]).toBe(second);
    expect(next.stages).toBe(doc.stages);
    next.clusters[0]?.competencies.forEach((competency, i) => (i === 3 ? expect(competency).not.toBe(target) : expect(competency).toBe(first.competencies[i])));
  });
});
