import { describe, expect, it } from "vitest";
import { shareOut } from "@/lib/bench/large/conversations";
import { inventPeople } from "@/lib/bench/large/names";
import { createIds, createRandom } from "@/lib/bench/large/random";
import { scaledSizes } from "@/lib/bench/large/sizes";
import { buildReportingTree, MAX_SPAN, MIN_SPAN, type ReportingTree } from "@/lib/bench/large/tree";

/** Checks the invariants every reporting tree keeps; returns its depth and manager count. */
function checkTree(tree: ReportingTree) {
  const people = tree.parent.length;
  expect(tree.parent.filter((parent) => parent === null)).toHaveLength(1);
  expect(tree.parent[0]).toBeNull();
  // Each manager comes before their reports, so following managers always ends at the top: no cycles.
  const misplaced = tree.parent.filter((parent, index) => index > 0 && (parent === null || parent >= index || tree.level[index] !== (tree.level[parent] ?? 0) + 1));
  expect(misplaced).toEqual([]);
  const counted = new Array<number>(people).fill(0);
  for (const parent of tree.parent) if (parent !== null) counted[parent] = (counted[parent] ?? 0) + 1;
  expect(tree.reports).toEqual(counted);
  const spans = tree.reports.filter((reports) => reports > 0);
  return { depth: Math.max(...tree.level), managers: spans.length, minSpan: Math.min(...spans), maxSpan: Math.max(...spans) };
}

describe("the large seed's reporting tree", () => {
  it("has one top, no cycles, spans of 5–12 and people five to seven levels deep at 10,000 people", () => {
    const shape = checkTree(buildReportingTree(createRandom(7), 10_000));
    expect(shape.minSpan).toBeGreaterThanOrEqual(MIN_SPAN);
    expect(shape.maxSpan).toBeLessThanOrEqual(MAX_SPAN);
    expect(shape.depth).toBeGreaterThanOrEqual(5);
    expect(shape.depth).toBeLessThanOrEqual(7);
    // Spans of 5–12 leave room for between 834 and 2,000 managers; about one person in nine manages.
    expect(shape.managers).toBeGreaterThan(1_000);
    expect(shape.managers).toBeLessThan(1_300);
  });

  it("keeps the span limits at every size from one small team to 12,000 people", () => {
    for (const people of [14, 20, 57, 100, 333, 1_000, 4_321, 12_000]) {
      for (const seed of [1, 2, 3]) {
        const shape = checkTree(buildReportingTree(createRandom(seed), people));
        expect(shape.minSpan, `${people} people, seed ${seed}`).toBeGreaterThanOrEqual(MIN_SPAN);
        expect(shape.maxSpan, `${people} people, seed ${seed}`).toBeLessThanOrEqual(MAX_SPAN);
        expect(shape.depth).toBeLessThanOrEqual(7);
      }
    }
  });

  it("puts a team too small to split under one manager", () => {
    const tree = buildReportingTree(createRandom(1), 6);
    expect(tree.parent).toEqual([null, 0, 0, 0, 0, 0]);
  });

  it("is the same tree for the same seed and a different one for another", () => {
    const first = buildReportingTree(createRandom(42), 2_000);
    expect(buildReportingTree(createRandom(42), 2_000)).toEqual(first);
    expect(buildReportingTree(createRandom(43), 2_000)).not.toEqual(first);
  });
});

describe("the large seed's building blocks", () => {
  it("makes unique cuid-shaped ids, repeatable with a fixed salt", () => {
    const ids = createIds("abcdef0123");
    const made = Array.from({ length: 10_000 }, () => ids());
    expect(new Set(made).size).toBe(made.length);
    for (const id of made.slice(0, 5)) expect(id).toMatch(/^c[a-z0-9]{24}$/);
    const again = createIds("abcdef0123");
    expect(again()).toBe(made[0]);
    expect(() => createIds("BAD")).toThrow();
  });

  it("invents 10,000 distinct people with distinct, plain e-mail addresses", () => {
    const people = inventPeople(createRandom(7), 13_000, "large.test");
    expect(new Set(people.map((person) => person.email)).size).toBe(13_000);
    for (const person of people.slice(0, 200)) expect(person.email).toMatch(/^[a-z]+(\.[a-z]+)+@large\.test$/);
  });

  it("shares a total out in proportion to weights, adding up exactly", () => {
    expect(shareOut(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(shareOut(30_000, [0.5, 1, 0.35, 0.9]).reduce((sum, share) => sum + share, 0)).toBe(30_000);
    expect(shareOut(5, [0, 0])).toEqual([0, 0]);
  });

  it("scales the sizes of issue #7 and keeps a workable minimum", () => {
    expect(scaledSizes(1)).toMatchObject({ people: 10_000, frameworks: 60, jobRoles: 300, inductions: 3_000, cohorts: 40, conversations: 30_000, plans: 5_000, relationships: 800 });
    expect(scaledSizes(0.001)).toMatchObject({ people: 20, frameworks: 1, jobRoles: 6, cohorts: 1 });
    expect(() => scaledSizes(0)).toThrow();
    expect(() => scaledSizes(Number.NaN)).toThrow();
  });
});
