import { describe, expect, it } from "vitest";
import { completeItemAction } from "@/app/(app)/tasks/actions";
import { db } from "@/lib/db/client";
import { buildInduction, buildInductionTemplate } from "@/tests/factories";
import { describeOutcome, invoke, refusal, succeeded, type Outcome } from "@/tests/support/action-outcome";
import { snapshotOrganisations, type DatabaseSnapshot } from "@/tests/support/database-snapshot";
import { loadEndpoint } from "@/tests/support/endpoints";
import { signInAs } from "@/tests/support/session";
import { buildWorld } from "@/tests/support/world";
import { AUTHORISATION_MATRIX, allowedCaller, buildMatrixWorld, personFor, toFormData, type ActionEntry, type FormInput } from "./authorisation-matrix";

/**
 * Requests that arrive together. On a PostgreSQL server every call below runs on its own
 * connection at the same time; on the embedded database (one connection) they queue, which
 * is a double submission arriving just after the first. Either way the outcome must be the
 * same as one call's, and every call answered with a clear message.
 */

type Action = (previous: unknown, payload: unknown) => Promise<unknown>;

const GENERIC_FAILURE = "Something went wrong";
const CONFLICT = /^(Someone else changed this item|This item is already done)/;

/** Runs `times` calls of `action` at once as `person`, each with its own copy of the form. */
async function atOnce(person: { id: string }, action: Action, input: FormInput, times: number): Promise<Outcome[]> {
  signInAs(person);
  try {
    return await Promise.all(Array.from({ length: times }, () => invoke(() => action(null, toFormData(input)))));
  } finally {
    signInAs(null);
  }
}

/** Clear: a success, a redirect after one, or a refusal with a message of its own (not the generic failure). */
function unclear(outcomes: Outcome[]): string[] {
  return outcomes.filter((outcome) => !succeeded(outcome) && (!refusal(outcome) || refusal(outcome)?.message.includes(GENERIC_FAILURE))).map(describeOutcome);
}

describe("100 completions of one induction item at once", () => {
  it("count once: one completion, one audit event, one notification; every other call is refused with a message", async () => {
    const world = await buildWorld();
    const title = "Agree the first three priorities with the team";
    const { template } = await buildInductionTemplate(db, world.organisation.id, {
      jobRoleId: world.leaderRole.id,
      items: [[{ title, owner: "INDIVIDUAL", needsSignOff: true }, { title: "Another step" }], [], [], []],
    });
    const induction = await buildInduction(db, world.organisation.id, { personId: world.leader.id, jobRoleId: world.leaderRole.id, managerId: world.manager.id, templateId: template.id });
    const item = await db.inductionItem.findFirstOrThrow({ where: { inductionId: induction.id, title } });

    const outcomes = await atOnce(world.leader, completeItemAction as Action, { itemId: item.id, version: String(item.version) }, 100);

    expect(outcomes.filter(succeeded)).toHaveLength(1);
    // Each other call is told the item changed.
    const refusals = outcomes.filter((outcome) => !succeeded(outcome)).map((outcome) => refusal(outcome)?.message ?? describeOutcome(outcome));
    expect(refusals.filter((text) => !CONFLICT.test(text))).toEqual([]);
    expect(await db.inductionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "DONE", completedById: world.leader.id, version: item.version + 1 });
    const audits = await db.auditEvent.findMany({ where: { organisationId: world.organisation.id, action: "inductionItem.completed" } });
    expect(audits.map((audit) => (audit.details as { itemId?: string }).itemId)).toEqual([item.id]);
    expect(await db.notification.count({ where: { organisationId: world.organisation.id, recipientId: world.manager.id, title: { contains: title } } })).toBe(1);
  });
});

// ---------------------------------------------------------------------------------

const COPIES = 5;

/** Rows each table gained (or lost) between two snapshots. */
function rowChanges(before: DatabaseSnapshot, after: DatabaseSnapshot): Record<string, number> {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
  return Object.fromEntries([...tables].map((table) => [table, (after[table]?.rows ?? 0) - (before[table]?.rows ?? 0)]).filter(([, delta]) => delta !== 0));
}

/** Tables where the copies together added (or removed) more rows than one call did. */
function doubled(single: Record<string, number>, together: Record<string, number>): string[] {
  return Object.entries(together)
    .filter(([table, delta]) => Math.abs(delta) > Math.abs(single[table] ?? 0) || Math.sign(delta) !== Math.sign(single[table] ?? delta))
    .map(([table, delta]) => `${table}: ${delta > 0 ? "+" : ""}${delta} (one call: ${single[table] ?? 0})`);
}

/** Actions where each call is meant to count, whatever it repeats. */
const REPEATS_BY_DESIGN: Record<string, string> = {
  "app/(app)/hr/people/[id]/conversations/actions.ts#openPrivateNoteAction":
    "Each opening hands HR the private note again, so each is logged for the employee to see: the access log records readings, not forms.",
};

const actionEntries = Object.entries(AUTHORISATION_MATRIX).flatMap(([key, entry]) => (entry.type === "action" ? [[key, entry] as const] : []));

describe(`every action, sent ${COPIES} times at once with the same form`, () => {
  it("knows every action it leaves out", () => {
    for (const key of Object.keys(REPEATS_BY_DESIGN)) expect(actionEntries.map(([name]) => name)).toContain(key);
  });

  for (const [key, entry] of actionEntries as (readonly [string, ActionEntry])[]) {
    if (key in REPEATS_BY_DESIGN || entry.readOnly) continue;
    it(`${key}: changes the database as one call does, and answers every copy clearly`, async () => {
      const world = await buildMatrixWorld();
      const person = personFor(allowedCaller(entry.access), world);
      if (!person) throw new Error("the matrix has no caller for this action");
      const action = (await loadEndpoint(key)) as Action;
      const organisations = [world.organisation.id, world.foreignOrganisation.id];

      // What one call changes, measured on a fresh input of its own.
      const first = await entry.validInput(world, person);
      const beforeOne = await snapshotOrganisations(organisations);
      const [one] = await atOnce(person, action, first, 1);
      expect(one && succeeded(one), `one call: ${one ? describeOutcome(one) : "no outcome"}`).toBe(true);
      const single = rowChanges(beforeOne, await snapshotOrganisations(organisations));

      const input = await entry.validInput(world, person);
      const before = await snapshotOrganisations(organisations);
      const outcomes = await atOnce(person, action, input, COPIES);
      const together = rowChanges(before, await snapshotOrganisations(organisations));

      expect(outcomes.filter(succeeded).length, outcomes.map(describeOutcome).join("\n")).toBeGreaterThanOrEqual(1);
      expect(unclear(outcomes)).toEqual([]);
      expect(doubled(single, together), `${COPIES} copies of one form wrote more than one call`).toEqual([]);
    });
  }
});
