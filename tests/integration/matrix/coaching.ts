import { db } from "@/lib/db/client";
import { COACHING_LIMITS } from "@/lib/coaching/limits";
import { addDays, toDateOnly } from "@/lib/inductions/dates";
import { buildFramework, buildPerson, buildRelationship, buildSupporterProfile } from "@/tests/factories";
import type { Outcome } from "@/tests/support/action-outcome";
import { HR, type CrossTenantCase, type FieldSpec, type FormInput, type MatrixEntry, type MatrixWorld } from "./core";

/**
 * The coaching and mentoring bench, matching, relationships and their sessions. HR runs the
 * bench, starts relationships and may end any; the coach or mentor logs sessions and ends
 * their own; the leader logs sessions of theirs. Who in organisation A may touch which
 * relationship, and who reads the notes, is proved in coaching.test.ts.
 */

const KINDS = ["COACHING", "MENTORING"] as const;
const CAPACITIES = Array.from({ length: COACHING_LIMITS.capacity + 1 }, (_, capacity) => String(capacity));

const today = () => toDateOnly(new Date());

/** Two competencies of a framework organisation A has published (one framework per world), as the strengths field sends them. */
const strengthsOfWorld = new WeakMap<MatrixWorld, Promise<string[]>>();
function strengthValues(world: MatrixWorld): Promise<string[]> {
  let values = strengthsOfWorld.get(world);
  if (!values) {
    values = buildFramework(db, world.organisation.id, { status: "PUBLISHED" }).then(({ framework, content }) =>
      content.clusters.flatMap((cluster) => cluster.competencies).slice(0, 2).map((competency) => `${framework.id}:${competency.key}`),
    );
    strengthsOfWorld.set(world, values);
  }
  return values;
}

/** Someone new in `organisationId` who wears the Coach or mentor hat. */
const newCoach = (organisationId: string) => buildPerson(db, organisationId, { name: "Bench Candidate", roles: ["COACH"] });

/** A new coach of organisation A on the bench, offering both kinds, with room for two. */
async function benchProfile(world: MatrixWorld) {
  const coach = await newCoach(world.organisation.id);
  return buildSupporterProfile(db, world.organisation.id, { personId: coach.id, capacity: 2 });
}

async function profileInput(world: MatrixWorld): Promise<FormInput> {
  return { offers: ["COACHING", "MENTORING"], capacity: "3", about: "Led three platform teams through a reorganisation.", strengths: await strengthValues(world) };
}

const profileFields = {
  offers: { kind: "choices", values: KINDS, max: 20 },
  capacity: { kind: "choice", values: CAPACITIES },
  about: { kind: "text", max: COACHING_LIMITS.about, required: false },
  strengths: { kind: "choices", values: ["framework:competency"], max: COACHING_LIMITS.strengths },
} as const satisfies Record<string, FieldSpec>;

async function readProfile(where: { id: string } | { personId: string }) {
  const profile = await db.supporterProfile.findUniqueOrThrow({ where });
  return { about: profile.about, organisationId: profile.organisationId };
}

/** A running mentoring of the world's leader by the world's coach, started a month ago. */
const leadersMentoring = (world: MatrixWorld) =>
  buildRelationship(db, world.organisation.id, { supporterId: world.coach.id, leaderId: world.leader.id, startOn: addDays(today(), -30) });

const relationshipInput = async (world: MatrixWorld): Promise<FormInput> => ({ relationshipId: (await leadersMentoring(world)).id });

async function theirRelationship(world: MatrixWorld, verb: string, extra: FormInput = {}): Promise<CrossTenantCase[]> {
  return [{ label: `${verb} organisation A's relationship`, input: { ...(await relationshipInput(world)), ...extra } }];
}

const sessionInput = async (world: MatrixWorld): Promise<FormInput> => ({
  ...(await relationshipInput(world)),
  heldOn: addDays(today(), -1),
  notes: "Talked through the first difficult conversation with a former peer.",
});

const sessionFields = {
  relationshipId: { kind: "id", of: "relationship" },
  heldOn: { kind: "date" },
  notes: { kind: "text", max: COACHING_LIMITS.notes, required: false },
} as const satisfies Record<string, FieldSpec>;

