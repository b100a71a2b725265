import { expect } from "vitest";
import { MESSAGES } from "@/lib/actions/define-action";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppRole, CareerStage, RoleTrack } from "@/lib/db/generated/enums";
import { PEOPLE_CSV_MAX_BYTES } from "@/lib/people/schemas";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { exportFrameworkJson } from "@/lib/frameworks/json-interchange";
import { FRAMEWORK_FILE_MAX_BYTES } from "@/lib/frameworks/action-schemas";
import { buildFramework, buildJobRole, buildPerson, uniqueSuffix } from "@/tests/factories";
import type { Outcome } from "@/tests/support/action-outcome";
import { changes, snapshotDatabase } from "@/tests/support/database-snapshot";
import { buildWorld, type World } from "@/tests/support/world";

/**
 * THE AUTHORISATION MATRIX: every server action and route handler of the app,
 * keyed "<file>#<export>", with who may call it and how to build a valid call.
 *
 * authorisation-matrix.test.ts discovers every export of app/**\/actions.ts and
 * every HTTP method of app/**\/route.ts and fails when one has no entry here (or
 * an entry names something that no longer exists). It then calls each entry as:
 * signed out, each single-hat person, a person with no hats, a deactivated HR
 * admin, and another organisation's person who wears all four hats.
 * bad-input.test.ts feeds every "action" entry hostile input, using `fields`.
 *
 * Adding an action? Add an entry of type "action" (copy a similar one):
 *   access       the hats allowed, or "signed-in" for any active person
 *   validInput   a FRESH valid input for one call: create the rows it acts on
 *                (in world.organisation) every time, because allowed calls change them
 *   crossTenant  inputs that point at world.organisation's rows, sent by the other
 *                organisation's all-hats person; each must be refused and change nothing
 *                (or { selfScoped: "why" } when the action only ever touches the caller)
 *   fields       every input field and what kind it is, for the bad-input suite
 *   readBack     what the database holds after an accepted call, to check that
 *                text is stored exactly as given (trimmed)
 */

// ---------------------------------------------------------------------------------
// The world the matrix runs in, and its callers

export type MatrixWorld = World & { deactivatedHr: Person; foreignFramework: Awaited<ReturnType<typeof buildFramework>> };
export type Person = World["hr"];

export async function buildMatrixWorld(): Promise<MatrixWorld> {
  const world = await buildWorld();
  const deactivatedHr = await buildPerson(db, world.organisation.id, { name: "Dee Deactivated", roles: ["HR_ADMIN"], active: false });
  const foreignFramework = await buildFramework(db, world.foreignOrganisation.id, { status: "PUBLISHED" });
  return { ...world, deactivatedHr, foreignFramework };
}

/**
 * Who calls. `roles` (null: signed out), `active` and `organisation` describe the
 * caller without a world, to name tests and decide what must happen; `pick`
 * finds that person in a world (checked to match by `personFor`).
 */
export type Caller = {
  label: string;
  roles: readonly AppRole[] | null;
  active: boolean;
  organisation: "A" | "other";
  pick: (world: MatrixWorld) => Person | null;
};

export const CALLERS: readonly Caller[] = [
  { label: "signed out", roles: null, active: false, organisation: "A", pick: () => null },
  { label: "HR admin", roles: ["HR_ADMIN"], active: true, organisation: "A", pick: (world) => world.hr },
  { label: "manager", roles: ["MANAGER"], active: true, organisation: "A", pick: (world) => world.manager },
  { label: "leader", roles: ["LEADER"], active: true, organisation: "A", pick: (world) => world.leader },
  { label: "coach", roles: ["COACH"], active: true, organisation: "A", pick: (world) => world.coach },
  { label: "person with no hats", roles: [], active: true, organisation: "A", pick: (world) => world.member },
  { label: "deactivated HR admin", roles: ["HR_ADMIN"], active: false, organisation: "A", pick: (world) => world.deactivatedHr },
  {
    label: "other organisation's all-hats person",
    roles: ["HR_ADMIN", "MANAGER", "LEADER", "COACH"],
    active: true,
    organisation: "other",
    pick: (world) => world.foreignHr,
  },
];

