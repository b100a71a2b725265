import { describe, expect, it } from "vitest";
import { formatReport, latency, markdownTable } from "@/lib/bench/format";
import type { LoadFigures } from "@/lib/bench/load";
import { allMisses, editMisses, firstLoadMiss, largeSequentialScans, pageBudgetMisses, pageMisses, type BenchReport, type MeasuredRow } from "@/lib/bench/report";

const load = (requestsPerSecond: number, p95: number, extra: Partial<LoadFigures> = {}): LoadFigures => ({ requestsPerSecond, p50: p95 / 2, p95, p99: p95 * 1.5, non2xx: 0, errors: 0, ...extra });

function report(overrides: Partial<BenchReport> = {}): BenchReport {
  return {
    date: "2026-11-22",
    machine: { cores: 2, cpuModel: "Test CPU", memoryBytes: 24 * 2 ** 30, node: "v20.20.2", database: "embedded PostgreSQL", loadAverage: 0.2 },
    connections: 16,
    seconds: 10,
    rounds: 2,
    warmupSeconds: 3,
    seeded: ["the demo organisation", "a large framework"],
    rows: [
      { label: "Static reference", route: "/accessibility", kind: "static", figures: load(4400, 9), statements: 0, writes: 0 },
      { label: "Empty dynamic reference", route: "/bench", kind: "emptyDynamic", figures: load(400, 60), statements: 2, writes: 0 },
      { label: "Framework editor", route: "/hr/frameworks/[id]/edit", kind: "page", figures: load(100, 250), statements: 4, writes: 0, sql: load(2000, 12), lighthouse: { performance: 99, accessibility: 100, failedAudits: [] } },
      { label: "People list", route: "/hr/people", kind: "page", figures: load(300, 80), statements: 6, writes: 0, sql: load(1500, 20), lighthouse: { performance: 98, accessibility: 100, failedAudits: [] } },
    ],
    editor: { openMs: [900, 1100, 1000, 950, 1200], editMs: [20, 30, 25, 40, 35] },
    firstLoad: [
      { route: "/hr/frameworks/[id]/edit", gzipBytes: 172_345 },
      { route: "/hr/people", gzipBytes: 120_000 },
    ],
    firstLoadSharedGzipBytes: 110_000,
    firstLoadCheck: { route: "/hr/frameworks/[id]/edit", computedFiles: 9, servedFiles: 9, same: true, gzipBytes: 172_345 },
    dashboardPlans: [
      { text: "SELECT 1", plan: "Index Scan using x on \"Person\" p\n  ->  Seq Scan on \"Cohort\" c" },
      { text: "SELECT 2", plan: "Hash Join\n  ->  Seq Scan on \"Organisation\" o" },
    ],
    largeTableRows: { Person: 10_200, Induction: 3_060 },
    ...overrides,
  };
}

describe("budget verdicts", () => {
  it("passes a page at 60% or more of the empty dynamic page with p95 under 100 ms", () => {
    expect(pageMisses(load(240, 99), 400)).toEqual([]);
  });

  it("says by how much a page misses the throughput and latency budgets", () => {
    expect(pageMisses(load(100, 250), 400)).toEqual(["throughput 25% of the empty dynamic page, 35 points under 60%", "p95 250 ms, 150 ms over 100 ms"]);
  });

  it("reports a page where nothing answered by its failures, not by a latency it has not got", () => {
    expect(pageMisses({ requestsPerSecond: 0, p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, non2xx: 0, errors: 16 }, 400)).toEqual([
      "throughput 0% of the empty dynamic page, 60 points under 60%",
      "16 requests failed or timed out",
    ]);
  });

  it("counts failed responses against any row", () => {
    expect(pageMisses(load(400, 10, { non2xx: 3, errors: 2 }), 400)).toEqual(["3 responses were not 2xx", "2 requests failed or timed out"]);
  });

  it("judges the edit on its worst run and first-load JavaScript against 150 kB", () => {
    expect(editMisses({ openMs: [1], editMs: [20, 100] })).toEqual([]);
    expect(editMisses({ openMs: [1], editMs: [20, 130] })).toEqual(["the slowest rename took 130 ms to paint, 30 ms over the 100 ms budget"]);
    expect(firstLoadMiss(150_000)).toBeNull();
    expect(firstLoadMiss(172_345)).toBe("22.3 kB over");
  });

  it("holds each page to 10 SQL statements, reads only, and Lighthouse's 95 and 100, saying which audits failed", () => {
    const page: MeasuredRow = { label: "P", route: "/p", kind: "page", figures: load(300, 50), statements: 10, writes: 0, lighthouse: { performance: 95, accessibility: 100, failedAudits: [] } };
    expect(pageBudgetMisses(page)).toEqual([]);
    expect(pageBudgetMisses({ ...page, statements: 12, writes: 1, lighthouse: { performance: 91, accessibility: 96, failedAudits: ["Links do not have a discernible name"] } })).toEqual([
      "12 SQL statements, 2 over 10",
      "1 of its statements are not reads",
      "Lighthouse performance 91, 4 under 95",
      "Lighthouse accessibility 96 (Links do not have a discernible name)",
    ]);
  });

  it("finds sequential scans of large tables only, naming the statement", () => {
    expect(largeSequentialScans(report())).toEqual([]);
    const scanned = report({ dashboardPlans: [{ text: "SELECT", plan: "Gather\n  ->  Parallel Seq Scan on \"Person\" p\n  ->  Seq Scan on \"Cohort\"" }] });
    expect(largeSequentialScans(scanned)).toEqual(["Person (statement 1)"]);
    expect(allMisses(scanned)).toContain("The dashboard's plans scan large tables sequentially: Person (statement 1).");
  });

  it("lists every miss of a run, and nothing for the reference pages when they served cleanly", () => {
    expect(allMisses(report())).toEqual([
      "Framework editor (`/hr/frameworks/[id]/edit`): throughput 25% of the empty dynamic page, 35 points under 60%; p95 250 ms, 150 ms over 100 ms.",
      "First-load JavaScript is over 150.0 kB on 1 of 2 routes, by 22.3 kB (`/hr/frameworks/[id]/edit`); 110.0 kB of each route's figure is code every route shares.",
    ]);
  });

  it("sums up first-load misses on several routes from the least to the most", () => {
    const firstLoad = [
      { route: "/a", gzipBytes: 151_000 },
      { route: "/b", gzipBytes: 149_000 },
      { route: "/c", gzipBytes: 157_500 },
      { route: "/d", gzipBytes: 152_000 },
    ];
    expect(allMisses(report({ rows: [], firstLoad, editor: { openMs: [1], editMs: [1] } }))).toEqual([
      "First-load JavaScript is over 150.0 kB on 3 of 4 routes, by 1.0 kB (`/a`) to 7.5 kB (`/c`); 110.0 kB of each route's figure is code every route shares.",
    ]);
  });
});

