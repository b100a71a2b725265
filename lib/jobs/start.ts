// Importing the database client creates the process's shared pg pool (see lib/db/client.ts).
import "@/lib/db/client";
import type { Pool } from "pg";
import type PgBoss from "pg-boss";
import { createJobBoss } from "./boss";
import { enqueueReminderRun, prepareReminderJob, startReminderWorker } from "./reminder-job";

/**
 * Background jobs for this process (instrumentation.ts starts them unless JOBS=off): one
 * pg-boss per process, kept on globalThis, on the same pg pool as Prisma. Every instance runs
 * the same start-up; PostgreSQL decides which instance gets each job.
 */

const globalForJobs = globalThis as unknown as { jobs?: Promise<PgBoss | null>; pgPool?: Pool };

async function start(): Promise<PgBoss> {
  const pool = globalForJobs.pgPool;
  if (!pool) throw new Error("the database pool has not been created");
  const boss = createJobBoss(pool, { background: true });
  await boss.start();
  await prepareReminderJob(boss);
  await enqueueReminderRun(boss);
  await startReminderWorker(boss);
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stopJobs());
  console.info("Background jobs started: reminders run hourly at five past (UTC).");
  return boss;
}

export function startJobs(): Promise<PgBoss | null> {
  globalForJobs.jobs ??= start().catch((error: unknown) => {
    console.error(`Background jobs did not start: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  });
  return globalForJobs.jobs;
}

/**
 * Stops polling and the cron clock, and waits briefly for a running job. If the process ends
 * first, the unfinished job expires and pg-boss retries it; deliveries make the retry harmless.
 */
export async function stopJobs(): Promise<void> {
  const boss = await globalForJobs.jobs;
  globalForJobs.jobs = undefined;
  await boss?.stop({ graceful: true, close: false, timeout: 10_000 });
}
