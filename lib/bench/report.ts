import type { EditorFigures } from "./browser";
import type { LighthouseScores } from "./lighthouse";
import type { LoadFigures } from "./load";
import { sequentialScans, type ExplainedStatement } from "./statements";
import { ratio, worst } from "./stats";

/** What one bench run found, and the budgets (shared/docs/engineering.md) it is judged by. */

export const BUDGETS = {
  /** Each page's req/s as a share of the empty dynamic page's, same server, same run. */
  throughputShare: 0.6,
  p95Ms: 100,
  firstLoadJsGzipBytes: 150_000,
  /** "Responds to an edit without a visible delay": the worst run, leaving the field → painted. */
  editToPaintMs: 100,
  statementsPerPage: 10,
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
} as const;

export type Machine = { cores: number; cpuModel: string; memoryBytes: number; node: string; database: string; loadAverage: number };

export type MeasuredRow = {
  label: string;
  route: string;
  kind: "static" | "emptyDynamic" | "page";
  figures: LoadFigures;
  /** The SQL statements one request ran, and how many of them were not reads. */
  statements: number;
  writes: number;
  /** The page's reads replayed through bare `pg` under the same load (pages only). */
  sql?: LoadFigures;
  lighthouse?: LighthouseScores;
};

export type FirstLoadCheck = { route: string; computedFiles: number; servedFiles: number; same: boolean; gzipBytes: number };

export type BenchReport = {
  date: string;
  machine: Machine;
  connections: number;
  seconds: number;
  rounds: number;
  warmupSeconds: number;
  seeded: string[];
  rows: MeasuredRow[];
  editor: EditorFigures;
  firstLoad: { route: string; gzipBytes: number }[];
  /** The part of every route's figure that all routes share. */
  firstLoadSharedGzipBytes: number;
  firstLoadCheck: FirstLoadCheck;
  /** The dashboard's reads, EXPLAINed on the seeded data. */
  dashboardPlans: ExplainedStatement[];
  /** The tables of more than LARGE_TABLE_ROWS rows, and their rows: a plan must not scan them sequentially. */
  largeTableRows: Record<string, number>;
};

export const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString("en-GB")} ms` : "n/a");
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const percent = (share: number) => (Number.isFinite(share) ? `${Math.round(share * 100).toLocaleString("en-GB")}%` : "n/a");

/** Every budget a measured page misses, each saying by how much; empty when it meets them all. */
export function pageMisses(figures: LoadFigures, emptyDynamicRps: number): string[] {
  const misses: string[] = [];
  const share = ratio(figures.requestsPerSecond, emptyDynamicRps);
  if (!(share >= BUDGETS.throughputShare)) {
    misses.push(`throughput ${percent(share)} of the empty dynamic page, ${Math.round((BUDGETS.throughputShare - share) * 100)} points under ${percent(BUDGETS.throughputShare)}`);
  }
  if (figures.p95 >= BUDGETS.p95Ms) misses.push(`p95 ${ms(figures.p95)}, ${ms(figures.p95 - BUDGETS.p95Ms)} over ${ms(BUDGETS.p95Ms)}`);
  return [...misses, ...invalidRun(figures)];
}

/** A page's own budgets beyond its load figures: its SQL statements, and Lighthouse's scores. */
export function pageBudgetMisses(row: MeasuredRow): string[] {
  const misses: string[] = [];
  if (row.statements > BUDGETS.statementsPerPage) misses.push(`${row.statements} SQL statements, ${row.statements - BUDGETS.statementsPerPage} over ${BUDGETS.statementsPerPage}`);
  if (row.writes > 0) misses.push(`${row.writes} of its statements are not reads`);
  const lighthouse = row.lighthouse;
  if (lighthouse && !(lighthouse.performance >= BUDGETS.lighthousePerformance)) misses.push(`Lighthouse performance ${lighthouse.performance}, ${BUDGETS.lighthousePerformance - lighthouse.performance} under ${BUDGETS.lighthousePerformance}`);
  if (lighthouse && !(lighthouse.accessibility >= BUDGETS.lighthouseAccessibility)) {
    misses.push(`Lighthouse accessibility ${lighthouse.accessibility} (${lighthouse.failedAudits.join("; ") || "no failed audit named"})`);
  }
  return misses;
}

/** Failed requests make a row's figures meaningless, reference rows included. */
export function invalidRun(figures: LoadFigures): string[] {
  const problems: string[] = [];
  if (figures.non2xx > 0) problems.push(`${figures.non2xx} responses were not 2xx`);
  if (figures.errors > 0) problems.push(`${figures.errors} requests failed or timed out`);
  return problems;
}

export function editMisses(editor: EditorFigures): string[] {
  const slowest = worst(editor.editMs);
  return slowest <= BUDGETS.editToPaintMs ? [] : [`the slowest rename took ${ms(slowest)} to paint, ${ms(slowest - BUDGETS.editToPaintMs)} over the ${ms(BUDGETS.editToPaintMs)} budget`];
}

export function firstLoadMiss(gzipBytes: number): string | null {
  return gzipBytes > BUDGETS.firstLoadJsGzipBytes ? `${kB(gzipBytes - BUDGETS.firstLoadJsGzipBytes)} over` : null;
}

/** All the misses of a run, one sentence each, for the summary under the tables. */
export function allMisses(report: BenchReport): string[] {
  const emptyDynamic = report.rows.find((row) => row.kind === "emptyDynamic")?.figures.requestsPerSecond ?? Number.NaN;
  const misses: string[] = [];
  for (const row of report.rows) {
    const found = row.kind === "page" ? [...pageMisses(row.figures, emptyDynamic), ...pageBudgetMisses(row)] : invalidRun(row.figures);
    if (found.length) misses.push(`${row.label} (\`${row.route}\`): ${found.join("; ")}.`);
  }
  const scanned = largeSequentialScans(report);
  if (scanned.length) misses.push(`The dashboard's plans scan large tables sequentially: ${scanned.join(", ")}.`);
  for (const miss of editMisses(report.editor)) misses.push(`Framework editor in the browser: ${miss}.`);
  const over = report.firstLoad.filter((route) => firstLoadMiss(route.gzipBytes)).sort((a, b) => a.gzipBytes - b.gzipBytes);
  const least = over[0];
  const most = over[over.length - 1];
  if (least && most) {
    const by = (route: { route: string; gzipBytes: number }) => `${kB(route.gzipBytes - BUDGETS.firstLoadJsGzipBytes)} (\`${route.route}\`)`;
    misses.push(
      `First-load JavaScript is over ${kB(BUDGETS.firstLoadJsGzipBytes)} on ${over.length} of ${report.firstLoad.length} routes, ` +
        `${over.length === 1 ? `by ${by(most)}` : `by ${by(least)} to ${by(most)}`}; ${kB(report.firstLoadSharedGzipBytes)} of each route's figure is code every route shares.`,
    );
  }
  return misses;
}

/** "Table (statement n)" for each sequential scan of a large table in the dashboard's plans. */
export function largeSequentialScans(report: Pick<BenchReport, "dashboardPlans" | "largeTableRows">): string[] {
  return report.dashboardPlans.flatMap((statement, index) =>
    sequentialScans(statement.plan)
      .filter((table) => (report.largeTableRows[table] ?? 0) > 0)
      .map((table) => `${table} (statement ${index + 1})`),
  );
}
