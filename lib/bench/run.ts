import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TracedStatement } from "@/lib/db/sql-trace";
import { ROOT } from "@/lib/launcher/processes";
import { DEMO_PASSWORD } from "@/prisma/demo-organisation";
import { measureEditor } from "./browser";
import { DASHBOARD_CASE, EDITOR_CASE, fixture, PAGE_CASES, REFERENCE_PAGES, type BenchAccount, type MeasuredUrl } from "./cases";
import { startBenchDatabase, type BenchDatabase } from "./database";
import { readFirstLoadJs, scriptSources, type RouteFirstLoad } from "./first-load-js";
import { formatReport } from "./format";
import { auditWithLighthouse } from "./lighthouse";
import { checkServes, runLoad, settle, summarise, type LoadSample } from "./load";
import { describeMachine } from "./machine";
import { replaceSection } from "./readme";
import type { BenchReport, FirstLoadCheck, MeasuredRow } from "./report";
import { seedSteps } from "./seed";
import { signInCookie } from "./sign-in";
import { ensureBuild, startServer, type BenchServer } from "./server";
import { readSettings, type BenchSettings } from "./settings";
import { explainStatements, largeTables, readsOf, replayStatements, traceRequest } from "./statements";

/**
 * `npm run bench`: build if needed, a fresh database with the large organisation, `next start`,
 * then in one run: the reference pages and every main page under load (each signed in as the
 * account that uses it), their SQL counted, replayed raw and (the dashboard's) EXPLAINed, the
 * editor in a browser, Lighthouse on the main pages and the first-load JavaScript of every
 * route; prints the table and writes it into README.md's Performance section.
 */

let database: BenchDatabase | undefined;
let server: BenchServer | undefined;