describe("formatting", () => {
  it("draws a Markdown table with right-aligned number columns and escaped pipes", () => {
    expect(markdownTable(["a", "b"], ["l", "r"], [["x|y", "1"]])).toBe("| a | b |\n| --- | ---: |\n| x\\|y | 1 |");
  });

  it("shows short latencies with a decimal and long ones whole", () => {
    expect(latency(3.14159)).toBe("3.1 ms");
    expect(latency(123.6)).toBe("124 ms");
    expect(latency(Number.NaN)).toBe("n/a");
  });

  it("writes the figures, the ratios, the machine, the budgets and the misses", () => {
    const text = formatReport(report());
    expect(text).toContain("`npm run bench` on 2026-11-22");
    expect(text).toContain("a fresh database seeded with the demo organisation and a large framework.");
    expect(text).toContain("10 s per page after a 3 s warm-up, in 2 rounds in which the pages take turns.");
    expect(text).toContain("2 cores (Test CPU), 24.0 GiB memory, Node.js v20.20.2, embedded PostgreSQL; load average 0.2 when the run started.");
    expect(text).toContain("| Static reference `/accessibility` | 4,400 | 1,100% | 4.5 ms | 9.0 ms | 14 ms | 0 | 0 | reference | — |");
    expect(text).toContain("| People list `/hr/people` | 300 | 75% | 40 ms | 80 ms | 120 ms | 0 | 6 | ≥ 60% of empty dynamic, p95 < 100 ms, ≤ 10 statements | met |");
    expect(text).toContain("| People list `/hr/people` | 6 | 1,500 | 10 ms | 20 ms | 30 ms | 20% |");
    expect(text).toContain("| Framework editor `/hr/frameworks/[id]/edit` | 99 | 100 | performance ≥ 95, accessibility 100 | met |");
    expect(text).toContain("Large tables (more than 1,000 rows): Person (10,200) and Induction (3,060). No plan reads a large table with a sequential scan.");
    expect(text).toContain("Statement 2:\n\n```\nHash Join\n  ->  Seq Scan on \"Organisation\" o\n```");
    expect(text).toContain("| Framework editor `/hr/frameworks/[id]/edit` | 100 | 25% |");
    expect(text).toContain("| Open: navigation start → matrix ready | 1,000 ms | 1,200 ms | none set | — |");
    expect(text).toContain("| Rename a competency: leave the field → frame painted with the new name | 30 ms | 40 ms | ≤ 100 ms (worst run) | met |");
    expect(text).toContain("| `/hr/frameworks/[id]/edit` | 172.3 kB | ≤ 150.0 kB | **missed**: 22.3 kB over |");
    expect(text).toContain("| `/hr/people` | 120.0 kB | ≤ 150.0 kB | met |");
    expect(text).toContain("name the same 9 files");
    expect(text).toContain("110.0 kB of every figure is code all routes share");
    expect(text).toContain("### Budgets missed\n\n- Framework editor (`/hr/frameworks/[id]/edit`): throughput 25%");
    expect(text).toContain("\n- First-load JavaScript is over 150.0 kB on 1 of 2 routes");
  });

  it("says so when the first-load check disagrees, and when nothing was missed", () => {
    const clean = report({
      rows: report().rows.filter((row) => row.kind !== "page"),
      firstLoad: [{ route: "/hr/people", gzipBytes: 120_000 }],
      firstLoadCheck: { route: "/hr/people", computedFiles: 9, servedFiles: 10, same: false, gzipBytes: 120_000 },
    });
    const text = formatReport(clean);
    expect(text).toContain("disagreed**: the build lists 9 files, the page loads 10");
    expect(text).toContain("None: every figure above is within its budget.");
  });

  it("warns when other work was loading the machine as the run started", () => {
    const busy = report({ machine: { ...report().machine, loadAverage: 4.3 } });
    expect(formatReport(busy)).toContain("load average 4.3 when the run started (other work was running on the machine");
  });
});
