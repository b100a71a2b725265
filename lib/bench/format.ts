import { allMisses, BUDGETS, editMisses, firstLoadMiss, invalidRun, kB, largeSequentialScans, ms, pageBudgetMisses, pageMisses, percent, type BenchReport, type MeasuredRow } from "./report";
import { median, ratio, worst } from "./stats";

/** The run as Markdown: printed by `npm run bench` and written as the README's Performance section. */

export function markdownTable(header: string[], align: ("l" | "r")[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), `|${align.map((a) => (a === "r" ? " ---: " : " --- ")).join("|")}|`, ...rows.map(line)].join("\n");
}

export const latency = (value: number) => (Number.isNaN(value) ? "n/a" : value < 10 ? `${value.toFixed(1)} ms` : ms(value));
const whole = (value: number) => (Number.isNaN(value) ? "n/a" : Math.round(value).toLocaleString("en-GB"));
const listed = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}` : (items[0] ?? "nothing"));
const result = (misses: string[]) => (misses.length ? `**missed**: ${misses.join("; ")}` : "met");

function serverRow(row: MeasuredRow, emptyDynamicRps: number): string[] {
  const { figures } = row;
  const reference = row.kind !== "page";
  const budget = reference ? "reference" : `≥ ${percent(BUDGETS.throughputShare)} of empty dynamic, p95 < ${ms(BUDGETS.p95Ms)}, ≤ ${BUDGETS.statementsPerPage} statements`;
  const verdict = reference ? (invalidRun(figures).length ? result(invalidRun(figures)) : "—") : result([...pageMisses(figures, emptyDynamicRps), ...pageBudgetMisses({ ...row, lighthouse: undefined })]);
  return [
    `${row.label} \`${row.route}\``,
    whole(figures.requestsPerSecond),
    percent(ratio(figures.requestsPerSecond, emptyDynamicRps)),
    latency(figures.p50),
    latency(figures.p95),
    latency(figures.p99),
    String(figures.non2xx + figures.errors),
    String(row.statements),
    budget,
    verdict,
  ];
}

function sqlRow(row: MeasuredRow): string[] {
  const sql = row.sql;
  if (!sql) return [];
  return [`${row.label} \`${row.route}\``, String(row.statements - row.writes), whole(sql.requestsPerSecond), latency(sql.p50), latency(sql.p95), latency(sql.p99), percent(ratio(row.figures.requestsPerSecond, sql.requestsPerSecond))];
}

function lighthouseRow(row: MeasuredRow): string[] {
  const scores = row.lighthouse;
  if (!scores) return [];
  const misses = pageBudgetMisses({ ...row, statements: 0, writes: 0 });
  return [`${row.label} \`${row.route}\``, String(scores.performance), String(scores.accessibility), `performance ≥ ${BUDGETS.lighthousePerformance}, accessibility ${BUDGETS.lighthouseAccessibility}`, result(misses)];
}

function planSection(report: BenchReport): string[] {
  const scans = largeSequentialScans(report);
  const large = Object.entries(report.largeTableRows).map(([table, rows]) => `${table} (${whole(rows)})`);
  return [
    `### The HR dashboard's query plans`,
    "",
    `\`EXPLAIN\` of each of the dashboard's ${report.dashboardPlans.length} reads, with the parameters the page sent, on the seeded data after \`VACUUM ANALYZE\`. ` +
      `Large tables (more than 1,000 rows): ${listed(large)}. ` +
      (scans.length ? `**Sequential scans of large tables: ${scans.join(", ")}.**` : "No plan reads a large table with a sequential scan."),
    "",
    "<details><summary>The plans</summary>",
    "",
    ...report.dashboardPlans.flatMap((statement, index) => [`Statement ${index + 1}:`, "", "```", statement.plan, "```", ""]),
    "</details>",
  ];
}

