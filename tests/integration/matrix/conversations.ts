import { db } from "@/lib/db/client";
import { CONVERSATION_LIMITS } from "@/lib/conversations/limits";
import { addDays, todayIn } from "@/lib/inductions/dates";
import { buildConversation, buildPerson } from "@/tests/factories";
import type { Outcome } from "@/tests/support/action-outcome";
import { HR, idFromRedirect, type CrossTenantCase, type FieldSpec, type FormInput, type MatrixEntry, type MatrixWorld, type Person } from "./core";

/**
 * Career conversations: the manager logs them and agrees actions; the report prepares and
 * ticks off their actions; HR opens private notes only with a reason. Who reads what (report,
 * current and former manager, other managers, HR) is proved in conversations.test.ts; here
 * every action is called by each hat and refused to the other organisation.
 */

const today = () => todayIn("UTC");

/** Each logged conversation gets a day of its own (one per report and day), counting back from the day before yesterday. */
let daysBack = 1;
function nextFreeDay() {
  daysBack += 1;
  return addDays(today(), -daysBack);
}

/** A conversation the world's manager held with the world's leader, with a private note. */
function leadersConversation(world: MatrixWorld, data: { status?: "OPEN" | "DONE"; ownerId?: string; personId?: string; managerId?: string } = {}) {
  const personId = data.personId ?? world.leader.id;
  return buildConversation(db, world.organisation.id, {
    personId,
    managerId: data.managerId ?? world.manager.id,
    privateNote: "Wonders whether managing former peers will strain old friendships.",
    actions: [{ description: "Shadow a hiring panel", ownerId: data.ownerId ?? personId, dueOn: addDays(today(), 14), status: data.status }],
  });
}

/** An action the caller owns as the report of a conversation (the leader's, when nobody is signed in). */
async function callersAction(world: MatrixWorld, caller: Person | null, status: "OPEN" | "DONE"): Promise<FormInput> {
  const personId = caller?.id ?? world.leader.id;
  const conversation = await leadersConversation(world, { personId, managerId: personId === world.manager.id ? world.hr.id : world.manager.id, status });
  const action = await db.conversationAction.findFirstOrThrow({ where: { conversationId: conversation.id } });
  return { actionId: action.id, version: String(action.version) };
}

async function theirAction(world: MatrixWorld, verb: string, status: "OPEN" | "DONE"): Promise<CrossTenantCase[]> {
  const conversation = await leadersConversation(world, { status });
  const action = await db.conversationAction.findFirstOrThrow({ where: { conversationId: conversation.id } });
  return [{ label: `${verb} organisation A's leader's agreed action`, input: { actionId: action.id, version: String(action.version) } }];
}

/** The caller with a manager of their own organisation (people without one have nothing to prepare for), and no notes waiting yet. */
async function readyToPrepare(caller: Person | null) {
  if (!caller) return;
  const current = await db.person.findUniqueOrThrow({ where: { id: caller.id }, select: { managerId: true } });
  if (!current.managerId) {
    const manager = await buildPerson(db, caller.organisationId, { name: "Morgan Manager", roles: ["MANAGER"] });
    await db.person.update({ where: { id: caller.id }, data: { managerId: manager.id } });
  }
  await db.conversationPreparation.deleteMany({ where: { personId: caller.id, conversationId: null } });
}

function dataOf(outcome: Outcome): Record<string, unknown> {
  if (outcome.kind !== "result" || typeof outcome.value !== "object" || outcome.value === null || !("data" in outcome.value)) throw new Error("Expected a result with data");
  return outcome.value.data as Record<string, unknown>;
}

const PROMPT_TEXT = { kind: "text", max: CONVERSATION_LIMITS.prompt, required: false } as const;
const actionRef = { actionId: { kind: "id", of: "conversationAction" }, version: { kind: "version" } } as const satisfies Record<string, FieldSpec>;

