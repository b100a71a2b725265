import { Pool } from "pg";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { createJobBoss } from "@/lib/jobs/boss";
import { enqueueReminderRun, prepareReminderJob, REMINDER_CRON, REMINDER_JOB_OPTIONS, REMINDER_QUEUE, runReminderJob, startReminderWorker } from "@/lib/jobs/reminder-job";
import { buildConversation } from "@/tests/factories";
import { buildWorld } from "@/tests/support/world";

/**
 * "Runs once with several app instances": two pg-boss instances, as two app processes would
 * have. Each runs on an app-style pool: on a PostgreSQL server, two separate pools (so the
 * instances really race); on the embedded database, which serves one connection, both share
 * the app's pool, as the app's own bundles do. No timers run: the tests call what pg-boss's
 * clock and workers would call.
 */

// Importing the database client (above) created the app's pool, which it keeps on globalThis.
const appPool = (globalThis as { pgPool?: Pool }).pgPool;
if (!appPool) throw new Error("the database client did not create the app's pool");
const embedded = inject("databasePoolSize") === 1;
const secondPool = embedded ? appPool : new Pool({ connectionString: inject("databaseUrl"), max: 2 });

let instances: [PgBoss, PgBoss];

beforeAll(async () => {
  instances = [createJobBoss(appPool, { background: false }), createJobBoss(secondPool, { background: false })];
  // Both install pg-boss's schema at once, as instances starting together do.
  await Promise.all(instances.map((boss) => boss.start()));
});

afterAll(async () => {
  await Promise.all(instances.map((boss) => boss.stop({ close: false, graceful: true })));
  if (secondPool !== appPool) await secondPool.end();
});

describe("the reminder job on two instances", () => {
  it("has one queue and one hourly UTC schedule however many instances set it up", async () => {
    await Promise.all(instances.map((boss) => prepareReminderJob(boss)));
    await Promise.all(instances.map((boss) => prepareReminderJob(boss)));

    const schedules = await instances[1].getSchedules();
    expect(schedules).toEqual([
      expect.objectContaining({ name: REMINDER_QUEUE, cron: REMINDER_CRON, timezone: "UTC", options: expect.objectContaining(REMINDER_JOB_OPTIONS) }),
    ]);
    const rows = await db.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.queue WHERE name = ${REMINDER_QUEUE}`;
    expect(rows).toHaveLength(1);
  });

  it("gets one job per hour slot, whichever instance asks and however often", async () => {
    const ids = await Promise.all([enqueueReminderRun(instances[0]), enqueueReminderRun(instances[1]), enqueueReminderRun(instances[0])]);
    expect(ids.filter((id) => id !== null)).toHaveLength(1);

    // When the cron slot comes, each instance's clock inserts the schedule's job the way
    // pg-boss's timekeeper does ({ name, data, ...options }); it joins the same slot.
    const [schedule] = await instances[0].getSchedules();
    if (!schedule) throw new Error("expected the reminder schedule");
    const scheduled = { name: schedule.name, data: schedule.data, ...schedule.options } as PgBoss.JobInsert;
    await Promise.all(instances.map((boss) => boss.insert([scheduled])));

    expect(await instances[0].getQueueSize(REMINDER_QUEUE)).toBe(1);
  });

  it("hands the job to exactly one instance", async () => {
    const fetched = await Promise.all(instances.map((boss) => boss.fetch(REMINDER_QUEUE)));
    expect(fetched.flat()).toHaveLength(1);
    expect((await Promise.all(instances.map((boss) => boss.fetch(REMINDER_QUEUE)))).flat()).toEqual([]);

    const winner = fetched.findIndex((jobs) => jobs.length === 1);
    const job = fetched[winner]?.[0];
    if (!job) throw new Error("expected one instance to hold the job");
    await instances[winner === 0 ? 0 : 1].complete(REMINDER_QUEUE, job.id);
    expect(await instances[0].getJobById(REMINDER_QUEUE, job.id)).toMatchObject({ state: "completed" });
    // The slot stays taken after the run: asking again this hour makes no second job.
    expect(await enqueueReminderRun(instances[1])).toBeNull();
  });

  it("has its worker run a job it picks up", async () => {
    const jobId = await instances[0].send(REMINDER_QUEUE, {});
    let ran!: () => void;
    const running = new Promise<void>((resolve) => (ran = resolve));
    await startReminderWorker(instances[0], async () => ran());
    await running;
    await instances[0].offWork(REMINDER_QUEUE);
    expect(jobId).not.toBeNull();
  });

  it("notifies each person once when the run is repeated, or runs on both instances at once", async () => {
    const world = await buildWorld();
    await buildConversation(db, world.organisation.id, { personId: world.leader.id, managerId: world.manager.id, heldOn: "2030-12-10", nextConversationOn: "2031-03-17" });
    const now = new Date("2031-03-10T09:05:00Z");

    await Promise.all([runReminderJob(now), runReminderJob(now)]);
    await runReminderJob(now);

    const notifications = await db.notification.groupBy({ by: ["recipientId"], where: { recipientId: { in: [world.manager.id, world.leader.id] } }, _count: true });
    expect(notifications.map((row) => [row.recipientId, row._count]).sort()).toEqual([[world.leader.id, 1], [world.manager.id, 1]].sort());
  });
});
