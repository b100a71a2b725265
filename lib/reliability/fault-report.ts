import type { StoredQuestions } from "./charter-questions";
import type { PageOutcome, PageSample } from "./page-probe";
import type { WriteAttempt, WriteOutcome } from "./write-load";

/**
 * Turns what a fault run recorded into its figures and its pass/fail checks (pure, so the
 * rules are unit-tested), and prints them.
 */

export type Outage = {
  label: string;
  /** When the fault was injected (database stopped, app killed). */
  from: number;
  /** When the database (or the app) was back: started, ready to serve. */
  to: number;
};

export type FaultRun = {
  attempts: WriteAttempt[];
  pages: PageSample[];
  outages: Outage[];
  stored: StoredQuestions;
  /** Notifications each question sends (its acknowledged answers say so). */
  recipientsPerQuestion: number;
  /** Whether the app itself is down during an outage (then "no answer" is expected there). */
  appDownDuringOutage: boolean;
  /** A tab opened during the outage (what it showed), whose "Try again" was pressed once the database was back. */
  tryAgainButton?: { shown: PageOutcome; broughtThePageBack: boolean };
  /** What the sign-in form said to someone signing in during the outage. */
  signInMessage?: string;
};

export type OutageFigures = {
  label: string;
  seconds: number;
  writes: Record<WriteOutcome, number>;
  pages: { total: number; tryAgain: number; normal: number; statuses: Record<string, number> };
  /** Seconds from `to` until the first write saved after it (its answer came then); null if none was. */
  writesBackAfter: number | null;
  /** Seconds from `to` until the last "try again" answer (negative: all came before `to`); null if none. */
  lastTryAgainAfter: number | null;
  /** Seconds from `to` until a page load first showed the page again; null if none did. */
  pagesBackAfter: number | null;
};

export type Check = { name: string; ok: boolean; detail: string };

export type FaultFigures = {
  attempted: number;
  acknowledged: number;
  found: number;
  missing: string[];
  /** In the database although the app did not confirm them (the answer was lost in the fault). */
  unconfirmed: number;
  outcomes: Record<WriteOutcome, number>;
  otherMessages: string[];
  leaks: number;
  outages: OutageFigures[];
};

const OUTCOMES: WriteOutcome[] = ["acknowledged", "refused-unavailable", "refused-other", "failed", "unreachable"];

function countOutcomes(attempts: WriteAttempt[]): Record<WriteOutcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<WriteOutcome, number>;
  for (const attempt of attempts) counts[attempt.outcome] += 1;
  return counts;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

function outageFigures(run: FaultRun, outage: Outage): OutageFigures {
  const during = (at: number) => at >= outage.from && at <= outage.to;
  const pages = run.pages.filter((sample) => during(sample.at));
  const statuses: Record<string, number> = {};
  for (const sample of pages) statuses[sample.status || "no answer"] = (statuses[sample.status || "no answer"] ?? 0) + 1;
  const since = (times: number[], pick: (...values: number[]) => number) => (times.length === 0 ? null : seconds(pick(...times) - outage.to));
  const refusedFrom = run.attempts.filter((a) => a.outcome === "refused-unavailable" && a.endedAt >= outage.from);
  return {
    label: outage.label,
    seconds: seconds(outage.to - outage.from),
    writes: countOutcomes(run.attempts.filter((attempt) => during(attempt.startedAt))),
    pages: {
      total: pages.length,
      tryAgain: pages.filter((sample) => sample.outcome === "try-again").length,
      normal: pages.filter((sample) => sample.outcome === "page").length,
      statuses,
    },
    writesBackAfter: since(run.attempts.filter((a) => a.outcome === "acknowledged" && a.endedAt >= outage.to).map((a) => a.endedAt), Math.min),
    lastTryAgainAfter: since(refusedFrom.map((a) => a.endedAt), Math.max),
    pagesBackAfter: since(run.pages.filter((sample) => sample.outcome === "page" && sample.endedAt >= outage.to).map((sample) => sample.endedAt), Math.min),
  };
}

