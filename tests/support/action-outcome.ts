import type { ActionResult } from "@/lib/actions/result";

/**
 * What calling a server action or route handler led to. A Next.js redirect is
 * thrown (it carries the destination in its digest, `NEXT_REDIRECT;replace;/path;307;`),
 * and an action that redirects on success has succeeded.
 */
export type Outcome =
  | { kind: "result"; value: unknown }
  | { kind: "redirect"; location: string }
  | { kind: "threw"; error: unknown };

function redirectLocation(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("digest" in error) || typeof error.digest !== "string") return null;
  const parts = error.digest.split(";");
  if (parts[0] !== "NEXT_REDIRECT") return null;
  return parts.slice(2, -2).join(";");
}

export async function invoke(call: () => unknown): Promise<Outcome> {
  try {
    return { kind: "result", value: await call() };
  } catch (error) {
    const location = redirectLocation(error);
    return location === null ? { kind: "threw", error } : { kind: "redirect", location };
  }
}

export function isActionResult(value: unknown): value is ActionResult<unknown> {
  return typeof value === "object" && value !== null && "ok" in value && typeof value.ok === "boolean";
}

/** `ok: true`, or the redirect a successful action sends the browser on to. */
export function succeeded(outcome: Outcome): boolean {
  return outcome.kind === "redirect" || (outcome.kind === "result" && isActionResult(outcome.value) && outcome.value.ok);
}

/** The refusal an action answered with, or null when it did not answer with one. */
export function refusal(outcome: Outcome): Extract<ActionResult<unknown>, { ok: false }> | null {
  return outcome.kind === "result" && isActionResult(outcome.value) && !outcome.value.ok ? outcome.value : null;
}

/** For failure messages: the outcome in one line (errors with their stack's first frame). */
export function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === "redirect") return `redirect to ${outcome.location}`;
  if (outcome.kind === "threw") {
    const error = outcome.error;
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
  return `returned ${JSON.stringify(outcome.value, (_key, value: unknown) => (typeof value === "bigint" ? `${value}n` : value))?.slice(0, 500)}`;
}