/** The caller's person in `world`, after checking it is who CALLERS says (world.ts may change). */
export function personFor(caller: Caller, world: MatrixWorld): Person | null {
  const person = caller.pick(world);
  const actual = person && {
    roles: [...person.roles].sort(),
    active: person.active,
    organisation: person.organisationId === world.organisation.id ? "A" : "other",
  };
  const described = caller.roles && { roles: [...caller.roles].sort(), active: caller.active, organisation: caller.organisation };
  if (JSON.stringify(actual) !== JSON.stringify(described)) {
    throw new Error(`CALLERS says "${caller.label}" is ${JSON.stringify(described)}, but the world's person is ${JSON.stringify(actual)}`);
  }
  return person;
}

export type Access = readonly AppRole[] | "signed-in";

export type Expectation = "signed-out" | "forbidden" | "allowed" | "other-organisation";

/** What must happen when `caller` calls an endpoint with `access` aimed at organisation A. */
export function expectationFor(access: Access, caller: Caller): Expectation {
  if (!caller.roles || !caller.active) return "signed-out";
  const roles = caller.roles;
  if (access !== "signed-in" && !access.some((role) => roles.includes(role))) return "forbidden";
  return caller.organisation === "A" ? "allowed" : "other-organisation";
}

/** A caller allowed to call an entry, in organisation A: the first of CALLERS that is. */
export function allowedCaller(access: Access): Caller {
  const caller = CALLERS.find((candidate) => expectationFor(access, candidate) === "allowed");
  if (!caller) throw new Error(`No caller in CALLERS may call an endpoint with access ${JSON.stringify(access)}`);
  return caller;
}

// ---------------------------------------------------------------------------------
// Entry types

/** What forms send: strings, and arrays of strings for repeated keys (checkbox groups). */
export type FormInput = Record<string, string | string[]>;

export function toFormData(input: FormInput): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) for (const item of [value].flat()) form.append(key, item);
  return form;
}

/** The kind of each input field, which tells the bad-input suite what must be refused. */
export type FieldSpec =
  /** Text, trimmed; stored exactly as the trimmed input (or as `stored` says, for names that fold whitespace). */
  | { kind: "text"; max: number; required: boolean; stored?: (value: string) => string }
  /** An email address: trimmed and lower-cased. */
  | { kind: "email" }
  /** A password: never trimmed; readBack returns the stored hash. `copyTo`: fields that must repeat it. */
  | { kind: "password"; min: number; max: number; required: boolean; copyTo?: readonly string[] }
  /** The id of the record the action works on: an unknown or foreign id is "not found". */
  | { kind: "id"; of: "person" | "jobRole" | "framework" | "frameworkVersion" }
  /** An optional link to another record ("" means none): an unknown or foreign id is a field error. */
  | { kind: "reference"; of: "person" | "jobRole" }
  /** A structured value (an object, or its JSON text in a form), checked by a zod schema of its own. */
  | { kind: "json" }
  /** The optimistic-locking version the form was loaded with. */
  | { kind: "version" }
  /** One of a fixed list. */
  | { kind: "choice"; values: readonly string[] }
  /** Any number of a fixed list (checkbox group). */
  | { kind: "choices"; values: readonly string[]; max: number }
  /** A CSV file's text. `withName` puts a value into the name cell of an otherwise valid file; `stored` is what that cell becomes. */
  | { kind: "csv"; max: number; withName: (name: string) => string; stored: (name: string) => string };

export type CrossTenantCase = {
  /** For failure messages: what the call tries to do with organisation A's data. */
  label: string;
  input: FormInput;
  /** The field carrying organisation A's id, when the refusal is a field error; omit for "not found". */
  field?: string;
  /** "refused" (the default): ok:false. "no-leak" (read-only previews): may answer, but shows none of A's data. Either way nothing changes. */
  expect?: "refused" | "no-leak";
};