async function readSession(_world: MatrixWorld, _caller: unknown, _input: FormInput, outcome: Outcome) {
  const value = outcome.kind === "result" ? (outcome.value as { data?: { sessionId?: string } }) : null;
  const session = await db.supportSession.findUniqueOrThrow({ where: { id: value?.data?.sessionId ?? "" } });
  return { notes: session.notes, organisationId: session.organisationId };
}

async function startInput(world: MatrixWorld): Promise<FormInput> {
  const profile = await benchProfile(world);
  return { leaderId: world.leader.id, supporterId: profile.personId, kind: "MENTORING", goals: "Lead former peers with confidence.", startOn: today(), endOn: addDays(today(), 182) };
}

export const COACHING_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/hr/coaching/actions.ts#addSupporterAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { personId: (await newCoach(world.organisation.id)).id, ...(await profileInput(world)) };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirCoach = await newCoach(world.foreignOrganisation.id);
      const input = await profileInput(world);
      return [
        { label: "put organisation A's coach on the bench", input: { personId: (await newCoach(world.organisation.id)).id, ...input } },
        { label: "give their own coach organisation A's competencies as strengths", input: { personId: theirCoach.id, ...input }, field: "strengths" },
      ];
    },
    fields: { personId: { kind: "id", of: "person" }, ...profileFields },
    readBack: (_world, _caller, input) => readProfile({ personId: String(input.personId) }),
  },

  "app/(app)/hr/coaching/actions.ts#updateSupporterAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      const profile = await benchProfile(world);
      return { profileId: profile.id, version: String(profile.version), ...(await profileInput(world)) };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const profile = await benchProfile(world);
      return [{ label: "edit organisation A's bench profile", input: { profileId: profile.id, version: "1", ...(await profileInput(world)) } }];
    },
    fields: { profileId: { kind: "id", of: "supporterProfile" }, version: { kind: "version" }, ...profileFields },
    readBack: (_world, _caller, input) => readProfile({ id: String(input.profileId) }),
  },

  "app/(app)/hr/coaching/actions.ts#removeSupporterAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { profileId: (await benchProfile(world)).id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "take someone off organisation A's bench", input: { profileId: (await benchProfile(world)).id } }];
    },
    fields: { profileId: { kind: "id", of: "supporterProfile" } },
  },

  "app/(app)/hr/coaching/actions.ts#startRelationshipAction": {
    type: "action",
    access: HR,
    validInput: (world) => startInput(world),
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const input = await startInput(world);
      return [
        { label: "match organisation A's leader with A's coach", input },
        { label: "match organisation A's leader with their own coach", input: { ...input, supporterId: world.foreignHr.id } },
      ];
    },
    fields: {
      leaderId: { kind: "id", of: "person" },
      supporterId: { kind: "id", of: "person" },
      kind: { kind: "choice", values: KINDS },
      goals: { kind: "text", max: COACHING_LIMITS.goals, required: true },
      startOn: { kind: "date" },
      endOn: { kind: "date" },
    },
    async readBack(_world, _caller, input) {
      const relationship = await db.supportRelationship.findFirstOrThrow({ where: { supporterId: String(input.supporterId) } });
      return { goals: relationship.goals, organisationId: relationship.organisationId };
    },
  },

  "app/(app)/hr/coaching/actions.ts#endRelationshipAction": {
    type: "action",
    access: HR,
    validInput: (world) => relationshipInput(world),
    crossTenant: (world) => theirRelationship(world, "end"),
    fields: { relationshipId: { kind: "id", of: "relationship" } },
  },

  "app/(app)/coaching/actions.ts#endRelationshipAction": {
    type: "action",
    access: ["COACH"],
    validInput: (world) => relationshipInput(world),
    crossTenant: (world) => theirRelationship(world, "end"),
    fields: { relationshipId: { kind: "id", of: "relationship" } },
  },

  "app/(app)/coaching/actions.ts#logSessionAction": {
    type: "action",
    access: ["COACH"],
    validInput: (world) => sessionInput(world),
    crossTenant: (world) => theirRelationship(world, "log a session of", { heldOn: addDays(today(), -1), notes: "Ours" }),
    fields: sessionFields,
    readBack: readSession,
  },

  "app/(app)/me/support/actions.ts#logSessionAction": {
    type: "action",
    access: ["LEADER"],
    validInput: (world) => sessionInput(world),
    crossTenant: (world) => theirRelationship(world, "log a session of", { heldOn: addDays(today(), -1), notes: "Ours" }),
    fields: sessionFields,
    readBack: readSession,
  },
};
