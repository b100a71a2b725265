/**
 * What the benchmark measures. Reference pages give the ceiling the budgets are relative to;
 * page cases are the app's pages, each reached with what the seed step made (`BenchFixtures`).
 * A new page is one more entry here (and, when it needs data, one more seed step in seed.ts).
 */

/** Ids the seed steps made, for building page URLs. */
export type BenchFixtures = Record<string, string>;

export type ReferenceKind = "static" | "emptyDynamic";

export type MeasuredUrl = {
  label: string;
  /** The route as the build names it, for matching the first-load JavaScript figures. */
  route: string;
  path(fixtures: BenchFixtures): string;
  /** Text the signed-in HTML must contain: proves the URL served the page, not a redirect or an error. */
  expectText: string;
};

export const REFERENCE_PAGES: Record<ReferenceKind, MeasuredUrl> = {
  static: { label: "Static reference (accessibility statement)", route: "/accessibility", path: () => "/accessibility", expectText: "What we test" },
  emptyDynamic: { label: "Empty dynamic reference (app layout, session check)", route: "/bench", path: () => "/bench", expectText: "Benchmark reference" },
};

/** Also measured in the browser (browser.ts). */
export const EDITOR_CASE: MeasuredUrl = {
  label: "Framework editor, 1,500 indicators",
  route: "/hr/frameworks/[id]/edit",
  path: (f) => `/hr/frameworks/${fixture(f, "largeFrameworkId")}/edit`,
  expectText: "Edit draft: Large framework",
};

export const PAGE_CASES: MeasuredUrl[] = [EDITOR_CASE, { label: "People list", route: "/hr/people", path: () => "/hr/people", expectText: "People in your organisation" }];

export function fixture(fixtures: BenchFixtures, name: string): string {
  const value = fixtures[name];
  if (!value) throw new Error(`The bench seed made no "${name}"; add the seed step that makes it (lib/bench/seed.ts).`);
  return value;
}