export function formatReport(report: BenchReport): string {
  const { machine } = report;
  const emptyDynamic = report.rows.find((row) => row.kind === "emptyDynamic")?.figures.requestsPerSecond ?? Number.NaN;
  const runs = report.editor.openMs.length;
  const misses = allMisses(report);
  const check = report.firstLoadCheck;

  return [
    `Latest figures, from \`npm run bench\` on ${report.date}. Machine: ${machine.cores} cores (${machine.cpuModel}), ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB memory, Node.js ${machine.node}, ${machine.database}; load average ${machine.loadAverage.toFixed(1)} when the run started${machine.loadAverage >= machine.cores * 0.5 ? " (other work was running on the machine, so the absolute figures are low; the ratios compare pages measured under the same conditions)" : ""}. ` +
      `Everything below comes from one run on that machine: the production build served by \`next start\`, a fresh database seeded with ${listed(report.seeded)}.`,
    "",
    `### Server: ${report.connections} concurrent signed-in connections`,
    "",
    `autocannon, each page signed in as the account that uses it (the HR admin, a manager of eight, a new leader part-way through an induction): ${report.seconds} s per page after a ${report.warmupSeconds} s warm-up, ${report.rounds > 1 ? `in ${report.rounds} rounds in which the pages take turns` : "in one go"}. Throughput counts 2xx responses; latencies are of those responses. ` +
      "The static reference is the accessibility statement: no session, no data, no database; it is rendered per request like every page, because each response carries its own Content-Security-Policy nonce. " +
        "The empty dynamic page has the same layout and session check as every app page and no data of its own, so it is the ceiling the pages are compared with.",
    "",
    markdownTable(
      ["page", "req/s", "vs empty dynamic", "p50", "p95", "p99", "failed", "SQL statements (nothing cached)", "budget", "result"],
      ["l", "r", "r", "r", "r", "r", "r", "r", "l", "l"],
      report.rows.map((row) => serverRow(row, emptyDynamic)),
    ),
    "",
    "### The pages' SQL on its own",
    "",
    `Each page's statements, as the server sent them for one request (counted above), replayed in order through bare \`pg\` by ${report.connections} concurrent workers for ${report.seconds} s, through a pool as large as the app's, with the app stopped. ` +
      "One request here is the page's whole sequence: how fast the database answers what the page asks, without rendering.",
    "",
    markdownTable(["page", "reads", "raw SQL req/s", "p50", "p95", "p99", "page req/s ÷ raw SQL req/s"], ["l", "r", "r", "r", "r", "r", "r"], report.rows.map(sqlRow).filter((row) => row.length)),
    "",
    "### Lighthouse",
    "",
    "Lighthouse 12 from npm, against Debian's Chromium, with its desktop settings (simulated network and CPU throttling), signed in as each page's account.",
    "",
    markdownTable(["page", "performance", "accessibility", "budget", "result"], ["l", "r", "r", "l", "l"], report.rows.map(lighthouseRow).filter((row) => row.length)),
    "",
    ...planSection(report),
    "",
    `### Browser: the framework editor with 1,500 indicators`,
    "",
    `Chromium, signed in as HR, ${runs} loads of the draft after one unmeasured load (so the browser's cache is warm, as for someone who uses the app daily); one competency renamed per load. ` +
      "Times are taken inside the page. Ready means React has hydrated the matrix's last cell.",
    "",
    markdownTable(
      ["measure", "median", "worst", "budget", "result"],
      ["l", "r", "r", "l", "l"],
      [
        ["Open: navigation start → matrix ready", ms(median(report.editor.openMs)), ms(worst(report.editor.openMs)), "none set", "—"],
        ["Rename a competency: leave the field → frame painted with the new name", ms(median(report.editor.editMs)), ms(worst(report.editor.editMs)), `≤ ${ms(BUDGETS.editToPaintMs)} (worst run)`, result(editMisses(report.editor))],
      ],
    ),
    "",
    "### First-load JavaScript per route (gzip)",
    "",
    "Summed from the build: its root main files plus the client chunks of the route's layouts and page (the route's client reference manifest), gzipped at level 9; `nomodule` polyfills are left out. " +
      `${kB(report.firstLoadSharedGzipBytes)} of every figure is code all routes share (React, the Next.js runtime, the root layout). ` +
      (check.same
        ? `Checked in this run against the served HTML of \`${check.route}\`: its \`<script src>\` tags name the same ${check.servedFiles} files.`
        : `**The check against the served HTML of \`${check.route}\` disagreed**: the build lists ${check.computedFiles} files, the page loads ${check.servedFiles}.`),
    "",
    markdownTable(
      ["route", "first-load JS", "budget", "result"],
      ["l", "r", "l", "l"],
      report.firstLoad.map((route) => {
        const miss = firstLoadMiss(route.gzipBytes);
        return [`\`${route.route}\``, kB(route.gzipBytes), `≤ ${kB(BUDGETS.firstLoadJsGzipBytes)}`, miss ? `**missed**: ${miss}` : "met"];
      }),
    ),
    "",
    "### Budgets missed",
    "",
    ...(misses.length ? misses.map((miss) => `- ${miss}`) : ["None: every figure above is within its budget."]),
    "",
    "`npm run bench` measures again and rewrites this section. It builds the app when there is no build, serves it on port 3200 (`BENCH_PORT`), and uses a fresh embedded database unless " +
      "`BENCH_DATABASE_URL` (or `TEST_DATABASE_URL`) names a PostgreSQL server, on which it creates a database and drops it afterwards; `BENCH_SECONDS`, `BENCH_ROUNDS`, `BENCH_WARMUP_SECONDS` and `BENCH_BROWSER_RUNS` tune it.",
  ].join("\n");
}
