import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/actions/database-unavailable";
import type { ActionCall } from "./server-action";

/**
 * Concurrent clients that each keep writing, one request at a time, until told to stop, and
 * the record of every attempt: what was written and what the app answered.
 */

export type WriteOutcome =
  /** The action answered ok: the app told the person it was saved. */
  | "acknowledged"
  /** The action answered with the "could not reach the database, try again" message. */
  | "refused-unavailable"
  /** The action answered with any other message. */
  | "refused-other"
  /** An HTTP answer without an action result (an error page). */
  | "failed"
  /** No HTTP answer (the app was not running). */
  | "unreachable";

export type WriteAttempt = { text: string; startedAt: number; endedAt: number; outcome: WriteOutcome; detail?: string };

export function classifyWrite(call: ActionCall): { outcome: WriteOutcome; detail?: string } {
  if (call.kind === "unreachable") return { outcome: "unreachable", detail: call.error };
  if (call.kind === "failed") return { outcome: "failed", detail: `HTTP ${call.status}` };
  if (call.result.ok) return { outcome: "acknowledged" };
  if (call.result.message === DATABASE_UNAVAILABLE_MESSAGE) return { outcome: "refused-unavailable" };
  return { outcome: "refused-other", detail: call.result.message };
}

/** Pause after a failed attempt, so that a stopped app is not hammered in a tight loop. */
const RETRY_PAUSE_MS = 100;

export function startWriteLoad(options: { clients: number; label: string; write: (text: string) => Promise<ActionCall> }) {
  const attempts: WriteAttempt[] = [];
  let running = true;
  const client = async (index: number) => {
    for (let sequence = 1; running; sequence += 1) {
      const text = `${options.label} c${index} #${sequence}`;
      const startedAt = Date.now();
      const answer = classifyWrite(await options.write(text));
      attempts.push({ text, startedAt, endedAt: Date.now(), ...answer });
      if (answer.outcome !== "acknowledged") await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
    }
  };
  const clients = Array.from({ length: options.clients }, (_, index) => client(index + 1));
  return {
    attempts,
    stop: async (): Promise<WriteAttempt[]> => {
      running = false;
      await Promise.all(clients);
      return attempts;
    },
  };
}
