import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppRole } from "@/lib/db/generated/enums";
import {
  buildCharter,
  buildConversation,
  buildFeedbackRequest,
  buildFramework,
  buildInduction,
  buildInductionTemplate,
  buildPerson,
  buildPlan,
  buildRelationship,
  buildSupporterProfile,
  sampleCharter,
  uniqueSuffix,
} from "@/tests/factories";
import type { Outcome } from "@/tests/support/action-outcome";
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

export type MatrixWorld = World & {
  deactivatedHr: Person;
  foreignFramework: Awaited<ReturnType<typeof buildFramework>>;
  foreignCharter: Awaited<ReturnType<typeof buildCharter>>;
  foreignNotification: { id: string };
  foreignTemplate: { id: string; phaseId: string; itemId: string };
  foreignMindsetSection: { id: string };
  foreignInduction: { id: string; phaseId: string; itemId: string; reflectionId: string };
  foreignConversation: { id: string; actionId: string; preparationId: string };
  foreignPlan: { id: string; goalId: string; actionId: string };
  foreignSupport: { profileId: string; relationshipId: string; sessionId: string };
  foreignFeedback: { requestId: string; responseId: string };
};
export type Person = World["hr"];

export async function buildMatrixWorld(): Promise<MatrixWorld> {
  const world = await buildWorld();
  const deactivatedHr = await buildPerson(db, world.organisation.id, { name: "Dee Deactivated", roles: ["HR_ADMIN"], active: false });
  const foreignFramework = await buildFramework(db, world.foreignOrganisation.id, { status: "PUBLISHED" });
  const foreignCharter = await buildCharter(db, world.foreignOrganisation.id, {
    jobRoleId: world.foreignRole.id,
    frameworkVersionId: foreignFramework.version.id,
    content: sampleCharter(foreignFramework.content),
    status: "PUBLISHED",
  });
  const foreignNotification = await db.notification.create({ data: { organisationId: world.foreignOrganisation.id, recipientId: world.foreignHr.id, title: "For the other organisation" } });
  const { template, phases } = await buildInductionTemplate(db, world.foreignOrganisation.id, { jobRoleId: world.foreignRole.id });
  const foreignItem = await db.templateItem.findFirstOrThrow({ where: { templateId: template.id } });
  const foreignTemplate = { id: template.id, phaseId: phases[0]?.id ?? "", itemId: foreignItem.id };
  const foreignMindsetSection = await db.mindsetSection.create({
    data: { organisationId: world.foreignOrganisation.id, title: "The other organisation's section", practices: ["Theirs"], prompts: ["Theirs?"] },
  });
  const foreignInduction = await buildForeignInduction(world);
  const foreignPeople = await buildForeignPeopleWork(world, foreignFramework.framework.id);
  return { ...world, deactivatedHr, foreignFramework, foreignCharter, foreignNotification, foreignTemplate, foreignMindsetSection, foreignInduction, ...foreignPeople };
}

/** The other organisation's career conversation, development plan, coaching relationship and feedback request. */
async function buildForeignPeopleWork(world: World, frameworkId: string) {
  const organisationId = world.foreignOrganisation.id;
  const report = await buildPerson(db, organisationId, { name: "Flo Foreign", roles: ["LEADER"], managerId: world.foreignHr.id });
  const today = new Date().toISOString().slice(0, 10);
  const conversation = await buildConversation(db, organisationId, {
    personId: report.id,
    managerId: world.foreignHr.id,
    actions: [{ description: "Theirs", ownerId: report.id, dueOn: today }],
  });
  const action = await db.conversationAction.findFirstOrThrow({ where: { conversationId: conversation.id } });
  const preparation = await db.conversationPreparation.create({ data: { organisationId, personId: report.id, text: "Theirs" } });
  const plan = await buildPlan(db, organisationId, { personId: report.id });
  const planAction = await db.planAction.findFirstOrThrow({ where: { planId: plan.id } });
  const profile = await buildSupporterProfile(db, organisationId, { personId: world.foreignHr.id, frameworkId, strengths: [{ key: "theirs", name: "Theirs" }] });
  const relationship = await buildRelationship(db, organisationId, { supporterId: world.foreignHr.id, leaderId: report.id, sessions: [{ heldOn: today }] });
  const session = await db.supportSession.findFirstOrThrow({ where: { relationshipId: relationship.id } });
  const { request, responses } = await buildFeedbackRequest(db, organisationId, { requesterId: report.id, respondentIds: [world.foreignHr.id] });
  return {
    foreignConversation: { id: conversation.id, actionId: action.id, preparationId: preparation.id },
    foreignPlan: { id: plan.id, goalId: planAction.goalId ?? "", actionId: planAction.id },
    foreignSupport: { profileId: profile.id, relationshipId: relationship.id, sessionId: session.id },
    foreignFeedback: { requestId: request.id, responseId: responses[0]?.id ?? "" },
  };
}

