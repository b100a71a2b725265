import { expect } from "vitest";
import { call, type Action } from "@/tests/integration/framework-helpers";
import { describeOutcome, refusal, type Outcome } from "./action-outcome";
import { changes, snapshotDatabase } from "./database-snapshot";
import { signInAs } from "./session";

/** Calls a server action signed in as `person` (null: signed out), and signs out again. */
export async function as(person: { id: string } | null, action: unknown, input: Record<string, unknown>): Promise<Outcome> {
  signInAs(person);
  try {
    return await call(action as Action, input);
  } finally {
    signInAs(null);
  }
}

/** Refused with `message` (equal, or matching a pattern) and a field error on `field` when given; nothing written anywhere. */
export async function expectRefused(run: () => Promise<Outcome>, message: RegExp | string, field?: string) {
  const before = await snapshotDatabase();
  const outcome = await run();
  const refused = refusal(outcome);
  expect(refused, describeOutcome(outcome)).not.toBeNull();
  if (typeof message === "string") expect(refused?.message).toBe(message);
  else expect(refused?.message).toMatch(message);
  if (field) expect(Object.keys(refused?.fieldErrors ?? {}), describeOutcome(outcome)).toContain(field);
  expect(changes(before, await snapshotDatabase())).toEqual([]);
  return refused;
}
