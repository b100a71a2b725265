import { describe, expect, it } from "vitest";
import { checkCharter } from "@/lib/charters/completeness";
import { diffCharters } from "@/lib/charters/diff";
import { emptyCharter, type CharterDocument, type Requirement } from "@/lib/charters/document";
import { moveRequirements, resolveRequirements } from "@/lib/charters/requirements";
import { charterDocumentSchema, saveCharterSectionsSchema } from "@/lib/charters/schemas";
import { compareRoles } from "@/lib/charters/transition";
import type { FrameworkDocument } from "@/lib/frameworks/document";

/** A small framework: three stages, four competencies in two clusters, with fixed keys. */
function framework(overrides: Partial<FrameworkDocument> = {}): FrameworkDocument {
  const expectation = (stageKey: string) => ({ stageKey, notApplicable: false, text: `Expected at ${stageKey}`, developAhead: false, indicators: [] });
  const competency = (key: string, name: string) => ({ key, name, description: "", tags: [], expectations: ["s1", "s2", "s3"].map(expectation) });
  return {
    name: "Small",
    description: "",
    scale: [],
    stages: [
      { key: "s1", name: "Expert", description: "" },
      { key: "s2", name: "First-time leader", description: "" },
      { key: "s3", name: "Leader of leaders", description: "" },
    ],
    clusters: [
      { key: "c1", name: "Self", description: "", competencies: [competency("awareness", "Self-awareness"), competency("depth", "Technical depth")] },
      { key: "c2", name: "Others", description: "", competencies: [competency("coaching", "Coaching"), competency("strategy", "Strategy")] },
    ],
    ...overrides,
  };
}

/** The small framework's competency with `key`, to copy into variants. */
function competencyOf(key: string) {
  const found = framework().clusters.flatMap((cluster) => cluster.competencies).find((competency) => competency.key === key);
  if (!found) throw new Error(`No competency ${key}`);
  return found;
}

const need = (competencyKey: string, stageKey: string, developAhead = false): Requirement => ({ competencyKey, stageKey, developAhead });

function charter(requirements: Requirement[], sections: Partial<CharterDocument> = {}): CharterDocument {
  return { ...emptyCharter(), requirements, ...sections };
}

describe("the transition from one role to the next", () => {
  const expert = charter([need("awareness", "s1"), need("depth", "s2"), need("coaching", "s1", true)]);
  const leader = charter([need("awareness", "s2"), need("depth", "s1"), need("coaching", "s1"), need("strategy", "s2", true)]);

  it("sorts competencies into rises, newly required, matters less and unchanged", () => {
    const transition = compareRoles({ charter: expert, framework: framework() }, { charter: leader, framework: framework() });
    const names = (rows: { competencyName: string }[]) => rows.map((row) => row.competencyName);
    expect(names(transition.rises)).toEqual(["Self-awareness"]);
    expect(names(transition.added)).toEqual(["Strategy"]);
    expect(names(transition.mattersLess)).toEqual(["Technical depth"]);
    expect(names(transition.unchanged)).toEqual(["Coaching"]);
    expect(transition.rises[0]).toMatchObject({ before: { stageName: "Expert" }, after: { stageName: "First-time leader", expectation: "Expected at s2" } });
    expect(transition.added[0]?.after).toMatchObject({ developAhead: true });
  });

  it("lists a competency the new role no longer needs as mattering less, with nothing after", () => {
    const transition = compareRoles({ charter: expert, framework: framework() }, { charter: charter([need("awareness", "s1")]), framework: framework() });
    expect(transition.mattersLess.map((row) => [row.competencyName, row.after])).toEqual([
      ["Technical depth", null],
      ["Coaching", null],
    ]);
  });

  it("matches competencies by name when the two roles use different frameworks", () => {
    const other = framework({
      clusters: [{ key: "x", name: "All", description: "", competencies: [{ ...competencyOf("awareness"), key: "other-awareness", name: " self-AWARENESS " }] }],
    });
    const transition = compareRoles({ charter: expert, framework: framework() }, { charter: charter([need("other-awareness", "s3")]), framework: other });
    expect(transition.rises.map((row) => row.competencyName)).toEqual([" self-AWARENESS "]);
    expect(transition.added).toEqual([]);
  });

  it("shows everything as new when the earlier role has no charter", () => {
    const transition = compareRoles(null, { charter: leader, framework: framework() });
    expect(transition.added).toHaveLength(4);
    expect([...transition.rises, ...transition.mattersLess, ...transition.unchanged]).toEqual([]);
  });
});

