import { Client } from "pg";
import { ensureBuild, startServer } from "@/lib/bench/server";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/prisma/engine";
import { seedDemoOrganisation } from "@/prisma/seed-demo";
import {
  CHARTER_PAGE,
  CHARTER_PAGE_MARKER,
  charterQuestionWriter,
  leaderCharterVersionId,
  recipientsOf,
  signInThroughForm,
  storedQuestions,
} from "./charter-questions";
import { formatFaultSummary, summariseFaultRun } from "./fault-report";
import { startPageProbe } from "./page-probe";
import { createPostgresCluster } from "./postgres-cluster";
import { runScript } from "./script";
import { readReliabilitySettings, sleep } from "./settings";
import { startWriteLoad } from "./write-load";

/**
 * `npm run reliability:faults`: the production build on a PostgreSQL cluster of our own, under
 * a write load, while that cluster is stopped (fast shutdown: every connection is cut) and
 * started again. Afterwards every write the app acknowledged must be in the database.
 */

const POOL_SIZE = 10;
const PAGE_PROBE_MS = 200;

runScript("reliability:faults", async (cleanup) => {
  const settings = readReliabilitySettings(process.env);
  await ensureBuild();

  const cluster = await createPostgresCluster(settings.postgresPort);
  cleanup.add("remove the private PostgreSQL cluster", () => cluster.destroy());
  await cluster.start();
  const admin = new Client({ connectionString: cluster.url });
  await admin.connect();
  const version = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version;
  await admin.query("CREATE DATABASE app");
  await admin.end();
  const url = cluster.url.replace(/\/postgres$/, "/app");

  await applyMigrations(url);
  const setup = createPrismaClient(url, 1);
  await seedDemoOrganisation(setup);
  const charterVersionId = await leaderCharterVersionId(setup);
  // Disconnected for the run: this script's own idle connections have no part in the outage.
  await setup.$disconnect();

  const server = await startServer({ port: settings.port, databaseUrl: url, poolSize: POOL_SIZE, readyPath: "/accessibility" });
  cleanup.add("stop the app", () => server.stop());
  const writer = await charterQuestionWriter(server.baseUrl, charterVersionId);
  const label = `Fault run ${new Date().toISOString()}`;
  // Asked before the load (and not counted in it): how many notifications one question sends.
  const recipients = recipientsOf(await writer.ask(`Before the ${label}`));

  console.info(`Loading the app with ${settings.clients} clients for ${settings.beforeSeconds} s, then stopping PostgreSQL for ${settings.outageSeconds} s…`);
  const load = startWriteLoad({ clients: settings.clients, label, write: writer.ask });
  const probe = await startPageProbe({ baseUrl: server.baseUrl, path: CHARTER_PAGE, cookie: writer.cookie, pageMarker: CHARTER_PAGE_MARKER, intervalMs: PAGE_PROBE_MS });
  cleanup.add("close the browser", () => probe.stop());
  await sleep(settings.beforeSeconds * 1000);
  const from = Date.now();
  await cluster.stop();
  const tab = await probe.openSecondTab();
  const signIn = await signInThroughForm(server.baseUrl);
  await sleep(Math.max(0, from + settings.outageSeconds * 1000 - Date.now()));
  await cluster.start();
  const to = Date.now();
  const broughtThePageBack = await tab.pressTryAgain();
  console.info(`PostgreSQL is back; keeping the load on for ${settings.afterSeconds} s…`);
  await sleep(settings.afterSeconds * 1000);
  const [attempts, pages] = await Promise.all([load.stop(), probe.stop()]);

  const check = createPrismaClient(url, 1);
  const stored = await storedQuestions(check, label);
  await check.$disconnect();

  const { figures, checks } = summariseFaultRun({
    attempts,
    pages,
    outages: [{ label: "database stopped (pg_ctl stop -m fast), then started", from, to }],
    stored,
    recipientsPerQuestion: recipients,
    appDownDuringOutage: false,
    tryAgainButton: { shown: tab.shown, broughtThePageBack },
    signInMessage: signIn.kind === "answered" ? (signIn.result.ok ? "signed in" : signIn.result.message) : `no form answer (${signIn.kind})`,
  });
  console.info(
    formatFaultSummary(
      "Faults: PostgreSQL stopped and started under a write load",
      [
        `PostgreSQL ${version} in a private cluster on port ${settings.postgresPort}; the production build (next start) on port ${settings.port}, pool of ${POOL_SIZE}`,
        `${settings.clients} clients, each asking a question about the leader's charter (askCharterQuestionAction on ${CHARTER_PAGE}) one after another; one person loading ${CHARTER_PAGE} in Chromium again and again (${PAGE_PROBE_MS} ms apart)`,
        `${settings.beforeSeconds} s of load, ${settings.outageSeconds} s with the database stopped, ${settings.afterSeconds} s after it started again`,
      ],
      figures,
      checks,
    ),
  );
  return checks.every((c) => c.ok);
});
