import { describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/actions/database-unavailable";
import { summariseFaultRun, type FaultRun } from "@/lib/reliability/fault-report";
import { classifyPage, type PageSample } from "@/lib/reliability/page-probe";
import { readActionResult } from "@/lib/reliability/server-action";
import { classifyWrite, type WriteAttempt } from "@/lib/reliability/write-load";

const write = (text: string, at: number, outcome: WriteAttempt["outcome"], detail?: string): WriteAttempt => ({ text, startedAt: at, endedAt: at + 50, outcome, detail });
const page = (at: number, outcome: PageSample["outcome"], status = outcome === "page" ? 200 : 500, leak: string | null = null): PageSample => ({
  at,
  endedAt: at + 50,
  status,
  outcome,
  leak,
});

/** Database down from 1,000 to 2,000 ms: refused writes and try-again pages meanwhile, saved ones either side. */
function healthyRun(): FaultRun {
  return {
    attempts: [write("q1", 100, "acknowledged"), write("q2", 1_180, "refused-unavailable"), write("q3", 2_100, "acknowledged")],
    pages: [page(500, "page"), page(1_500, "try-again"), page(2_300, "page")],
    outages: [{ label: "database stopped", from: 1_000, to: 2_000 }],
    stored: { texts: new Set(["q1", "q3"]), audited: 2, notifications: 6 },
    recipientsPerQuestion: 3,
    appDownDuringOutage: false,
  };
}

const failed = (run: FaultRun) => summariseFaultRun(run).checks.filter((check) => !check.ok).map((check) => check.name);

describe("summariseFaultRun", () => {
  it("passes a run in which nothing acknowledged was lost and everyone was told to try again", () => {
    const { figures, checks } = summariseFaultRun(healthyRun());
    expect(checks.every((check) => check.ok)).toBe(true);
    expect(figures).toMatchObject({ attempted: 3, acknowledged: 2, found: 2, missing: [], unconfirmed: 0 });
    expect(figures.outages[0]).toMatchObject({
      seconds: 1,
      writesBackAfter: 0.2, // q3 answered at 2,150
      lastTryAgainAfter: -0.8, // q2 answered at 1,230
      pagesBackAfter: 0.4, // the page load from 2,300 settled at 2,350
      pages: { total: 1, tryAgain: 1, statuses: { 500: 1 } },
    });
  });

  it("fails when an acknowledged write is not in the database, and names it", () => {
    const run = { ...healthyRun(), stored: { texts: new Set(["q1"]), audited: 1, notifications: 3 } };
    expect(failed(run)).toEqual(["every acknowledged write is in the database"]);
    expect(summariseFaultRun(run).figures.missing).toEqual(["q3"]);
  });

  it("counts a write that was stored though its answer was lost, without failing", () => {
    const run = { ...healthyRun(), stored: { texts: new Set(["q1", "q2", "q3"]), audited: 3, notifications: 9 } };
    expect(failed(run)).toEqual([]);
    expect(summariseFaultRun(run).figures.unconfirmed).toBe(1);
  });

  it("fails a stored write without its audit row or with missing notifications", () => {
    expect(failed({ ...healthyRun(), stored: { texts: new Set(["q1", "q3"]), audited: 1, notifications: 6 } })).toEqual(["every stored write is whole (its audit row and notifications)"]);
    expect(failed({ ...healthyRun(), stored: { texts: new Set(["q1", "q3"]), audited: 2, notifications: 5 } })).toEqual(["every stored write is whole (its audit row and notifications)"]);
  });

  it("fails any other answer to a write: a generic message, an error page, or no answer while the app should be up", () => {
    for (const outcome of ["refused-other", "failed", "unreachable"] as const) {
      const run = healthyRun();
      run.attempts.push(write("q4", 1_300, outcome, "boom"));
      expect(failed(run), outcome).toEqual(['every write was answered "saved" or "could not reach the database, try again"']);
    }
  });

  it("accepts no answer while the app itself is down, but not outside that time", () => {
    const run = { ...healthyRun(), appDownDuringOutage: true };
    run.attempts.push(write("q4", 1_300, "unreachable"));
    run.pages.push(page(1_400, "unreachable", 0));
    expect(failed(run)).toEqual([]);
    run.attempts.push({ text: "q5", startedAt: 900, endedAt: 1_010, outcome: "unreachable" });
    expect(failed(run), "cut off by the fault").toEqual([]);
    run.attempts.push(write("q6", 2_500, "unreachable"));
    expect(failed(run)).toEqual(['every write was answered "saved" or "could not reach the database, try again"']);
  });

  it("fails a page load that was neither the page nor the try-again page, and one that leaked the error", () => {
    const other = healthyRun();
    other.pages.push(page(1_600, "other"));
    expect(failed(other)).toEqual(["every page load was the page or the try-again page"]);
    const leaked = healthyRun();
    leaked.pages.push(page(1_600, "try-again", 500, "a stack frame"));
    expect(failed(leaked)).toEqual(["no answer showed a stack trace or the server's error"]);
  });

  it("fails when the Try again button did not bring the page back, or was never shown", () => {
    const name = "pressing Try again once the database was back brought the page back";
    expect(failed({ ...healthyRun(), tryAgainButton: { shown: "try-again", broughtThePageBack: true } })).toEqual([]);
    expect(failed({ ...healthyRun(), tryAgainButton: { shown: "try-again", broughtThePageBack: false } })).toEqual([name]);
    expect(failed({ ...healthyRun(), tryAgainButton: { shown: "other", broughtThePageBack: false } })).toEqual([name]);
  });

  it("fails a sign-in during the outage that did not say the database was out of reach", () => {
    expect(failed({ ...healthyRun(), signInMessage: "We could not reach the database to check your details. Please try again in a moment." })).toEqual([]);
    expect(failed({ ...healthyRun(), signInMessage: "That email and password do not match an active account." })).toEqual([
      "signing in during the outage said the database could not be reached",
    ]);
  });

  it("fails an outage in which nobody was told to try again, and one after which nothing worked", () => {
    const silent = healthyRun();
    silent.pages = silent.pages.filter((sample) => sample.outcome === "page");
    expect(failed(silent)).toEqual(["database stopped: people were told to try again"]);
    const stuck = healthyRun();
    stuck.attempts = stuck.attempts.filter((attempt) => attempt.text !== "q3");
    stuck.stored = { texts: new Set(["q1"]), audited: 1, notifications: 3 };
    expect(failed(stuck)).toEqual(["database stopped: writes and pages worked again afterwards"]);
  });
});

describe("the probes' readings", () => {
  it("reads an action's result from the flight answer Next.js sends", () => {
    const body = '0:{"a":"$@1","q":"","i":false,"b":"XNge1i8u9qnlwWRqwn5kX"}\n1:{"ok":true,"message":"Sent.","data":{"recipients":3}}\n';
    expect(readActionResult(body)).toEqual({ ok: true, message: "Sent.", data: { recipients: 3 } });
    expect(readActionResult("<!DOCTYPE html><html>error</html>")).toBeNull();
    expect(readActionResult('0:{"a":"$@1"}\n1:"not a result"')).toBeNull();
  });

  it("tells the try-again message from any other refusal", () => {
    expect(classifyWrite({ kind: "answered", status: 200, result: { ok: false, message: DATABASE_UNAVAILABLE_MESSAGE } })).toEqual({ outcome: "refused-unavailable" });
    expect(classifyWrite({ kind: "answered", status: 200, result: { ok: false, message: "Something went wrong on our side (reference 1a2b3c4d). Please try again." } }).outcome).toBe("refused-other");
    expect(classifyWrite({ kind: "failed", status: 500, body: "" })).toEqual({ outcome: "failed", detail: "HTTP 500" });
    expect(classifyWrite({ kind: "unreachable", error: "connect ECONNREFUSED" }).outcome).toBe("unreachable");
  });

  it("recognises the try-again page and what would be a leak, in the visible text or the document", () => {
    const tryAgain = "We could not load this page\nSomething stopped us…\nTry again\nGo to your home page";
    expect(classifyPage(500, tryAgain, '<html id="__next_error__">', "what the role is for")).toEqual({ status: 500, outcome: "try-again", leak: null });
    expect(classifyPage(200, "Engineering Manager: what the role is for", "<html>", "what the role is for").outcome).toBe("page");
    expect(classifyPage(500, tryAgain, "<pre>Error: boom\n    at AppLayout (.next/server/chunks/ssr/app.js:1:2341)</pre>", "x").leak).toBe("a stack frame");
    expect(classifyPage(500, "Can't reach database server at 127.0.0.1:5442", "", "x").leak).toBe("a Prisma message");
    expect(classifyPage(500, "Internal Server Error", "", "x")).toEqual({ status: 500, outcome: "other", leak: null });
  });
});
