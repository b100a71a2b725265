import { beforeAll, describe, expect, it, vi } from "vitest";
import { MESSAGES } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { describeOutcome, invoke, refusal, succeeded } from "@/tests/support/action-outcome";
import { changes, snapshotDatabase, snapshotOrganisation } from "@/tests/support/database-snapshot";
import { discoverEndpoints, serverActionsOutsideActionFiles, type Endpoint } from "@/tests/support/endpoints";
import { signInAs } from "@/tests/support/session";
import {
  AUTHORISATION_MATRIX,
  CALLERS,
  buildMatrixWorld,
  expectationFor,
  personFor,
  toFormData,
  type ActionEntry,
  type Caller,
  type Expectation,
  type MatrixWorld,
  type RouteEntry,
  type SignOutEntry,
} from "./authorisation-matrix";

// Vitest leaves next-auth to Node, whose ESM loader cannot follow next-auth's
// extension-less `import "next/server"`; the sign-in actions import next-auth only
// for its error classes, which come from @auth/core and load fine. (Inlining
// next-auth in vitest.config.mts, server.deps.inline, would make this unnecessary.)
vi.mock("next-auth", async () => await import("@auth/core/errors"));

type Action = (previous: unknown, payload: unknown) => Promise<unknown>;
type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

const GENERIC_FAILURE = "Something went wrong";

const endpoints = await discoverEndpoints();
const endpointByKey = new Map(endpoints.map((endpoint) => [endpoint.key, endpoint]));

function missingEntryMessage(endpoint: Endpoint): string {
  const shape =
    endpoint.kind === "action"
      ? `  "${endpoint.key}": {
    type: "action",
    access: ["HR_ADMIN"],                       // the hats allowed, or "signed-in"
    async validInput(world, caller) { ... },    // a fresh, valid input; create the rows it acts on each time
    async crossTenant(world) { return [...] },  // inputs with world.organisation's ids, which the other organisation must be refused
    fields: { ... },                            // every input field and its kind (for bad-input.test.ts)
    async readBack(world, caller, input, outcome) { ... }, // stored text, when the action stores text
  },`
      : `  "${endpoint.key}": {
    type: "route",
    access: ["HR_ADMIN"],                       // the hats allowed, or "signed-in"
    async request(world) { return { path: "/…", params: { … } }; },
  },`;
  return `${endpoint.kind === "action" ? "Server action" : "Route handler"} ${endpoint.key} has no entry in AUTHORISATION_MATRIX (tests/integration/authorisation-matrix.ts). Add one next to its neighbours:
${shape}
  (or { type: "public", reason: "…" } if anyone, signed in or not, may call it by design).
  If it is a helper rather than an endpoint, move it out of the "use server" file: every export of an actions.ts can be called from the browser.`;
}

describe("the matrix lists every endpoint", () => {
  it("has an entry for every server action and route handler in app/", () => {
    const missing = endpoints.filter((endpoint) => !(endpoint.key in AUTHORISATION_MATRIX));
    if (missing.length) expect.fail(`\n${missing.map(missingEntryMessage).join("\n\n")}\n`);
  });

  it("has no entry for an endpoint that no longer exists", () => {
    const stale = Object.keys(AUTHORISATION_MATRIX).filter((key) => !endpointByKey.has(key));
    if (stale.length) {
      expect.fail(`These AUTHORISATION_MATRIX entries match no export of an app/**/actions.ts or HTTP method of an app/**/route.ts; rename or remove them:\n  ${stale.join("\n  ")}`);
    }
  });

  it("finds server actions only in actions.ts files, where discovery looks", () => {
    expect(serverActionsOutsideActionFiles(), 'Move these "use server" functions into the route\'s actions.ts').toEqual([]);
  });

  it("gives each endpoint an entry of a type that suits it", () => {
    const suits = { action: ["action", "sign-out", "public"], route: ["route", "public"] } as const;
    const mismatched = Object.entries(AUTHORISATION_MATRIX).flatMap(([key, entry]) => {
      const endpoint = endpointByKey.get(key);
      return endpoint && !(suits[endpoint.kind] as readonly string[]).includes(entry.type) ? [`${key} is a ${endpoint.kind} but its entry has type "${entry.type}"`] : [];
    });
    expect(mismatched).toEqual([]);
  });

  it("finds only functions exported from actions.ts files", () => {
    const notFunctions = endpoints.filter((endpoint) => endpoint.kind === "action" && typeof endpoint.value !== "function").map((endpoint) => endpoint.key);
    expect(notFunctions, '"use server" files may export only async functions').toEqual([]);
  });
});