async function cleanUp() {
  await server?.stop().catch(() => undefined);
  await database?.stop().catch(() => undefined);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

type Measured = { url: MeasuredUrl; kind: MeasuredRow["kind"]; href: string; cookie: string; statements: TracedStatement[]; samples: LoadSample[] };

async function main() {
  const started = Date.now();
  const settings = readSettings(process.env);
  const loadAverage = os.loadavg()[0] ?? 0;
  console.info(`bench: ${(await ensureBuild()) === "built" ? "built the app" : "reusing the build in .next"}.`);

  console.info(settings.databaseServerUrl ? "bench: fresh database on the PostgreSQL server (BENCH_DATABASE_URL / TEST_DATABASE_URL)." : "bench: in-memory embedded PostgreSQL (PGlite).");
  database = await startBenchDatabase(settings.databaseServerUrl);
  const { fixtures } = database;

  const traceFile = path.join(os.tmpdir(), `bench-sql-${process.pid}.jsonl`);
  server = await startServer({ port: settings.port, databaseUrl: database.url, poolSize: database.poolSize, readyPath: REFERENCE_PAGES.static.path(fixtures), sqlTraceFile: traceFile });
  const cookies = new Map<BenchAccount, string>();
  for (const account of ["hrEmail", "managerEmail", "leaderEmail"] as const) cookies.set(account, await signInCookie(server.baseUrl, fixture(fixtures, account), DEMO_PASSWORD));
  console.info(`bench: next start on ${server.baseUrl}, signed in as ${[...cookies.keys()].map((account) => fixture(fixtures, account)).join(", ")}.`);

  const measured: Measured[] = [];
  const served = new Map<string, string>();
  for (const [url, kind] of [[REFERENCE_PAGES.static, "static"], [REFERENCE_PAGES.emptyDynamic, "emptyDynamic"], ...PAGE_CASES.map((url) => [url, "page"] as const)] as const) {
    const href = server.baseUrl + url.path(fixtures);
    const cookie = cookies.get(url.as) as string;
    // The first request is traced: what the page runs with nothing cached (the dashboard keeps its figures for a minute).
    const statements = await traceRequest(traceFile, href, cookie);
    served.set(url.route, await checkServes(href, cookie, url.expectText));
    measured.push({ url, kind, href, cookie, statements, samples: [] });
  }

  await loadPages(measured, settings);

  console.info(`bench: the editor in Chromium, ${settings.browserRuns} loads…`);
  const hrCookie = cookies.get("hrEmail") as string;
  const editor = await measureEditor({ baseUrl: server.baseUrl, cookie: hrCookie, editorPath: EDITOR_CASE.path(fixtures), runs: settings.browserRuns });

  console.info(`bench: Lighthouse on ${PAGE_CASES.length} pages…`);
  const pages = measured.filter((entry) => entry.kind === "page");
  const lighthouse = await auditWithLighthouse(
    pages.map((entry) => entry.href),
    (href) => pages.find((entry) => entry.href === href)?.cookie ?? "",
  );

  // The raw SQL runs with the app stopped: the embedded database serves one connection.
  await server.stop();
  server = undefined;
  console.info("bench: the pages' SQL through bare pg…");
  const rows: MeasuredRow[] = [];
  for (const entry of measured) {
    const reads = readsOf(entry.statements);
    const sql = entry.kind === "page" ? summarise([await replayStatements({ databaseUrl: database.url, poolSize: database.poolSize, statements: reads, connections: settings.connections, seconds: settings.seconds })]) : undefined;
    const figures = summarise(entry.samples);
    console.info(`bench: ${entry.url.label}: ${Math.round(figures.requestsPerSecond)} req/s, p95 ${figures.p95.toFixed(1)} ms, ${entry.statements.length} statements${sql ? `, raw SQL ${Math.round(sql.requestsPerSecond)} req/s` : ""}.`);
    rows.push({ label: entry.url.label, route: entry.url.route, kind: entry.kind, figures, statements: entry.statements.length, writes: entry.statements.length - reads.length, sql, lighthouse: lighthouse.get(entry.href) });
  }
  const dashboard = measured.find((entry) => entry.url === DASHBOARD_CASE);
  const dashboardPlans = await explainStatements(database.url, readsOf(dashboard?.statements ?? []));
  const largeTableRows = await largeTables(database.url);

  const firstLoad = readFirstLoadJs(ROOT);
  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 10),
    machine: describeMachine(database.embedded ? "embedded PostgreSQL (PGlite: one connection, which every request shares)" : "PostgreSQL server", loadAverage),
    connections: settings.connections,
    seconds: settings.seconds,
    rounds: settings.rounds,
    warmupSeconds: settings.warmupSeconds,
    seeded: seedSteps(settings.scale).map((step) => step.name),
    rows,
    editor,
    firstLoad: firstLoad.routes.map(({ route, gzipBytes }) => ({ route, gzipBytes })),
    firstLoadSharedGzipBytes: firstLoad.sharedGzipBytes,
    firstLoadCheck: checkFirstLoad(firstLoad.routes, EDITOR_CASE.route, served.get(EDITOR_CASE.route) ?? ""),
    dashboardPlans,
    largeTableRows,
  };
  const section = formatReport(report);
  console.info(`\n${section}\n`);

  const readmePath = path.join(ROOT, "README.md");
  writeFileSync(readmePath, replaceSection(readFileSync(readmePath, "utf8"), "## Performance", section));
  console.info(`bench: written to README.md (## Performance); the run took ${Math.round((Date.now() - started) / 1000)} s.`);
}

/**
 * The URLs take turns, a few seconds each per round, so a change in what else the machine is
 * doing during the run falls on all of them alike rather than on one.
 */
async function loadPages(measured: Measured[], settings: BenchSettings) {
  const reference = measured.find((entry) => entry.kind === "emptyDynamic") as Measured;
  for (let round = 1; round <= settings.rounds; round++) {
    for (const entry of measured) {
      const target = { url: entry.href, cookie: entry.cookie, connections: settings.connections };
      if (round === 1 && settings.warmupSeconds > 0) await runLoad({ ...target, seconds: settings.warmupSeconds });
      entry.samples.push(await runLoad({ ...target, seconds: settings.seconds / settings.rounds }));
      await settle(reference.href, reference.cookie);
    }
    console.info(`bench: round ${round} of ${settings.rounds} done.`);
  }
}

function checkFirstLoad(firstLoad: RouteFirstLoad[], route: string, html: string): FirstLoadCheck {
  const computed = firstLoad.find((entry) => entry.route === route);
  if (!computed) throw new Error(`The build has no route ${route}.`);
  const servedFiles = scriptSources(html);
  const same = servedFiles.length === computed.files.length && servedFiles.every((file) => computed.files.includes(file));
  return { route, computedFiles: computed.files.length, servedFiles: servedFiles.length, same, gzipBytes: computed.gzipBytes };
}

main().then(
  () => cleanUp().then(() => process.exit(0)),
  async (error) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    if (server) console.error(`Last lines from next start:\n${server.recentOutput()}`);
    await cleanUp();
    process.exit(1);
  },
);