export const CONVERSATION_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/team/[id]/conversations/actions.ts#logConversationAction": {
    type: "action",
    access: ["MANAGER"],
    async validInput(world) {
      const heldOn = nextFreeDay();
      return {
        personId: world.leader.id,
        heldOn,
        nextConversationOn: addDays(heldOn, 90),
        aspirations: "Lead a platform team within two years",
        strengths: "Calm in incidents; explains trade-offs plainly",
        energisers: "Pairing with newer engineers",
        developmentAreas: "Saying no to work that is not hers",
        nextRole: "Engineering Manager",
        track: "PEOPLE_LEADER",
        supportNeeded: "A mentor who moved from expert to manager",
        sharedNotes: "We agreed to revisit the track after the reorganisation.",
        privateNote: "Worried about her workload this quarter.",
      };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const heldOn = nextFreeDay();
      return [{ label: "log a conversation with organisation A's leader", input: { personId: world.leader.id, heldOn, nextConversationOn: addDays(heldOn, 90), track: "UNDECIDED", aspirations: "Ours now" } }];
    },
    fields: {
      personId: { kind: "id", of: "person" },
      heldOn: { kind: "date" },
      nextConversationOn: { kind: "date" },
      aspirations: PROMPT_TEXT,
      strengths: PROMPT_TEXT,
      energisers: PROMPT_TEXT,
      developmentAreas: PROMPT_TEXT,
      nextRole: { kind: "text", max: CONVERSATION_LIMITS.nextRole, required: false },
      track: { kind: "choice", values: ["UNDECIDED", "PEOPLE_LEADER", "IC_LEADER"] },
      supportNeeded: PROMPT_TEXT,
      sharedNotes: { kind: "text", max: CONVERSATION_LIMITS.notes, required: false },
      privateNote: { kind: "text", max: CONVERSATION_LIMITS.notes, required: false },
    },
    async readBack(world, _caller, _input, outcome) {
      const id = idFromRedirect(outcome, `/team/${world.leader.id}/conversations/`);
      const conversation = await db.conversation.findUniqueOrThrow({ where: { id }, include: { privateNote: true } });
      const { aspirations, strengths, energisers, developmentAreas, nextRole, supportNeeded, sharedNotes, organisationId } = conversation;
      return { aspirations, strengths, energisers, developmentAreas, nextRole, supportNeeded, sharedNotes, privateNote: conversation.privateNote?.text ?? "", organisationId };
    },
  },

  "app/(app)/team/[id]/conversations/actions.ts#addAgreedActionAction": {
    type: "action",
    access: ["MANAGER"],
    async validInput(world) {
      const conversation = await leadersConversation(world);
      return { conversationId: conversation.id, owner: "REPORT", description: "Lead the next sprint review", dueOn: addDays(today(), 30) };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const conversation = await leadersConversation(world);
      return [{ label: "agree an action on organisation A's conversation", input: { conversationId: conversation.id, owner: "MANAGER", description: "Ours now", dueOn: addDays(today(), 30) } }];
    },
    fields: {
      conversationId: { kind: "id", of: "conversation" },
      owner: { kind: "choice", values: ["REPORT", "MANAGER"] },
      description: { kind: "text", max: CONVERSATION_LIMITS.action, required: true },
      dueOn: { kind: "date" },
    },
    async readBack(_world, _caller, _input, outcome) {
      const action = await db.conversationAction.findUniqueOrThrow({ where: { id: String(dataOf(outcome).actionId) } });
      return { description: action.description, organisationId: action.organisationId };
    },
  },

  "app/(app)/me/conversations/actions.ts#completeAgreedActionAction": {
    type: "action",
    access: "signed-in",
    validInput: (world, caller) => callersAction(world, caller, "OPEN"),
    crossTenant: (world) => theirAction(world, "tick off", "OPEN"),
    fields: actionRef,
  },

  "app/(app)/me/conversations/actions.ts#reopenAgreedActionAction": {
    type: "action",
    access: "signed-in",
    validInput: (world, caller) => callersAction(world, caller, "DONE"),
    crossTenant: (world) => theirAction(world, "reopen", "DONE"),
    fields: actionRef,
  },

  "app/(app)/me/conversations/actions.ts#addPreparationAction": {
    type: "action",
    access: "signed-in",
    async validInput(_world, caller) {
      await readyToPrepare(caller);
      return { text: "I would like to talk about the Staff Engineer path." };
    },
    crossTenant: { selfScoped: "a preparation note is always the caller's own, for their own next conversation" },
    fields: { text: { kind: "text", max: CONVERSATION_LIMITS.preparation, required: true } },
    async readBack(_world, _caller, _input, outcome) {
      const preparation = await db.conversationPreparation.findUniqueOrThrow({ where: { id: String(dataOf(outcome).preparationId) } });
      return { text: preparation.text, organisationId: preparation.organisationId };
    },
  },

  "app/(app)/me/conversations/actions.ts#deletePreparationAction": {
    type: "action",
    access: "signed-in",
    async validInput(world, caller) {
      const person = caller ?? world.leader;
      const preparation = await db.conversationPreparation.create({ data: { organisationId: person.organisationId, personId: person.id, text: "Ask about the budget course" } });
      return { preparationId: preparation.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const preparation = await db.conversationPreparation.create({ data: { organisationId: world.organisation.id, personId: world.leader.id, text: "Mine" } });
      return [{ label: "delete organisation A's leader's preparation note", input: { preparationId: preparation.id } }];
    },
    fields: { preparationId: { kind: "id", of: "preparation" } },
  },

  "app/(app)/hr/people/[id]/conversations/actions.ts#openPrivateNoteAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      const conversation = await leadersConversation(world);
      return { conversationId: conversation.id, reason: "Investigating a formal complaint, case 2026-14" };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const conversation = await leadersConversation(world);
      return [{ label: "open the private note of organisation A's conversation", input: { conversationId: conversation.id, reason: "Curious about the other organisation" } }];
    },
    fields: {
      conversationId: { kind: "id", of: "conversation" },
      reason: { kind: "text", max: CONVERSATION_LIMITS.reasonMax, required: true },
    },
    async readBack(_world, _caller, input) {
      const access = await db.noteAccess.findFirstOrThrow({ where: { conversationId: String(input.conversationId) } });
      return { reason: access.reason, organisationId: access.organisationId };
    },
  },
};
