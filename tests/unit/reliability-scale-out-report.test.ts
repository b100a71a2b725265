import { describe, expect, it } from "vitest";
import { scaleOutChecks, type ScaleOutRun } from "@/lib/reliability/scale-out-report";

const SLOT = "2026-11-23 07:00:00";

function healthyRun(): ScaleOutRun {
  const job = { slot: SLOT, state: "completed", output: { reminders: 4 } };
  return {
    ports: [3240, 3241],
    jobsAtStart: [job],
    jobsAfterRestart: [job],
    deliveries: { atStart: 4, afterRestart: 4 },
    notifications: { atStart: 4, afterRestart: 4 },
    duplicateNotifications: 0,
    sessionAcross: [
      { from: 3240, to: 3241, status: 200, signedIn: true },
      { from: 3241, to: 3240, status: 200, signedIn: true },
    ],
    writeAcross: { acknowledged: true, readStatus: 200, found: true },
  };
}

const failed = (run: ScaleOutRun) => scaleOutChecks(run).filter((check) => !check.ok).map((check) => check.name);

describe("scaleOutChecks", () => {
  it("passes one job per slot, each reminder once, sessions and data shared", () => {
    expect(failed(healthyRun())).toEqual([]);
  });

  it("fails a second job in the same hour slot", () => {
    const run = healthyRun();
    run.jobsAfterRestart = [...run.jobsAfterRestart, { slot: SLOT, state: "completed", output: { reminders: 0 } }];
    expect(failed(run)).toEqual(["one reminder job per hour slot, with two instances asking for it"]);
  });

  it("accepts a job in the next hour slot that delivers nothing new", () => {
    const run = healthyRun();
    run.jobsAfterRestart = [...run.jobsAfterRestart, { slot: "2026-11-23 08:00:00", state: "completed", output: { reminders: 0 } }];
    expect(failed(run)).toEqual([]);
  });

  it("fails reminders notified twice, or a run with nothing due (it would prove nothing)", () => {
    expect(failed({ ...healthyRun(), notifications: { atStart: 8, afterRestart: 8 } })).toEqual(["each due reminder was delivered once"]);
    expect(failed({ ...healthyRun(), duplicateNotifications: 2 })).toEqual(["no one has the same notification twice"]);
    const nothingDue = { ...healthyRun(), deliveries: { atStart: 0, afterRestart: 0 }, notifications: { atStart: 0, afterRestart: 0 } };
    nothingDue.jobsAtStart = nothingDue.jobsAfterRestart = [{ slot: SLOT, state: "completed", output: { reminders: 0 } }];
    expect(failed(nothingDue)).toEqual(["each due reminder was delivered once"]);
  });

  it("fails a restart that delivered again", () => {
    expect(failed({ ...healthyRun(), deliveries: { atStart: 4, afterRestart: 6 } })).toEqual(["a restarted instance's catch-up run delivered nothing twice"]);
  });

  it("fails a session or a write that does not carry over", () => {
    const run = healthyRun();
    run.sessionAcross[1] = { from: 3241, to: 3240, status: 307, signedIn: false };
    run.writeAcross = { acknowledged: true, readStatus: 200, found: false };
    expect(failed(run)).toEqual(["a session from port 3241 works on port 3240", "a write on port 3240 is read on port 3241"]);
  });
});
