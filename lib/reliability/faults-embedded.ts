import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureBuild } from "@/lib/bench/server";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/prisma/engine";
import { seedDemoOrganisation } from "@/prisma/seed-demo";
import { CHARTER_PAGE, CHARTER_PAGE_MARKER, charterQuestionWriter, leaderCharterVersionId, recipientsOf, storedQuestions, type StoredQuestions } from "./charter-questions";
import { APP_LOG, GRACE_MS, startEmbeddedApp, type EmbeddedApp } from "./embedded-app";
import { formatFaultSummary, summariseFaultRun, type Outage } from "./fault-report";
import { startPageProbe } from "./page-probe";
import { runScript } from "./script";
import { readReliabilitySettings, sleep } from "./settings";
import { startWriteLoad } from "./write-load";

/**
 * `npm run reliability:faults-embedded`: `npm start` on the embedded database (PGlite, data in
 * a temporary folder) under a write load, stopped with SIGTERM (as Ctrl-C or a service manager
 * does) and started again, then killed with SIGKILL (a crash: no chance to flush anything) and
 * started again. Afterwards every write the app acknowledged must be in the data folder.
 */

/** Opens the data folder the way the launcher does, runs `work` on it, and closes it again. */
async function withDataFolder<T>(pgliteDir: string, work: (db: ReturnType<typeof createPrismaClient>, url: string) => Promise<T>): Promise<T> {
  const database = await startEmbeddedPostgres({ dataDir: pgliteDir });
  const db = createPrismaClient(database.connectionString, 1);
  try {
    return await work(db, database.connectionString);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

runScript("reliability:faults-embedded", async (cleanup) => {
  const settings = readReliabilitySettings(process.env);
  await ensureBuild();
  rmSync(APP_LOG, { force: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), "lt-faults-embedded-"));
  cleanup.add("remove the data folder", async () => rmSync(dataDir, { recursive: true, force: true }));
  const pgliteDir = path.join(dataDir, "pglite");

  // Prepared before the first start (npm start would do the same) so that the script can read the charter's id.
  const charterVersionId = await withDataFolder(pgliteDir, async (db, url) => {
    await applyMigrations(url);
    await seedDemoOrganisation(db);
    return leaderCharterVersionId(db);
  });

  let app: EmbeddedApp = await startEmbeddedApp({ port: settings.port, dataDir });
  cleanup.add("stop the app", () => app.stop("SIGKILL"));
  const writer = await charterQuestionWriter(app.baseUrl, charterVersionId);
  const label = `Embedded fault run ${new Date().toISOString()}`;
  const recipients = recipientsOf(await writer.ask(`Before the ${label}`));

  console.info(`Loading the app with ${settings.clients} clients; it is stopped with SIGTERM, then killed with SIGKILL, and started again each time…`);
  const load = startWriteLoad({ clients: settings.clients, label, write: writer.ask });
  const probe = await startPageProbe({ baseUrl: app.baseUrl, path: CHARTER_PAGE, cookie: writer.cookie, pageMarker: CHARTER_PAGE_MARKER, intervalMs: 200 });
  cleanup.add("close the browser", () => probe.stop());
  const outages: Outage[] = [];
  for (const signal of ["SIGTERM", "SIGKILL"] as const) {
    await sleep(settings.beforeSeconds * 1000);
    const from = Date.now();
    const { stoppedByItself } = await app.stop(signal);
    const stopped =
      signal === "SIGKILL" ? "killed (SIGKILL)" : stoppedByItself ? "stopped (SIGTERM)" : `sent SIGTERM, still serving open connections after ${GRACE_MS / 1000} s, so killed (SIGKILL)`;
    app = await startEmbeddedApp({ port: settings.port, dataDir });
    outages.push({ label: `app ${stopped}, then started again`, from, to: Date.now() });
    console.info(`${signal}: the app serves again after ${((Date.now() - from) / 1000).toFixed(1)} s.`);
  }
  await sleep(settings.afterSeconds * 1000);
  const [attempts, pages] = await Promise.all([load.stop(), probe.stop()]);
  await app.stop("SIGTERM");

  const stored: StoredQuestions = await withDataFolder(pgliteDir, (db) => storedQuestions(db, label));
  const { figures, checks } = summariseFaultRun({ attempts, pages, outages, stored, recipientsPerQuestion: recipients, appDownDuringOutage: true });
  console.info(
    formatFaultSummary(
      "Faults: the app on its embedded database, stopped and killed under a write load",
      [
        `npm start with EMBEDDED_DATA_DIR in a temporary folder (PGlite, one connection), port ${settings.port}`,
        `${settings.clients} clients, each asking a question about the leader's charter (askCharterQuestionAction on ${CHARTER_PAGE}) one after another; one person loading ${CHARTER_PAGE} in Chromium again and again (200 ms apart)`,
        `${settings.beforeSeconds} s of load before each stop; ${settings.afterSeconds} s after the last start; the same session cookie throughout; the app's output is in ${path.relative(process.cwd(), APP_LOG)}`,
      ],
      figures,
      checks,
    ),
  );
  return checks.every((c) => c.ok);
});