// ---------------------------------------------------------------------------------

async function organisationStrings(organisationId: string): Promise<string[]> {
  const [organisation, people, roles] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: organisationId } }),
    db.person.findMany({ where: { organisationId }, select: { id: true, name: true, email: true } }),
    db.jobRole.findMany({ where: { organisationId }, select: { id: true, title: true } }),
  ]);
  return [organisation.name, organisation.slug, ...people.flatMap((p) => [p.id, p.name, p.email]), ...roles.flatMap((r) => [r.id, r.title])];
}

/** Strings of `organisationId` found in `text`, ignoring any the caller sent itself. */
async function leaks(text: string, organisationId: string, sent = ""): Promise<string[]> {
  return (await organisationStrings(organisationId)).filter((value) => value.length >= 6 && text.includes(value) && !sent.includes(value));
}

const EXPECTATION_LABELS: Record<Expectation, string> = {
  "signed-out": "is told to sign in again and nothing changes",
  forbidden: "is refused permission and nothing changes",
  allowed: "succeeds",
  "other-organisation": "cannot reach organisation A's data and nothing changes",
};

function expectedRefusal(expectation: "signed-out" | "forbidden") {
  return { ok: false, message: expectation === "signed-out" ? MESSAGES.signedOut : MESSAGES.forbidden };
}

async function runAction(entry: ActionEntry, action: Action, world: MatrixWorld, caller: Caller) {
  const person = personFor(caller, world);
  const expectation = expectationFor(entry.access, caller);

  if (expectation !== "other-organisation") {
    const input = await entry.validInput(world, person);
    const before = await snapshotDatabase();
    signInAs(person);
    const outcome = await invoke(() => action(null, toFormData(input)));
    signInAs(null);
    if (expectation === "allowed") {
      expect(succeeded(outcome), `${caller.label} should be allowed, but the action ${describeOutcome(outcome)}`).toBe(true);
      if (entry.readOnly) expect(changes(before, await snapshotDatabase()), "a read-only action wrote").toEqual([]);
      return;
    }
    expect(outcome, `${caller.label}: the action ${describeOutcome(outcome)}`).toEqual({ kind: "result", value: expectedRefusal(expectation) });
    expect(changes(before, await snapshotDatabase()), `${caller.label} was refused, yet the database changed`).toEqual([]);
    return;
  }

  if (!person) throw new Error("other-organisation needs a person");
  if ("selfScoped" in entry.crossTenant) {
    const input = await entry.validInput(world, person);
    const before = await snapshotOrganisation(world.organisation.id);
    signInAs(person);
    const outcome = await invoke(() => action(null, toFormData(input)));
    signInAs(null);
    expect(succeeded(outcome), `self-scoped: their own call should succeed, but the action ${describeOutcome(outcome)}`).toBe(true);
    expect(changes(before, await snapshotOrganisation(world.organisation.id)), "organisation A's rows changed").toEqual([]);
    return;
  }

  const cases = await entry.crossTenant(world);
  expect(cases.length, "crossTenant must list at least one input with organisation A's ids").toBeGreaterThan(0);
  for (const crossCase of cases) {
    const context = `other organisation tries to ${crossCase.label}`;
    const before = await snapshotDatabase();
    signInAs(person);
    const outcome = await invoke(() => action(null, toFormData(crossCase.input)));
    signInAs(null);
    expect(changes(before, await snapshotDatabase()), `${context}: the database changed`).toEqual([]);
    expect(outcome.kind, `${context}: the action ${describeOutcome(outcome)}`).toBe("result");
    if (outcome.kind !== "result") continue;
    expect(JSON.stringify(outcome.value), `${context}: unexpected error`).not.toContain(GENERIC_FAILURE);
    if (crossCase.expect === "no-leak") {
      const found = await leaks(JSON.stringify(outcome.value), world.organisation.id, JSON.stringify(crossCase.input));
      expect(found, `${context}: the answer shows organisation A's data`).toEqual([]);
      continue;
    }
    const refused = refusal(outcome);
    expect(refused, `${context}: should be refused, but the action ${describeOutcome(outcome)}`).not.toBeNull();
    if (!refused) continue;
    expect([MESSAGES.signedOut, MESSAGES.forbidden], `${context}: refused for the wrong reason`).not.toContain(refused.message);
    const fields = Object.keys(refused.fieldErrors ?? {});
    if (crossCase.field) {
      // Refused because of organisation A's id, not because the rest of the input was wrong.
      expect(fields, `${context}: ${describeOutcome(outcome)}`).toEqual([crossCase.field]);
    } else {
      expect(refused.message, `${context}: expected "not found", ${describeOutcome(outcome)}`).toMatch(/does not exist|not in your organisation/);
    }
  }
}

