import { allMisses, BUDGETS, editMisses, firstLoadMiss, invalidRun, kB, ms, pageMisses, percent, type BenchReport, type MeasuredRow } from "./report";
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
  const budget = reference ? "reference" : `≥ ${percent(BUDGETS.throughputShare)} of empty dynamic, p95 < ${ms(BUDGETS.p95Ms)}`;
  const verdict = reference ? (invalidRun(figures).length ? result(invalidRun(figures)) : "—") : result(pageMisses(figures, emptyDynamicRps));
  return [
    `${row.label} \`${row.route}\``,
    whole(figures.requestsPerSecond),
    percent(ratio(figures.requestsPerSecond, emptyDynamicRps)),
    latency(figures.p50),
    latency(figures.p95),
    latency(figures.p99),
    String(figures.non2xx + figures.errors),
    budget,
    verdict,
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
    `autocannon, signed in as the demo HR admin: ${report.seconds} s per page after a ${report.warmupSeconds} s warm-up, ${report.rounds > 1 ? `in ${report.rounds} rounds in which the pages take turns` : "in one go"}. Throughput counts 2xx responses; latencies are of those responses. ` +
      "The static page is prerendered; the empty dynamic page has the same layout and session check as every app page and no data of its own, so it is the ceiling the pages are compared with.",
    "",
    markdownTable(
      ["page", "req/s", "vs empty dynamic", "p50", "p95", "p99", "failed", "budget", "result"],
      ["l", "r", "r", "r", "r", "r", "r", "l", "l"],
      report.rows.map((row) => serverRow(row, emptyDynamic)),
    ),
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
