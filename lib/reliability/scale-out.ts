import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { signInCookie } from "@/lib/bench/sign-in";
import { ensureBuild, startServer, type BenchServer } from "@/lib/bench/server";
import { createPrismaClient } from "@/lib/db/create-client";
import { createTestDatabase } from "@/lib/launcher/database";
import { applyMigrations } from "@/prisma/engine";
import { DEMO_PASSWORD } from "@/prisma/demo-organisation";
import { seedDemoOrganisation } from "@/prisma/seed-demo";
import { LEADER_EMAIL } from "./charter-questions";
import { formatScaleOutSummary, type ScaleOutRun } from "./scale-out-report";
import { runScript } from "./script";
import { readReliabilitySettings, sleep } from "./settings";
import { callAction, findActionId } from "./server-action";

/**
 * `npm run reliability:scale-out`: two instances of the production build on two ports, against
 * one fresh database on a PostgreSQL server, configured as an operator must (the same
 * DATABASE_URL and AUTH_SECRET, background jobs on in both). A session from one works on the
 * other, a write on one is read on the other, and the hourly reminder job runs once.
 */

const POOL_SIZE = 5;
const JOB_TIMEOUT_MS = 60_000;
const CONVERSATIONS_PAGE = "/me/conversations";

type JobRow = { slot: string; state: string; output: { reminders?: number } | null };

/**
 * pg-boss's jobs of the hourly reminder run: the jobs of the queue that has a schedule (the app
 * schedules nothing else). Found that way because lib/jobs cannot be loaded outside Next.js.
 */
async function reminderJobs(url: string): Promise<JobRow[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<JobRow>(
      `SELECT singleton_on::text AS slot, state::text AS state, output FROM pgboss.job WHERE name IN (SELECT name FROM pgboss.schedule) ORDER BY created_on`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

/** Waits until every reminder job there is has finished, and at least `atLeast` exist. */
async function settledReminderJobs(url: string, atLeast: number): Promise<JobRow[]> {
  const deadline = Date.now() + JOB_TIMEOUT_MS;
  for (;;) {
    const jobs = await reminderJobs(url).catch(() => [] as JobRow[]);
    if (jobs.length >= atLeast && jobs.every((job) => job.state === "completed" || job.state === "failed")) return jobs;
    if (Date.now() > deadline) throw new Error(`The reminder job had not finished within ${JOB_TIMEOUT_MS / 1000} s: ${JSON.stringify(jobs)}`);
    await sleep(250);
  }
}

/** Waits for the instance's "Background jobs started" line: its start-up has asked for this hour's run by then. */
async function jobsStarted(server: BenchServer): Promise<void> {
  const deadline = Date.now() + JOB_TIMEOUT_MS;
  while (!server.recentOutput().includes("Background jobs started")) {
    if (Date.now() > deadline) throw new Error(`The instance had not started its background jobs within ${JOB_TIMEOUT_MS / 1000} s:\n${server.recentOutput()}`);
    await sleep(100);
  }
}

async function pageText(server: BenchServer, path: string, cookie: string): Promise<{ status: number; body: string }> {
  const response = await fetch(server.baseUrl + path, { headers: { cookie }, redirect: "manual" });
  return { status: response.status, body: await response.text() };
}

runScript("reliability:scale-out", async (cleanup) => {
  const settings = readReliabilitySettings(process.env);
  await ensureBuild();
  const database = await createTestDatabase("scaleout");
  cleanup.add("drop the database", () => database.stop());
  if (database.embedded) throw new Error("Scale-out needs a PostgreSQL server: set TEST_DATABASE_URL (or DATABASE_URL) to one, e.g. postgresql://postgres@127.0.0.1:5432/postgres.");

  await applyMigrations(database.url);
  const db = createPrismaClient(database.url, 1);
  cleanup.add("disconnect", () => db.$disconnect());
  await seedDemoOrganisation(db);
  const notificationsBefore = await db.notification.count();
  const seededBy = new Date();

  // What operators must give every instance: one database, one AUTH_SECRET; jobs on everywhere.
  const env = { AUTH_SECRET: randomBytes(32).toString("base64url"), JOBS: "on" };
  const start = (port: number) => startServer({ port, databaseUrl: database.url, poolSize: POOL_SIZE, readyPath: "/accessibility", env });
  const servers: BenchServer[] = [];
  cleanup.add("stop the instances", () => Promise.all(servers.map((server) => server.stop())));
  console.info(`Starting two instances on ports ${settings.port} and ${settings.port + 1}…`);
  servers.push(...(await Promise.all([start(settings.port), start(settings.port + 1)])));
  const [first, second] = servers as [BenchServer, BenchServer];

  await Promise.all(servers.map(jobsStarted));
  const jobsAtStart = await settledReminderJobs(database.url, 1);
  const deliveriesAtStart = await db.reminderDelivery.count();
  const notificationsAtStart = (await db.notification.count()) - notificationsBefore;

  // One instance restarts: its start-up asks for this hour's reminder run again.
  await first.stop();
  servers[0] = await start(settings.port);
  const restarted = servers[0];
  await jobsStarted(restarted);
  const jobsAfterRestart = await settledReminderJobs(database.url, 1);
  const deliveriesAfterRestart = await db.reminderDelivery.count();
  const notificationsAfterRestart = (await db.notification.count()) - notificationsBefore;
  const duplicates = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (
      SELECT 1 FROM "Notification" WHERE "createdAt" >= ${seededBy} GROUP BY "recipientId", title, body, href HAVING count(*) > 1
    ) AS twice`;

  // Sessions and data across instances.
  const cookieFromFirst = await signInCookie(restarted.baseUrl, LEADER_EMAIL, DEMO_PASSWORD);
  const onSecond = await pageText(second, "/me", cookieFromFirst);
  const cookieFromSecond = await signInCookie(second.baseUrl, LEADER_EMAIL, DEMO_PASSWORD);
  const onFirst = await pageText(restarted, "/me", cookieFromSecond);
  const note = `Written on one instance, read on the other (${new Date().toISOString()})`;
  const written = await callAction({
    baseUrl: restarted.baseUrl,
    pagePath: CONVERSATIONS_PAGE,
    actionId: findActionId("app/(app)/me/conversations/actions.ts", "addPreparationAction"),
    cookie: cookieFromFirst,
    input: { text: note },
  });
  const readBack = await pageText(second, CONVERSATIONS_PAGE, cookieFromFirst);

  const run: ScaleOutRun = {
    ports: [settings.port, settings.port + 1],
    jobsAtStart,
    jobsAfterRestart,
    deliveries: { atStart: deliveriesAtStart, afterRestart: deliveriesAfterRestart },
    notifications: { atStart: notificationsAtStart, afterRestart: notificationsAfterRestart },
    duplicateNotifications: Number(duplicates[0]?.n ?? 0),
    sessionAcross: [
      { from: settings.port, to: settings.port + 1, status: onSecond.status, signedIn: onSecond.body.includes("Lena Park") },
      { from: settings.port + 1, to: settings.port, status: onFirst.status, signedIn: onFirst.body.includes("Lena Park") },
    ],
    writeAcross: { acknowledged: written.kind === "answered" && written.result.ok, readStatus: readBack.status, found: readBack.body.includes(note) },
  };
  const { text, passed } = formatScaleOutSummary(run);
  console.info(text);
  return passed;
});