async function runRoute(entry: RouteEntry, handler: RouteHandler, method: string, world: MatrixWorld, caller: Caller) {
  const person = personFor(caller, world);
  const expectation = expectationFor(entry.access, caller);
  const { path, params } = await entry.request(world);
  const before = await snapshotDatabase();
  signInAs(person);
  const response = await handler(new Request(new URL(path, "http://localhost"), { method }), { params: Promise.resolve(params ?? {}) });
  signInAs(null);
  const body = await response.text();
  const context = `${caller.label} ${method} ${path} → ${response.status} ${body.slice(0, 200)}`;
  if (method === "GET" || method === "HEAD") {
    const answered = entry.audited && (expectation === "allowed" || expectation === "other-organisation");
    const audit = before.AuditEvent?.rows ?? 0;
    expect(changes(before, await snapshotDatabase()), `${context}: a ${method} wrote`).toEqual(answered ? [`AuditEvent: ${audit} → ${audit + 1} rows`] : []);
  }

  switch (expectation) {
    case "signed-out":
      expect(response.status, context).toBe(401);
      break;
    case "forbidden":
      expect(response.status, context).toBe(403);
      break;
    case "allowed":
      expect(response.status, context).toBe(200);
      expect(await leaks(body, world.foreignOrganisation.id), `${context}: holds the other organisation's data`).toEqual([]);
      break;
    case "other-organisation":
      if (response.status === 200) expect(await leaks(body, world.organisation.id), `${context}: holds organisation A's data`).toEqual([]);
      else expect([403, 404], context).toContain(response.status);
      break;
  }
}

async function runSignOut(_entry: SignOutEntry, action: () => Promise<unknown>, world: MatrixWorld, caller: Caller) {
  const before = await snapshotDatabase();
  signInAs(personFor(caller, world));
  const outcome = await invoke(() => action());
  signInAs(null);
  expect(outcome.kind === "redirect" || (outcome.kind === "result" && outcome.value === undefined), `sign-out ${describeOutcome(outcome)}`).toBe(true);
  expect(changes(before, await snapshotDatabase())).toEqual([]);
}

for (const [key, entry] of Object.entries(AUTHORISATION_MATRIX)) {
  const endpoint = endpointByKey.get(key);
  if (!endpoint) continue; // reported by "has no entry for an endpoint that no longer exists"

  describe(key, () => {
    let world: MatrixWorld;
    beforeAll(async () => {
      world = await buildMatrixWorld();
    });

    if (entry.type === "public") {
      it(`is public by design: ${entry.reason}`, async () => {
        await entry.check?.(endpoint.value, world);
      });
      return;
    }

    for (const caller of CALLERS) {
      if (entry.type === "sign-out") {
        it(`${caller.label}: resolves without writing anything`, () => runSignOut(entry, endpoint.value as () => Promise<unknown>, world, caller));
        continue;
      }
      it(`${caller.label}: ${EXPECTATION_LABELS[expectationFor(entry.access, caller)]}`, async () => {
        if (entry.type === "action") await runAction(entry, endpoint.value as Action, world, caller);
        else await runRoute(entry, endpoint.value as RouteHandler, endpoint.name, world, caller);
      });
    }
  });
}