/** A running induction of someone in the other organisation, with a reflection. */
async function buildForeignInduction(world: World) {
  const person = await buildPerson(db, world.foreignOrganisation.id, { name: "Fern Foreign", roles: ["LEADER"], managerId: world.foreignHr.id });
  const induction = await buildInduction(db, world.foreignOrganisation.id, { personId: person.id, jobRoleId: world.foreignRole.id, managerId: world.foreignHr.id });
  const item = await db.inductionItem.findFirstOrThrow({ where: { inductionId: induction.id } });
  const reflection = await db.reflection.create({ data: { organisationId: world.foreignOrganisation.id, inductionId: induction.id, itemId: item.id, authorId: person.id, prompt: item.title, text: "Theirs" } });
  return { id: induction.id, phaseId: item.phaseId, itemId: item.id, reflectionId: reflection.id };
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
  | { kind: "id"; of: "person" | "jobRole" | "framework" | "frameworkVersion" | "charter" | "charterVersion" | "notification" | "inductionTemplate" | "templatePhase" | "templateItem" | "mindsetSection" | "induction" | "inductionPhase" | "inductionItem" | "reflection" | "conversation" | "conversationAction" | "preparation" | "planGoal" | "planAction" | "supporterProfile" | "relationship" | "supportSession" | "feedbackRequest" | "feedbackResponse" }
  /** An optional link to another record ("" means none): an unknown or foreign id is a field error. */
  | { kind: "reference"; of: "person" | "jobRole" | "competency" | "inductionTemplate" | "framework" | "planGoal" }
  /** A structured value (an object, or its JSON text in a form), checked by a zod schema of its own. */
  | { kind: "json" }
  /** The optimistic-locking version the form was loaded with. */
  | { kind: "version" }
  /** An ISO 8601 date and time the page put in the form. */
  | { kind: "timestamp" }
  /** A calendar day as a date input sends it (YYYY-MM-DD). */
  | { kind: "date" }
  /** One of a fixed list. */
  | { kind: "choice"; values: readonly string[] }
  /** Any number of a fixed list (checkbox group). */
  | { kind: "choices"; values: readonly string[]; max: number }
  /** A CSV file's text. `withName` puts a value into the name cell of an otherwise valid file (the valid input's, when it needs one); `stored` is what that cell becomes. */
  | { kind: "csv"; max: number; withName: (name: string, valid: FormInput) => string; stored: (name: string) => string };

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
  /** A GET that records one audit event whenever it answers (exports): what the event says. Otherwise a GET writes nothing. */
  audited?: string;
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
// Helpers shared by the entries

export const HR = ["HR_ADMIN"] as const satisfies readonly AppRole[];

export const freshEmail = (label: string) => `${label}-${uniqueSuffix()}@example.test`;

export function readPerson(id: string) {
  return db.person.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
}

/** The id in a redirect such as /hr/people/<id>?created=1. */
export function idFromRedirect(outcome: Outcome, prefix: string): string {
  if (outcome.kind !== "redirect" || !outcome.location.startsWith(prefix)) throw new Error(`Expected a redirect to ${prefix}<id>`);
  return outcome.location.slice(prefix.length).split(/[?#]/)[0] ?? "";
}

export const KNOWN_PASSWORD = "correct horse battery staple";

let knownHash: Promise<string> | undefined;

/** Gives `person` a password the test knows (hashing once per run: argon2 is slow on purpose). */
export async function setKnownPassword(person: Person) {
  knownHash ??= hashPassword(KNOWN_PASSWORD);
  await db.person.update({ where: { id: person.id }, data: { passwordHash: await knownHash } });
}

export const csvCell = (value: string) => `"${value.replaceAll('"', '""')}"`;
