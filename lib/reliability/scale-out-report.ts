import type { Check } from "./fault-report";

/** The scale-out run's checks (pure, so the rules are unit-tested) and its printed summary. */

type Job = { slot: string; state: string; output: { reminders?: number } | null };

export type ScaleOutRun = {
  ports: [number, number];
  /** pg-boss's reminder jobs once both instances had started and the run had finished. */
  jobsAtStart: Job[];
  /** The same after one instance restarted (its start-up asks for this hour's run again). */
  jobsAfterRestart: Job[];
  deliveries: { atStart: number; afterRestart: number };
  /** Notifications created since the seed (nobody used the app meanwhile, so all are reminders). */
  notifications: { atStart: number; afterRestart: number };
  /** Recipients given the same notification (title, body, link) more than once since the seed. */
  duplicateNotifications: number;
  sessionAcross: { from: number; to: number; status: number; signedIn: boolean }[];
  writeAcross: { acknowledged: boolean; readStatus: number; found: boolean };
};

function jobsPerSlot(jobs: Job[]): Map<string, number> {
  const slots = new Map<string, number>();
  for (const job of jobs) slots.set(job.slot, (slots.get(job.slot) ?? 0) + 1);
  return slots;
}

export function scaleOutChecks(run: ScaleOutRun): Check[] {
  const slots = jobsPerSlot(run.jobsAfterRestart);
  const crowded = [...slots.values()].filter((count) => count > 1).length;
  const reported = run.jobsAtStart.reduce((sum, job) => sum + (job.output?.reminders ?? 0), 0);
  const added = run.jobsAfterRestart.slice(run.jobsAtStart.length).reduce((sum, job) => sum + (job.output?.reminders ?? 0), 0);
  return [
    {
      name: "one reminder job per hour slot, with two instances asking for it",
      ok: run.jobsAtStart.length >= 1 && crowded === 0 && run.jobsAfterRestart.every((job) => job.state === "completed"),
      detail: `${run.jobsAfterRestart.length} job(s) in ${slots.size} slot(s), ${crowded} slot(s) with more than one; states: ${run.jobsAfterRestart.map((job) => job.state).join(", ")}`,
    },
    {
      name: "each due reminder was delivered once",
      ok: run.deliveries.atStart > 0 && run.notifications.atStart === run.deliveries.atStart && reported === run.deliveries.atStart,
      detail: `${run.deliveries.atStart} deliveries, ${run.notifications.atStart} notifications, ${reported} reported by the job`,
    },
    {
      name: "a restarted instance's catch-up run delivered nothing twice",
      ok: run.deliveries.afterRestart === run.deliveries.atStart && run.notifications.afterRestart === run.notifications.atStart && added === 0,
      detail: `deliveries ${run.deliveries.atStart} → ${run.deliveries.afterRestart}, notifications ${run.notifications.atStart} → ${run.notifications.afterRestart}`,
    },
    { name: "no one has the same notification twice", ok: run.duplicateNotifications === 0, detail: `${run.duplicateNotifications} repeated` },
    ...run.sessionAcross.map((session) => ({
      name: `a session from port ${session.from} works on port ${session.to}`,
      ok: session.status === 200 && session.signedIn,
      detail: `HTTP ${session.status}${session.signedIn ? ", signed in as the leader" : ", not signed in"}`,
    })),
    {
      name: `a write on port ${run.ports[0]} is read on port ${run.ports[1]}`,
      ok: run.writeAcross.acknowledged && run.writeAcross.readStatus === 200 && run.writeAcross.found,
      detail: `${run.writeAcross.acknowledged ? "acknowledged" : "not acknowledged"}; the other instance answered HTTP ${run.writeAcross.readStatus} ${run.writeAcross.found ? "with" : "without"} it`,
    },
  ];
}

export function formatScaleOutSummary(run: ScaleOutRun): { text: string; passed: boolean } {
  const checks = scaleOutChecks(run);
  const lines = [
    "━━ Scale-out: two instances, one PostgreSQL",
    `  instances on ports ${run.ports.join(" and ")}, one database, one AUTH_SECRET, background jobs on in both; then the first restarted`,
    `  reminder jobs: ${run.jobsAtStart.length} after both started, ${run.jobsAfterRestart.length} after the restart; ` +
      `${run.deliveries.afterRestart} reminders delivered, ${run.notifications.afterRestart} notifications`,
    ...checks.map((check) => `  ${check.ok ? "✔" : "✘"} ${check.name} (${check.detail})`),
  ];
  return { text: lines.join("\n"), passed: checks.every((check) => check.ok) };
}