export type ActionEntry = {
  type: "action";
  access: Access;
  validInput: (world: MatrixWorld, caller: Person | null) => Promise<FormInput>;
  crossTenant: ((world: MatrixWorld) => Promise<CrossTenantCase[]>) | { selfScoped: string };
  fields: Record<string, FieldSpec>;
  /** Stored values after an accepted call, keyed by input field (password fields: the hash). */
  readBack?: (world: MatrixWorld, caller: Person, input: FormInput, outcome: Outcome) => Promise<Record<string, unknown>>;
  /** Writes nothing even when it succeeds (previews): the suites then check that too. */
  readOnly?: boolean;
};

export type RouteEntry = {
  type: "route";
  access: Access;
  /** Path (and query) to request, plus the dynamic segments Next passes as `params`. */
  request: (world: MatrixWorld) => Promise<{ path: string; params?: Record<string, string | string[]> }>;
};

/** Ends the caller's own session; takes no input, so there is nothing to authorise or validate. */
export type SignOutEntry = { type: "sign-out"; access: "signed-in"; reason: string };

export type PublicEntry = {
  type: "public";
  /** Why anyone, signed in or not, may call it. */
  reason: string;
  /** What can be checked here (the Auth.js calls behind it are mocked in integration tests). */
  check?: (endpoint: unknown, world: MatrixWorld) => Promise<void>;
};

export type MatrixEntry = ActionEntry | RouteEntry | SignOutEntry | PublicEntry;

// ---------------------------------------------------------------------------------
// Helpers for builders

const ROLES = Object.values(AppRole);
const HR = ["HR_ADMIN"] as const satisfies readonly AppRole[];

const personFields = {
  name: { kind: "text", max: 120, required: true },
  email: { kind: "email" },
  jobRoleId: { kind: "reference", of: "jobRole" },
  managerId: { kind: "reference", of: "person" },
  roles: { kind: "choices", values: ROLES, max: 20 },
} as const satisfies Record<string, FieldSpec>;

const jobRoleFields = {
  title: { kind: "text", max: 120, required: true },
  description: { kind: "text", max: 2000, required: false },
  track: { kind: "choice", values: Object.values(RoleTrack) },
  careerStage: { kind: "choice", values: Object.values(CareerStage) },
  usuallyFollowsId: { kind: "reference", of: "jobRole" },
} as const satisfies Record<string, FieldSpec>;

const freshEmail = (label: string) => `${label}-${uniqueSuffix()}@example.test`;

function personInput(person: { id: string; version: number; name: string; email: string }, links: { managerId: string; jobRoleId: string }): FormInput {
  return { id: person.id, version: String(person.version), name: person.name, email: person.email, roles: ["LEADER", "COACH"], ...links };
}

function jobRoleInput(role: { id: string; version: number; title: string }, usuallyFollowsId: string): FormInput {
  return { id: role.id, version: String(role.version), title: role.title, description: "Leads a team of experts", track: "PEOPLE_LEADER", careerStage: "FIRST_TIME_LEADER", usuallyFollowsId };
}

function readPerson(id: string) {
  return db.person.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
}