describe("required competencies against a framework version", () => {
  it("resolves requirements in framework order and leaves out those the framework lacks", () => {
    const resolved = resolveRequirements([need("strategy", "s3"), need("gone", "s1"), need("awareness", "nowhere"), need("awareness", "s1")], framework());
    expect(resolved.map((row) => [row.competencyName, row.stageName, row.stageRank, row.clusterName])).toEqual([
      ["Self-awareness", "Expert", 0, "Self"],
      ["Strategy", "Leader of leaders", 2, "Others"],
    ]);
  });

  it("carries requirements to a new version by key, then by name, and says what it drops", () => {
    const next = framework({
      stages: [
        { key: "s1", name: "Expert", description: "" },
        { key: "renamed-stage", name: "First-time leader", description: "" },
      ],
      clusters: [
        {
          key: "c1",
          name: "Self",
          description: "",
          competencies: [{ ...competencyOf("awareness"), name: "Knowing yourself" }],
        },
        { key: "c2", name: "Others", description: "", competencies: [{ ...competencyOf("coaching"), key: "new-coaching-key" }] },
      ],
    });
    const moved = moveRequirements([need("awareness", "s1", true), need("coaching", "s2"), need("depth", "s1"), need("strategy", "s3")], framework(), next);
    expect(moved.kept).toEqual([need("awareness", "s1", true), need("new-coaching-key", "renamed-stage")]);
    expect(moved.dropped).toEqual([
      { competencyName: "Technical depth", reason: "the new version no longer has this competency" },
      { competencyName: "Strategy", reason: "the new version no longer has this competency" },
    ]);
  });

  it("drops a requirement whose stage the new version does not have", () => {
    const next = framework({ stages: [{ key: "s1", name: "Expert", description: "" }] });
    expect(moveRequirements([need("awareness", "s2")], framework(), next).dropped).toEqual([
      { competencyName: "Self-awareness", reason: "the new version has no stage called First-time leader" },
    ]);
  });
});

describe("publishing a charter", () => {
  const complete = charter([need("awareness", "s1")], {
    purpose: "Why",
    leadership: "Lead",
    management: "Manage",
    accountabilities: ["a"],
    decisionRights: ["b"],
    keyRelationships: ["c"],
    successMeasures: ["d"],
    expectations: ["e"],
    support: ["f"],
    individualCommitments: ["g"],
    organisationCommitments: ["h"],
  });

  it("finds nothing missing in a complete charter", () => {
    expect(checkCharter(complete, framework())).toEqual([]);
  });

  it("names every empty section, a missing framework and requirements that do not fit", () => {
    const problems = checkCharter({ ...complete, purpose: "  ", support: [] }, null);
    expect(problems.map((problem) => problem.location)).toEqual(["Purpose", "Support available", "Required competencies"]);
    expect(checkCharter({ ...complete, requirements: [] }, framework())).toEqual([{ location: "Required competencies", message: expect.stringMatching(/at least one/) }]);
    expect(checkCharter({ ...complete, requirements: [need("gone", "s1")] }, framework())).toEqual([{ location: "Required competencies", message: expect.stringMatching(/not in the chosen framework version/) }]);
  });
});

describe("the charter diff", () => {
  const side = (doc: CharterDocument, label = "Small, version 1") => ({ charter: doc, framework: framework(), frameworkLabel: label });

  it("shows reworded text, added and removed list items, and requirement changes", () => {
    const older = charter([need("awareness", "s1"), need("depth", "s2"), need("coaching", "s1")], { purpose: "Old", support: ["A coach", "A mentor"] });
    const newer = charter([need("awareness", "s2"), need("depth", "s1"), need("coaching", "s1", true), need("strategy", "s1")], { purpose: "New", support: ["A mentor", "A course"] });
    expect(diffCharters(side(older), side(newer, "Small, version 2"))).toEqual([
      { section: "Purpose", kind: "reworded", before: "Old", after: "New" },
      { section: "Support available", kind: "removed", before: "A coach" },
      { section: "Support available", kind: "added", after: "A course" },
      { section: "Required competencies", kind: "repinned", before: "Small, version 1", after: "Small, version 2" },
      { section: "Required competencies", kind: "added", after: "Strategy at Expert" },
      { section: "Required competencies", kind: "raised", before: "Self-awareness at Expert", after: "Self-awareness at First-time leader" },
      { section: "Required competencies", kind: "lowered", before: "Technical depth at First-time leader", after: "Technical depth at Expert" },
      { section: "Required competencies", kind: "flagChanged", after: "Coaching: now to be developed ahead of the role" },
    ]);
  });

  it("finds nothing between a version and itself", () => {
    const doc = charter([need("awareness", "s1")], { purpose: "Same", support: ["x", "x"] });
    expect(diffCharters(side(doc), side(structuredClone(doc)))).toEqual([]);
  });

  it("counts a repeated list item once per copy", () => {
    expect(diffCharters(side(charter([], { support: ["x", "x"] })), side(charter([], { support: ["x"] })))).toEqual([{ section: "Support available", kind: "removed", before: "x" }]);
  });
});

describe("charter schemas", () => {
  it("reads list sections from the form one item per line, trimmed, blank lines dropped", () => {
    const sections = Object.fromEntries(["purpose", "leadership", "management"].map((key) => [key, ""]));
    const lists = Object.fromEntries(
      ["accountabilities", "decisionRights", "keyRelationships", "successMeasures", "expectations", "support", "individualCommitments", "organisationCommitments"].map((key) => [key, ""]),
    );
    const parsed = saveCharterSectionsSchema.parse({ versionId: "abc", revision: "3", ...sections, ...lists, support: "  A coach \r\n\n  Résumé help  \n" });
    expect(parsed.support).toEqual(["A coach", "Résumé help"]);
    expect(parsed.accountabilities).toEqual([]);
    expect(saveCharterSectionsSchema.safeParse({ ...parsed, support: ["an", "array"] }).success).toBe(false);
  });

  it("refuses a stored document with a blank list item or too many items", () => {
    expect(charterDocumentSchema.safeParse(charter([], { support: [" "] })).success).toBe(false);
    expect(charterDocumentSchema.safeParse(charter([], { support: Array.from({ length: 21 }, (_, i) => `Item ${i}`) })).success).toBe(false);
    expect(charterDocumentSchema.safeParse(charter([need("a", "b")], { support: ["Fine"] })).success).toBe(true);
  });
});