export function summariseFaultRun(run: FaultRun): { figures: FaultFigures; checks: Check[] } {
  const acknowledged = run.attempts.filter((attempt) => attempt.outcome === "acknowledged").map((attempt) => attempt.text);
  const missing = acknowledged.filter((text) => !run.stored.texts.has(text));
  const confirmed = new Set(acknowledged);
  const outcomes = countOutcomes(run.attempts);
  // An attempt still waiting for its answer when the fault struck counts as in the outage too.
  const inOutage = (from: number, to = from) => run.outages.some((outage) => from <= outage.to && to >= outage.from);
  const figures: FaultFigures = {
    attempted: run.attempts.length,
    acknowledged: acknowledged.length,
    found: acknowledged.length - missing.length,
    missing,
    unconfirmed: [...run.stored.texts].filter((text) => !confirmed.has(text)).length,
    outcomes,
    otherMessages: [...new Set(run.attempts.filter((a) => a.outcome === "refused-other" || a.outcome === "failed").map((a) => a.detail ?? ""))],
    leaks: run.pages.filter((sample) => sample.leak !== null).length,
    outages: run.outages.map((outage) => outageFigures(run, outage)),
  };

  const unexpectedUnreachable = run.attempts.filter((a) => a.outcome === "unreachable" && !(run.appDownDuringOutage && inOutage(a.startedAt, a.endedAt))).length;
  const strayPages = run.pages.filter((s) => s.outcome === "other" || (s.outcome === "unreachable" && !(run.appDownDuringOutage && inOutage(s.at, s.endedAt)))).length;
  const storedCount = run.stored.texts.size;
  const checks: Check[] = [
    { name: "every acknowledged write is in the database", ok: missing.length === 0, detail: `${figures.found} of ${figures.acknowledged} found` },
    {
      name: "every stored write is whole (its audit row and notifications)",
      ok: run.stored.audited === storedCount && run.stored.notifications === storedCount * run.recipientsPerQuestion,
      detail: `${run.stored.audited} of ${storedCount} audited; ${run.stored.notifications} notifications for ${storedCount} × ${run.recipientsPerQuestion}`,
    },
    {
      name: "every write was answered \"saved\" or \"could not reach the database, try again\"",
      ok: outcomes["refused-other"] === 0 && outcomes.failed === 0 && unexpectedUnreachable === 0,
      detail: `${outcomes["refused-other"]} other messages, ${outcomes.failed} error pages, ${unexpectedUnreachable} without an answer while the app was meant to be up`,
    },
    { name: "every page load was the page or the try-again page", ok: strayPages === 0, detail: `${strayPages} other answers` },
    { name: "no answer showed a stack trace or the server's error", ok: figures.leaks === 0, detail: `${figures.leaks} answers leaked` },
  ];
  if (run.signInMessage !== undefined) {
    checks.push({
      name: "signing in during the outage said the database could not be reached",
      ok: run.signInMessage.startsWith("We could not reach the database"),
      detail: `"${run.signInMessage}"`,
    });
  }
  if (run.tryAgainButton) {
    const { shown, broughtThePageBack } = run.tryAgainButton;
    checks.push({
      name: "pressing Try again once the database was back brought the page back",
      ok: shown === "try-again" && broughtThePageBack,
      detail: `the tab opened during the outage showed ${shown === "try-again" ? "the try-again page" : `"${shown}"`}; pressing Try again ${broughtThePageBack ? "brought the page back" : "did not bring the page back"}`,
    });
  }
  for (const outage of figures.outages) {
    if (!run.appDownDuringOutage) {
      checks.push({
        name: `${outage.label}: people were told to try again`,
        ok: outage.writes["refused-unavailable"] > 0 && outage.pages.tryAgain > 0,
        detail: `${outage.writes["refused-unavailable"]} writes got the message, ${outage.pages.tryAgain} page loads the try-again page`,
      });
    }
    checks.push({
      name: `${outage.label}: writes and pages worked again afterwards`,
      ok: outage.writesBackAfter !== null && outage.pagesBackAfter !== null,
      detail: outage.writesBackAfter === null ? "no write was acknowledged afterwards" : `writes acknowledged ${outage.writesBackAfter} s after, pages ${outage.pagesBackAfter ?? "never"} s after`,
    });
  }
  return { figures, checks };
}

const n = (value: number) => value.toLocaleString("en-GB");

function describeStatuses(statuses: Record<string, number>): string {
  const entries = Object.entries(statuses);
  return entries.length === 0 ? "none" : entries.map(([status, count]) => `${n(count)} × ${status === "no answer" ? "no answer" : `HTTP ${status}`}`).join(", ");
}

export function formatFaultSummary(title: string, setting: string[], figures: FaultFigures, checks: Check[]): string {
  const lines = [`━━ ${title}`, ...setting.map((line) => `  ${line}`)];
  const { outcomes } = figures;
  lines.push(
    `  writes: ${n(figures.attempted)} attempted, ${n(figures.acknowledged)} acknowledged, ${n(figures.found)} of those found in the database (${n(figures.missing.length)} missing); ` +
      `${n(figures.unconfirmed)} more found whose answer was lost in the fault`,
    `  answers: ${n(outcomes.acknowledged)} saved, ${n(outcomes["refused-unavailable"])} "could not reach the database, try again", ${n(outcomes["refused-other"])} other messages, ` +
      `${n(outcomes.failed)} error pages, ${n(outcomes.unreachable)} no answer`,
  );
  for (const outage of figures.outages) {
    lines.push(
      `  ${outage.label}: ${outage.seconds} s`,
      `    writes started meanwhile: ${n(outage.writes["refused-unavailable"])} told to try again, ${n(outage.writes.acknowledged)} saved, ${n(outage.writes.unreachable)} no answer`,
      `    page loads meanwhile: ${n(outage.pages.total)} (${n(outage.pages.tryAgain)} try-again page, ${n(outage.pages.normal)} the page itself; ${describeStatuses(outage.pages.statuses)})`,
      `    back: a write saved ${outage.writesBackAfter ?? "never"} s and a page served ${outage.pagesBackAfter ?? "never"} s after it was up again`,
    );
    if (outage.lastTryAgainAfter !== null) {
      const when = outage.lastTryAgainAfter < 0 ? `${-outage.lastTryAgainAfter} s before` : `${outage.lastTryAgainAfter} s after`;
      lines.push(`    the last "try again" answer came ${when} it was up again`);
    }
  }
  if (figures.otherMessages.length > 0) lines.push(`  other answers: ${figures.otherMessages.slice(0, 5).join(" | ")}`);
  if (figures.missing.length > 0) lines.push(`  missing: ${figures.missing.slice(0, 10).join(", ")}`);
  for (const check of checks) lines.push(`  ${check.ok ? "✔" : "✘"} ${check.name} (${check.detail})`);
  return lines.join("\n");
}