/** The id in a redirect such as /hr/people/<id>?created=1. */
function idFromRedirect(outcome: Outcome, prefix: string): string {
  if (outcome.kind !== "redirect" || !outcome.location.startsWith(prefix)) throw new Error(`Expected a redirect to ${prefix}<id>`);
  return outcome.location.slice(prefix.length).split(/[?#]/)[0] ?? "";
}

export const KNOWN_PASSWORD = "correct horse battery staple";
let knownHash: Promise<string> | undefined;

/** Gives `person` a password the test knows (hashing once per run: argon2 is slow on purpose). */
async function setKnownPassword(person: Person) {
  knownHash ??= hashPassword(KNOWN_PASSWORD);
  await db.person.update({ where: { id: person.id }, data: { passwordHash: await knownHash } });
}

const CSV_HEADER = "name,email,job_role,manager_email,app_roles";
const csvCell = (value: string) => `"${value.replaceAll('"', '""')}"`;

function peopleCsv(rows: { name: string; email: string; jobRole?: string; managerEmail?: string; appRoles?: string }[]): string {
  const lines = rows.map((row) => [row.name, row.email, row.jobRole ?? "", row.managerEmail ?? "", row.appRoles ?? ""].map(csvCell).join(","));
  return `${CSV_HEADER}\r\n${lines.join("\r\n")}\r\n`;
}

const csvField = {
  kind: "csv",
  max: PEOPLE_CSV_MAX_BYTES,
  withName: (name: string) => peopleCsv([{ name, email: freshEmail("import"), appRoles: "Leader" }]),
  // The import trims a name and folds runs of whitespace into one space.
  stored: (name: string) => name.trim().replace(/\s+/g, " "),
} as const satisfies FieldSpec;

async function importCrossTenantCases(world: MatrixWorld, expectation: CrossTenantCase["expect"]): Promise<CrossTenantCase[]> {
  return [
    {
      label: "import someone whose manager is organisation A's manager",
      input: { csv: peopleCsv([{ name: "Ida Import", email: freshEmail("import"), managerEmail: world.manager.email }]) },
      field: "csv",
      expect: expectation,
    },
    {
      label: "import someone into organisation A's job role",
      input: { csv: peopleCsv([{ name: "Ida Import", email: freshEmail("import"), jobRole: world.expertRole.title }]) },
      field: "csv",
      expect: expectation,
    },
    {
      label: "import organisation A's member again",
      input: { csv: peopleCsv([{ name: "Ida Import", email: world.member.email }]) },
      field: "csv",
      expect: expectation,
    },
  ];
}

async function importReadBack(world: MatrixWorld, _caller: Person, input: FormInput) {
  const email = /"(import-[0-9a-f]+@example\.test)"/.exec(String(input.csv))?.[1];
  const person = email ? await db.person.findFirst({ where: { organisationId: world.organisation.id, email } }) : null;
  return { csv: person?.name };
}

/** Framework names fold runs of whitespace into one space. */
const foldName = (name: string) => name.replace(/\s+/g, " ").trim();
const frameworkNameSpec = { kind: "text", max: 120, required: true, stored: foldName } as const satisfies FieldSpec;

function frameworkCsv(competency: string): string {
  const rows = [1, 2].map((level) => ["Leading", competency, "What it means", String(level), `Expected at level ${level}`, "Does it often"].map(csvCell).join(","));
  return `cluster,competency,competency_description,level,level_expectation,indicator\r\n${rows.join("\r\n")}\r\n`;
}

const frameworkCsvField = {
  kind: "csv",
  max: FRAMEWORK_FILE_MAX_BYTES,
  withName: frameworkCsv,
  // A cell is trimmed, loses one apostrophe that protected a formula character, and folds whitespace.
  stored: (name: string) => foldName(name.trim().replace(/^'+(?=[=+\-@\t\r])/, (quotes) => quotes.slice(1))),
} as const satisfies FieldSpec;

const frameworkJsonField = {
  kind: "csv",
  max: FRAMEWORK_FILE_MAX_BYTES,
  withName: (name: string) => exportFrameworkJson({ name, description: "", scale: [], stages: [], clusters: [] }),
  stored: foldName,
} as const satisfies FieldSpec;

async function readFramework(id: string) {
  const version = await db.frameworkVersion.findFirstOrThrow({ where: { frameworkId: id }, orderBy: { number: "desc" } });
  return { organisationId: version.organisationId, content: version.content as unknown as FrameworkDocument };
}

// ---------------------------------------------------------------------------------
// The matrix

export const AUTHORISATION_MATRIX: Record<string, MatrixEntry> = {
  // --- Signing in and out -----------------------------------------------------------

  "app/(auth)/sign-in/actions.ts#signInWithPassword": {
    type: "public",
    reason:
      "Signing in is what a signed-out person does. It checks the input, then hands over to Auth.js's credentials provider, which rate-limits by email and address and compares argon2 hashes.",
    async check(endpoint) {
      const signIn = endpoint as (previous: null, form: unknown) => Promise<unknown>;
      const before = await snapshotDatabase();
      expect(await signIn(null, toFormData({ email: "not an email", password: "" }))).toMatchObject({
        ok: false,
        message: MESSAGES.invalid,
        fieldErrors: { email: [expect.any(String)], password: [expect.any(String)] },
      });
      expect(await signIn(null, toFormData({ email: "a@example.test", password: "x".repeat(201), callbackUrl: "/".repeat(501) }))).toMatchObject({
        ok: false,
        fieldErrors: { password: [expect.any(String)], callbackUrl: [expect.any(String)] },
      });
      expect(await signIn(null, null)).toMatchObject({ ok: false, message: MESSAGES.invalid });
      // Rejected before Auth.js is asked: no sign-in attempt is recorded, nothing is written.
      expect(changes(before, await snapshotDatabase())).toEqual([]);
      // Valid input reaches Auth.js's signIn (a no-op stub here; the real one redirects or throws CredentialsSignin).
      expect(await signIn(null, toFormData({ email: "someone@example.test", password: "any password" }))).toEqual({ ok: true });
    },
  },

  "app/(auth)/sign-in/actions.ts#signInWithSso": {
    type: "public",
    reason: "Starts the single sign-on redirect for a signed-out person; it takes no input and reads or writes nothing itself.",
    async check(endpoint) {
      const before = await snapshotDatabase();
      await expect((endpoint as () => Promise<unknown>)()).resolves.toBeUndefined();
      expect(changes(before, await snapshotDatabase())).toEqual([]);
    },
  },

  "app/api/auth/[...nextauth]/route.ts#GET": {
    type: "public",
    reason:
      "Auth.js's own endpoints (providers, CSRF token, session, OIDC callback). They guard themselves with CSRF tokens and signed, HttpOnly cookies. Integration tests replace @/lib/auth with a stub, so the handler is not callable here.",
  },

  "app/api/auth/[...nextauth]/route.ts#POST": {
    type: "public",
    reason:
      "Auth.js's credentials and OIDC sign-in and sign-out endpoints (CSRF-protected; credentials are rate-limited in lib/auth). Integration tests replace @/lib/auth with a stub, so the handler is not callable here.",
  },

  "app/(app)/actions.ts#signOutAction": {
    type: "sign-out",
    access: "signed-in",
    reason: "Ends the caller's own session. Signing out while already signed out is harmless, so it checks no session; it must never write anything.",
  },

  // --- People (HR) ------------------------------------------------------------------

  "app/(app)/hr/people/actions.ts#createPersonAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { name: "Nia New", email: freshEmail("new"), managerId: world.manager.id, jobRoleId: world.leaderRole.id, roles: ["LEADER", "COACH"] };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [
        { label: "add a person managed by organisation A's manager", input: { name: "Nia New", email: freshEmail("new"), managerId: world.manager.id }, field: "managerId" },
        { label: "add a person in organisation A's job role", input: { name: "Nia New", email: freshEmail("new"), jobRoleId: world.expertRole.id }, field: "jobRoleId" },
      ];
    },
    fields: { ...personFields, password: { kind: "password", min: 12, max: 200, required: false } },
    async readBack(_world, _caller, _input, outcome) {
      const person = await readPerson(idFromRedirect(outcome, "/hr/people/"));
      return { name: person.name, email: person.email, password: person.passwordHash ?? undefined, organisationId: person.organisationId };
    },
  },

  "app/(app)/hr/people/actions.ts#updatePersonAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      const person = await buildPerson(db, world.organisation.id, { roles: ["LEADER"] });
      return personInput(person, { managerId: world.manager.id, jobRoleId: world.expertRole.id });
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirs = await buildPerson(db, world.organisation.id);
      const own = await buildPerson(db, world.foreignOrganisation.id);
      return [
        { label: "edit organisation A's person", input: personInput(theirs, { managerId: "", jobRoleId: "" }) },
        { label: "give their own person organisation A's manager", input: personInput(own, { managerId: world.manager.id, jobRoleId: "" }), field: "managerId" },
        { label: "give their own person organisation A's job role", input: personInput(own, { managerId: "", jobRoleId: world.expertRole.id }), field: "jobRoleId" },
      ];
    },
    fields: { id: { kind: "id", of: "person" }, version: { kind: "version" }, ...personFields },
    async readBack(_world, _caller, input) {
      const person = await readPerson(String(input.id));
      return { name: person.name, email: person.email, organisationId: person.organisationId };
    },
  },

  "app/(app)/hr/people/actions.ts#deactivatePersonAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { id: (await buildPerson(db, world.organisation.id)).id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "deactivate organisation A's person", input: { id: (await buildPerson(db, world.organisation.id)).id } }];
    },
    fields: { id: { kind: "id", of: "person" } },
  },

  "app/(app)/hr/people/actions.ts#reactivatePersonAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { id: (await buildPerson(db, world.organisation.id, { active: false })).id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "reactivate organisation A's person", input: { id: (await buildPerson(db, world.organisation.id, { active: false })).id } }];
    },
    fields: { id: { kind: "id", of: "person" } },
  },

  // --- People import and export (HR) -------------------------------------------------

  "app/(app)/hr/people/import/actions.ts#previewPeopleImportAction": {
    type: "action",
    access: HR,
    readOnly: true,
    async validInput(world) {
      return { csv: peopleCsv([{ name: "Ida Import", email: freshEmail("import"), jobRole: world.expertRole.title, managerEmail: world.manager.email, appRoles: "Leader; Coach" }]) };
    },
    crossTenant: (world) => importCrossTenantCases(world, "no-leak"),
    fields: { csv: csvField },
  },

  "app/(app)/hr/people/import/actions.ts#importPeopleAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { csv: peopleCsv([{ name: "Ida Import", email: freshEmail("import"), jobRole: world.expertRole.title, managerEmail: world.manager.email, appRoles: "Leader; Coach" }]) };
    },
    crossTenant: (world) => importCrossTenantCases(world, "refused"),
    fields: { csv: csvField },
    readBack: importReadBack,
  },

  "app/(app)/hr/people/export/route.ts#GET": {
    type: "route",
    access: HR,
    async request() {
      return { path: "/hr/people/export?status=all" };
    },
  },

  // --- Job roles (HR) ---------------------------------------------------------------

  "app/(app)/hr/roles/actions.ts#createJobRoleAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { title: `Role ${uniqueSuffix()}`, description: "Leads a team of experts", track: "PEOPLE_LEADER", careerStage: "FIRST_TIME_LEADER", usuallyFollowsId: world.expertRole.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [
        {
          label: "add a role that follows organisation A's role",
          input: { title: `Role ${uniqueSuffix()}`, track: "PEOPLE_LEADER", careerStage: "FIRST_TIME_LEADER", usuallyFollowsId: world.expertRole.id },
          field: "usuallyFollowsId",
        },
      ];
    },
    fields: jobRoleFields,
    async readBack(world) {
      // The action redirects to the list, so the role it made is the organisation's newest.
      const role = await db.jobRole.findFirstOrThrow({ where: { organisationId: world.organisation.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
      return { title: role.title, description: role.description, organisationId: role.organisationId };
    },
  },

  "app/(app)/hr/roles/actions.ts#updateJobRoleAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return jobRoleInput(await buildJobRole(db, world.organisation.id), world.expertRole.id);
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirs = await buildJobRole(db, world.organisation.id);
      const own = await buildJobRole(db, world.foreignOrganisation.id);
      return [
        { label: "edit organisation A's job role", input: jobRoleInput(theirs, "") },
        { label: "make their own role follow organisation A's role", input: jobRoleInput(own, world.expertRole.id), field: "usuallyFollowsId" },
      ];
    },
    fields: { id: { kind: "id", of: "jobRole" }, version: { kind: "version" }, ...jobRoleFields },
    async readBack(_world, _caller, input) {
      const role = await db.jobRole.findUniqueOrThrow({ where: { id: String(input.id) } });
      return { title: role.title, description: role.description, organisationId: role.organisationId };
    },
  },

  "app/(app)/hr/roles/actions.ts#deleteJobRoleAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { id: (await buildJobRole(db, world.organisation.id)).id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "delete organisation A's job role", input: { id: (await buildJobRole(db, world.organisation.id)).id } }];
    },
    fields: { id: { kind: "id", of: "jobRole" } },
  },

  // --- Competency frameworks (HR changes them; everyone reads published versions) ----

  "app/(app)/hr/frameworks/actions.ts#createFrameworkAction": {
    type: "action",
    access: HR,
    async validInput() {
      return { start: "template", name: `Framework ${uniqueSuffix()}` };
    },
    crossTenant: { selfScoped: "Creates a framework in the caller's own organisation from the built-in template or from nothing; the input names no record." },
    fields: { start: { kind: "choice", values: ["blank", "template"] }, name: frameworkNameSpec },
    async readBack(_world, _caller, _input, outcome) {
      const framework = await readFramework(idFromRedirect(outcome, "/hr/frameworks/"));
      return { name: framework.content.name, organisationId: framework.organisationId };
    },
  },

  "app/(app)/hr/frameworks/actions.ts#importFrameworkCsvAction": {
    type: "action",
    access: HR,
    async validInput() {
      return { name: `Imported ${uniqueSuffix()}`, csv: frameworkCsv("Coaching") };
    },
    crossTenant: { selfScoped: "Imports a file into the caller's own organisation; the file names no record." },
    fields: { name: frameworkNameSpec, csv: frameworkCsvField },
    async readBack(_world, _caller, _input, outcome) {
      const framework = await readFramework(idFromRedirect(outcome, "/hr/frameworks/"));
      return { name: framework.content.name, csv: framework.content.clusters[0]?.competencies[0]?.name, organisationId: framework.organisationId };
    },
  },

  "app/(app)/hr/frameworks/actions.ts#importFrameworkJsonAction": {
    type: "action",
    access: HR,
    async validInput() {
      return { json: frameworkJsonField.withName(`Imported ${uniqueSuffix()}`) };
    },
    crossTenant: { selfScoped: "Imports a file into the caller's own organisation; keys in the file are per framework, not ids of records." },
    fields: { json: frameworkJsonField },
    async readBack(_world, _caller, _input, outcome) {
      const framework = await readFramework(idFromRedirect(outcome, "/hr/frameworks/"));
      return { json: framework.content.name, organisationId: framework.organisationId };
    },
  },

  "app/(app)/hr/frameworks/actions.ts#duplicateFrameworkVersionAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { versionId: (await buildFramework(db, world.organisation.id, { status: "PUBLISHED" })).version.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "duplicate organisation A's framework", input: { versionId: (await buildFramework(db, world.organisation.id, { status: "PUBLISHED" })).version.id } }];
    },
    fields: { versionId: { kind: "id", of: "frameworkVersion" } },
  },

  "app/(app)/hr/frameworks/actions.ts#editFrameworkDraftAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      const { version } = await buildFramework(db, world.organisation.id);
      return { versionId: version.id, revision: String(version.revision), edit: JSON.stringify({ op: "setFrameworkDetails", description: "Reworded" }) };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const { version } = await buildFramework(db, world.organisation.id);
      return [{ label: "edit organisation A's draft", input: { versionId: version.id, revision: "1", edit: JSON.stringify({ op: "setFrameworkDetails", name: "Taken over" }) } }];
    },
    fields: { versionId: { kind: "id", of: "frameworkVersion" }, revision: { kind: "version" }, edit: { kind: "json" } },
  },

  "app/(app)/hr/frameworks/actions.ts#publishFrameworkDraftAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      const { version } = await buildFramework(db, world.organisation.id);
      return { versionId: version.id, revision: String(version.revision) };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const { version } = await buildFramework(db, world.organisation.id);
      return [{ label: "publish organisation A's draft", input: { versionId: version.id, revision: "1" } }];
    },
    fields: { versionId: { kind: "id", of: "frameworkVersion" }, revision: { kind: "version" } },
  },

  "app/(app)/hr/frameworks/actions.ts#startFrameworkDraftAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { frameworkId: (await buildFramework(db, world.organisation.id, { status: "PUBLISHED" })).framework.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "start a draft of organisation A's framework", input: { frameworkId: (await buildFramework(db, world.organisation.id, { status: "PUBLISHED" })).framework.id } }];
    },
    fields: { frameworkId: { kind: "id", of: "framework" } },
  },

  "app/(app)/hr/frameworks/actions.ts#archiveFrameworkVersionAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { versionId: (await buildFramework(db, world.organisation.id, { status: "PUBLISHED" })).version.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "archive organisation A's version", input: { versionId: (await buildFramework(db, world.organisation.id, { status: "PUBLISHED" })).version.id } }];
    },
    fields: { versionId: { kind: "id", of: "frameworkVersion" } },
  },

  "app/(app)/hr/frameworks/actions.ts#unarchiveFrameworkVersionAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { versionId: (await buildFramework(db, world.organisation.id, { status: "ARCHIVED" })).version.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "unarchive organisation A's version", input: { versionId: (await buildFramework(db, world.organisation.id, { status: "ARCHIVED" })).version.id } }];
    },
    fields: { versionId: { kind: "id", of: "frameworkVersion" } },
  },

  "app/(app)/hr/frameworks/actions.ts#discardFrameworkDraftAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { versionId: (await buildFramework(db, world.organisation.id)).version.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "discard organisation A's draft", input: { versionId: (await buildFramework(db, world.organisation.id)).version.id } }];
    },
    fields: { versionId: { kind: "id", of: "frameworkVersion" } },
  },

  "app/(app)/hr/frameworks/[id]/versions/[number]/export/route.ts#GET": {
    type: "route",
    access: "signed-in",
    async request(world) {
      const { framework } = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
      return { path: `/hr/frameworks/${framework.id}/versions/1/export?format=csv`, params: { id: framework.id, number: "1" } };
    },
  },

  // --- Own profile (anyone signed in) -----------------------------------------------

  "app/(app)/profile/actions.ts#changePasswordAction": {
    type: "action",
    access: "signed-in",
    async validInput(_world, caller) {
      if (caller) await setKnownPassword(caller);
      const newPassword = `new password ${uniqueSuffix()}`;
      return { currentPassword: KNOWN_PASSWORD, newPassword, confirmPassword: newPassword };
    },
    crossTenant: { selfScoped: "Changes only the caller's own password (the id comes from the session, not the input), so there is no id to point at another organisation." },
    fields: {
      currentPassword: { kind: "password", min: 1, max: 200, required: true },
      newPassword: { kind: "password", min: 12, max: 200, required: true, copyTo: ["confirmPassword"] },
      confirmPassword: { kind: "password", min: 0, max: 200, required: true },
    },
    async readBack(_world, caller) {
      return { newPassword: (await readPerson(caller.id)).passwordHash ?? undefined };
    },
  },
};
