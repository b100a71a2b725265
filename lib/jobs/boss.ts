import type { Pool } from "pg";
import PgBoss from "pg-boss";

/**
 * pg-boss over the app's own pg pool, through its `db` option: every statement pg-boss runs
 * (its schema, polling, cron, maintenance) goes through `pool.query`, so the process never
 * holds more connections than DATABASE_POOL_SIZE — the embedded database serves exactly one.
 * pool.query hands the connection back after each statement (and drops it if the statement
 * failed), so pg-boss never keeps a connection, or a half-finished transaction, from the app.
 *
 * `background` starts pg-boss's timers: the cron clock (which turns schedules into jobs) and
 * maintenance. Tests leave it off and call the methods themselves.
 */
export function createJobBoss(pool: Pool, options: { background: boolean }): PgBoss {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    migrate: true,
    schedule: options.background,
    supervise: options.background,
    // Polling stays light on a one-connection database: cron jobs are picked up within 45 s
    // (the slowest pg-boss allows), housekeeping runs every ten minutes.
    cronWorkerIntervalSeconds: 45,
    maintenanceIntervalMinutes: 10,
  });
  boss.on("error", (error: Error) => console.error(`Background jobs: ${error.message}`));
  return boss;
}
