import type PgBoss from "pg-boss";
import { sendDueReminders, type ReminderRun } from "@/lib/reminders/send";

/** The hourly reminder run (lib/reminders/send.ts) as a pg-boss queue, schedule and worker. */

export const REMINDER_QUEUE = "send-due-reminders";
/** Five past every hour, in UTC: organisations' own days are worked out inside the run. */
export const REMINDER_CRON = "5 * * * *";
/**
 * At most one job per hour slot, however many instances' cron clocks or start-ups ask for one:
 * pg-boss gives the job a slot (singletonSeconds) and a unique index refuses a second job with
 * the same key in the same slot.
 */
export const REMINDER_JOB_OPTIONS = { singletonKey: REMINDER_QUEUE, singletonSeconds: 60 * 60 };
/** How often an idle worker asks for a job: a run may start up to five minutes late, which is fine for reminders. */
export const REMINDER_POLLING_SECONDS = 5 * 60;

const DEADLOCK = "40P01";

/**
 * pg-boss 10 creates a queue with DDL (a partition of its job table), and two instances
 * creating the same queue at the same moment can deadlock: PostgreSQL aborts one of them and
 * the other creates the queue. The aborted one only has to ask again (finding the queue there).
 */
async function createQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await boss.createQueue(queue.name, queue);
    } catch (error) {
      if (attempt === 3 || (error as { code?: string }).code !== DEADLOCK) throw error;
    }
  }
}

export async function prepareReminderJob(boss: PgBoss): Promise<void> {
  await createQueue(boss, { name: REMINDER_QUEUE, retryLimit: 3, retryDelay: 5 * 60, expireInSeconds: 30 * 60 });
  await boss.schedule(REMINDER_QUEUE, REMINDER_CRON, {}, { tz: "UTC", ...REMINDER_JOB_OPTIONS });
}

/** Asks for this hour's run now (at start-up, so a restart does not wait for the next cron slot); null when the slot has its job. */
export function enqueueReminderRun(boss: PgBoss): Promise<string | null> {
  return boss.send(REMINDER_QUEUE, {}, REMINDER_JOB_OPTIONS);
}

/** What the worker runs for each job. */
export function runReminderJob(now: Date = new Date()): Promise<ReminderRun> {
  return sendDueReminders(now);
}

export function startReminderWorker(boss: PgBoss, run: () => Promise<unknown> = runReminderJob): Promise<string> {
  return boss.work(REMINDER_QUEUE, { pollingIntervalSeconds: REMINDER_POLLING_SECONDS }, () => run());
}
