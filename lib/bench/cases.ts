/**
 * What the benchmark measures. Reference pages give the ceiling the budgets are relative to;
 * page cases are the app's main pages on the large organisation, each reached with what the seed
 * steps made (`BenchFixtures`) and signed in as the account that uses it. A new page is one more
 * entry here (and, when it needs data, one more seed step in seed.ts).
 */

/** Ids and sign-in e-mails the seed steps made, for building page URLs. */
export type BenchFixtures = Record<string, string>;

/** Which of the large organisation's accounts a page is measured as (the fixture holding its e-mail). */
export type BenchAccount = "hrEmail" | "managerEmail" | "leaderEmail";

export type ReferenceKind = "static" | "emptyDynamic";

export type MeasuredUrl = {
  label: string;
  /** The route as the build names it, for matching the first-load JavaScript figures. */
  route: string;
  path(fixtures: BenchFixtures): string;
  /** Text the signed-in HTML must contain: proves the URL served the page, not a redirect or an error. */
  expectText: string;
  as: BenchAccount;
};

export const REFERENCE_PAGES: Record<ReferenceKind, MeasuredUrl> = {
  static: { label: "Static reference (accessibility statement: no session, no data)", route: "/accessibility", path: () => "/accessibility", expectText: "What we test", as: "hrEmail" },
  emptyDynamic: { label: "Empty dynamic reference (app layout, session check)", route: "/bench", path: () => "/bench", expectText: "Benchmark reference", as: "hrEmail" },
};

/** Also measured in the browser (browser.ts). */
export const EDITOR_CASE: MeasuredUrl = {
  label: "Framework editor, 1,500 indicators",
  route: "/hr/frameworks/[id]/edit",
  path: (f) => `/hr/frameworks/${fixture(f, "largeFrameworkId")}/edit`,
  expectText: "Edit draft: Large framework",
  as: "hrEmail",
};

/** The HR dashboard, whose statements the benchmark also EXPLAINs. */
export const DASHBOARD_CASE: MeasuredUrl = { label: "HR dashboard", route: "/hr", path: () => "/hr", expectText: "How the leadership transition programme", as: "hrEmail" };

export const PAGE_CASES: MeasuredUrl[] = [
  DASHBOARD_CASE,
  { label: "People list", route: "/hr/people", path: () => "/hr/people", expectText: "People in your organisation", as: "hrEmail" },
  EDITOR_CASE,
  { label: "My transition (a new leader)", route: "/me", path: () => "/me", expectText: "This is your space for the move from expert to leader", as: "leaderEmail" },
  { label: "My team (a manager)", route: "/team", path: () => "/team", expectText: "Your reports, their inductions and career conversations", as: "managerEmail" },
];

export function fixture(fixtures: BenchFixtures, name: string): string {
  const value = fixtures[name];
  if (!value) throw new Error(`The bench seed made no "${name}"; add the seed step that makes it (lib/bench/seed.ts).`);
  return value;
}
