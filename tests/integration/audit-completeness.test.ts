import { beforeAll, describe, expect, it, vi } from "vitest";
import { OBJECT_KINDS, OBJECT_TYPES, isEntityType, isOfType, type ObjectType, type ObjectTypeFilter } from "@/lib/audit/objects";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { describeOutcome, invoke, succeeded } from "@/tests/support/action-outcome";
import { loadEndpoint } from "@/tests/support/endpoints";
import { signInAs } from "@/tests/support/session";
import { allowedCaller, buildMatrixWorld, personFor, toFormData, type MatrixEntry, type MatrixWorld } from "./authorisation-matrix";
import { CHARTER_ENTRIES } from "./matrix/charters";
import { CONVERSATION_ENTRIES } from "./matrix/conversations";
import { ENROLMENT_ENTRIES } from "./matrix/enrolment";
import { FRAMEWORK_ENTRIES } from "./matrix/frameworks";
import { INDUCTION_ITEM_ENTRIES } from "./matrix/induction-items";
import { INDUCTION_TEMPLATE_ENTRIES } from "./matrix/induction-templates";
import { PLAN_ENTRIES } from "./matrix/plans";

// As in the authorisation matrix: the sign-in actions' module imports next-auth's error classes.
vi.mock("next-auth", async () => await import("@auth/core/errors"));

/**
 * Every change to frameworks, charters, inductions and plans, and every reading of a private
 * note, is in the audit log. The actions come from the authorisation matrix's files for those
 * areas, which must list every action of the app (authorisation-matrix.test.ts), so a new action
 * in these areas that records nothing fails here. Each is called once by a person allowed to,
 * and must have written an audit event that names that person, an object of a kind the log
 * knows (there after the call, or before it when the call deleted it), and that the log's
 * filter for the area finds.
 */
const AREAS: Partial<Record<ObjectType, Record<string, MatrixEntry>>> = {
  frameworks: FRAMEWORK_ENTRIES,
  charters: CHARTER_ENTRIES,
  inductions: { ...INDUCTION_TEMPLATE_ENTRIES, ...ENROLMENT_ENTRIES, ...INDUCTION_ITEM_ENTRIES },
  plans: PLAN_ENTRIES,
  "private-notes": Object.fromEntries(Object.entries(CONVERSATION_ENTRIES).filter(([key]) => key.endsWith("#openPrivateNoteAction"))),
};

type Action = (previous: unknown, payload: FormData) => Promise<unknown>;

const tableOf = (entityType: string) => (isEntityType(entityType) ? Prisma.raw(`"${OBJECT_KINDS[entityType].table}"`) : null);

async function objectExists(entityType: string, id: string): Promise<boolean> {
  const table = tableOf(entityType);
  return table !== null && (await db.$queryRaw<unknown[]>`SELECT 1 FROM ${table} WHERE "id" = ${id}`).length === 1;
}

/** The area's objects before a call, so an event about one the call deleted still names a real object. */
async function objectsBefore(area: ObjectType, organisationId: string): Promise<Set<string>> {
  const filter: ObjectTypeFilter = OBJECT_TYPES[area];
  const ids = new Set<string>();
  for (const entityType of filter.entityTypes ?? []) {
    const rows = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM ${tableOf(entityType)} WHERE "organisationId" = ${organisationId}`;
    for (const row of rows) ids.add(row.id);
  }
  return ids;
}

describe("every change of frameworks, charters, inductions and plans is audited", () => {
  let world: MatrixWorld;
  beforeAll(async () => {
    world = await buildMatrixWorld();
  });

  it("covers at least one action in each area (the areas' matrix files were found)", () => {
    for (const [area, entries] of Object.entries(AREAS)) {
      expect(Object.values(entries).filter((entry) => entry.type === "action" && !entry.readOnly).length, area).toBeGreaterThan(0);
    }
  });

  for (const [area, entries] of Object.entries(AREAS) as [ObjectType, Record<string, MatrixEntry>][]) {
    for (const [key, entry] of Object.entries(entries)) {
      if (entry.type !== "action" || entry.readOnly) continue;
      it(`${key} records who did it to what (${OBJECT_TYPES[area].label})`, async () => {
        const caller = personFor(allowedCaller(entry.access), world);
        if (!caller) throw new Error("an allowed caller is signed in");
        const input = await entry.validInput(world, caller);
        const action = (await loadEndpoint(key)) as Action;
        const before = await db.auditEvent.findMany({ where: { organisationId: caller.organisationId }, select: { id: true } });
        const existed = await objectsBefore(area, caller.organisationId);

        signInAs(caller);
        const outcome = await invoke(() => action(null, toFormData(input)));
        signInAs(null);
        expect(succeeded(outcome), describeOutcome(outcome)).toBe(true);

        const written = await db.auditEvent.findMany({
          where: { organisationId: caller.organisationId, id: { notIn: before.map((event) => event.id) } },
          select: { actorId: true, action: true, entityType: true, entityId: true, summary: true },
        });
        const describedEvents = JSON.stringify(written);
        const audited = [];
        for (const event of written) {
          const named = existed.has(event.entityId) || (await objectExists(event.entityType, event.entityId));
          if (event.actorId === caller.id && event.summary.trim() !== "" && named && isOfType(area, event)) audited.push(event);
        }
        expect(audited.length, `no audit event names ${caller.name} and an object the "${area}" filter finds; written: ${describedEvents}`).toBeGreaterThan(0);
      });
    }
  }
});
