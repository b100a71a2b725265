import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "@/lib/launcher/processes";
import { DEMO_PASSWORD } from "@/prisma/demo-organisation";
import { measureEditor } from "./browser";
import { EDITOR_CASE, PAGE_CASES, REFERENCE_PAGES, type MeasuredUrl } from "./cases";
import { startBenchDatabase, type BenchDatabase } from "./database";
import { readFirstLoadJs, scriptSources, type RouteFirstLoad } from "./first-load-js";
import { formatReport } from "./format";
import { checkServes, runLoad, settle, summarise, type LoadSample } from "./load";
import { describeMachine } from "./machine";
import { replaceSection } from "./readme";
import type { BenchReport, FirstLoadCheck, MeasuredRow } from "./report";
import { SEED_STEPS } from "./seed";
import { signInCookie } from "./sign-in";
import { ensureBuild, startServer, type BenchServer } from "./server";
import { readSettings } from "./settings";

/**
 * `npm run bench`: build if needed, a fresh seeded database, `next start`, then in one run the
 * reference pages and every page case under load, the editor in a browser and the first-load
 * JavaScript of every route; prints the table and writes it into README.md's Performance section.
 */

const HR_EMAIL = "hr@demo.test";

let database: BenchDatabase | undefined;
let server: BenchServer | undefined;

async function cleanUp() {
  await server?.stop().catch(() => undefined);
  await database?.stop().catch(() => undefined);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

async function main() {
  const started = Date.now();
  const settings = readSettings(process.env);
  const loadAverage = os.loadavg()[0] ?? 0;
  console.info(`bench: ${(await ensureBuild()) === "built" ? "built the app" : "reusing the build in .next"}.`);

  console.info(settings.databaseServerUrl ? "bench: fresh database on the PostgreSQL server (BENCH_DATABASE_URL / TEST_DATABASE_URL)." : "bench: in-memory embedded PostgreSQL (PGlite).");
  database = await startBenchDatabase(settings.databaseServerUrl);
  const { fixtures } = database;

  server = await startServer({ port: settings.port, databaseUrl: database.url, poolSize: database.poolSize, readyPath: REFERENCE_PAGES.static.path(fixtures) });
  const cookie = await signInCookie(server.baseUrl, HR_EMAIL, DEMO_PASSWORD);
  console.info(`bench: next start on ${server.baseUrl}, signed in as ${HR_EMAIL}.`);

  const measured: { url: MeasuredUrl; kind: MeasuredRow["kind"] }[] = [
    { url: REFERENCE_PAGES.static, kind: "static" },
    { url: REFERENCE_PAGES.emptyDynamic, kind: "emptyDynamic" },
    ...PAGE_CASES.map((url) => ({ url, kind: "page" as const })),
  ];
  const served = new Map<string, string>();
  for (const { url } of measured) served.set(url.route, await checkServes(server.baseUrl + url.path(fixtures), cookie, url.expectText));

  // The URLs take turns, a few seconds each per round, so a change in what else the machine is
  // doing during the run falls on all of them alike rather than on one.
  const emptyDynamicUrl = server.baseUrl + REFERENCE_PAGES.emptyDynamic.path(fixtures);
  const samples = new Map<MeasuredUrl, LoadSample[]>(measured.map(({ url }) => [url, []]));
  for (let round = 1; round <= settings.rounds; round++) {
    for (const { url } of measured) {
      const target = { url: server.baseUrl + url.path(fixtures), cookie, connections: settings.connections };
      if (round === 1 && settings.warmupSeconds > 0) await runLoad({ ...target, seconds: settings.warmupSeconds });
      samples.get(url)?.push(await runLoad({ ...target, seconds: settings.seconds / settings.rounds }));
      await settle(emptyDynamicUrl, cookie);
    }
    console.info(`bench: round ${round} of ${settings.rounds} done.`);
  }
  const rows: MeasuredRow[] = measured.map(({ url, kind }) => {
    const figures = summarise(samples.get(url) ?? []);
    console.info(`bench: ${url.label}: ${Math.round(figures.requestsPerSecond)} req/s, p95 ${figures.p95.toFixed(1)} ms${figures.non2xx + figures.errors ? `, ${figures.non2xx + figures.errors} failed` : ""}.`);
    return { label: url.label, route: url.route, kind, figures };
  });

  console.info(`bench: the editor in Chromium, ${settings.browserRuns} loads…`);
  const editor = await measureEditor({ baseUrl: server.baseUrl, cookie, editorPath: EDITOR_CASE.path(fixtures), runs: settings.browserRuns });

  const firstLoad = readFirstLoadJs(ROOT);
  const firstLoadCheck = checkFirstLoad(firstLoad.routes, EDITOR_CASE.route, served.get(EDITOR_CASE.route) ?? "");

  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 10),
    machine: describeMachine(database.embedded ? "embedded PostgreSQL (PGlite: one connection, which every request shares)" : "PostgreSQL server", loadAverage),
    connections: settings.connections,
    seconds: settings.seconds,
    rounds: settings.rounds,
    warmupSeconds: settings.warmupSeconds,
    seeded: SEED_STEPS.map((step) => step.name),
    rows,
    editor,
    firstLoad: firstLoad.routes.map(({ route, gzipBytes }) => ({ route, gzipBytes })),
    firstLoadSharedGzipBytes: firstLoad.sharedGzipBytes,
    firstLoadCheck,
  };
  const section = formatReport(report);
  console.info(`\n${section}\n`);

  const readmePath = path.join(ROOT, "README.md");
  writeFileSync(readmePath, replaceSection(readFileSync(readmePath, "utf8"), "## Performance", section));
  console.info(`bench: written to README.md (## Performance); the run took ${Math.round((Date.now() - started) / 1000)} s.`);
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
