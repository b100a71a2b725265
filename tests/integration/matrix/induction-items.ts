import { db } from "@/lib/db/client";
import type { ItemKind, ItemOwner } from "@/lib/db/generated/enums";
import { ITEM_LIMITS } from "@/lib/inductions/item-schemas";
import { REFLECTION_LIMIT } from "@/lib/inductions/reflection-schemas";
import { buildInduction, uniqueSuffix } from "@/tests/factories";
import type { Outcome } from "@/tests/support/action-outcome";
import { HR, type CrossTenantCase, type FieldSpec, type FormInput, type MatrixEntry, type MatrixWorld, type Person } from "./core";

/**
 * Running inductions: the leader ticks their own items, the induction's manager its manager
 * items and sign-offs, HR everything; HR alone waives, adds and removes items; only the leader
 * writes their reflections. Which person of organisation A may act on which item is proved in
 * induction-items.test.ts; here every action is called by each hat and refused to the other
 * organisation for an item of each owner.
 */

const OWNERS = ["LEADER", "MANAGER", "HR_ADMIN"] as const;
const SIGNERS = ["MANAGER", "HR_ADMIN"] as const;

/** The leader's running induction (a person has one at a time): managed by the world's manager, supported by its coach. */
async function leadersInduction(world: MatrixWorld) {
  const running = await db.induction.findFirst({ where: { personId: world.leader.id, status: "ACTIVE" } });
  return (
    running ??
    buildInduction(db, world.organisation.id, { personId: world.leader.id, jobRoleId: world.leaderRole.id, managerId: world.manager.id, supporterId: world.coach.id })
  );
}

type ItemData = { owner?: ItemOwner; kind?: ItemKind; status?: "OPEN" | "DONE"; needsSignOff?: boolean };

/** A fresh item in the leader's induction (the template's own items stay open, so it never completes). */
async function newItem(world: MatrixWorld, data: ItemData = {}) {
  const induction = await leadersInduction(world);
  const phase = await db.inductionPhase.findFirstOrThrow({ where: { inductionId: induction.id }, orderBy: { position: "asc" } });
  const done = data.status === "DONE";
  return db.inductionItem.create({
    data: {
      organisationId: world.organisation.id,
      inductionId: induction.id,
      phaseId: phase.id,
      position: 100,
      title: `Matrix item ${uniqueSuffix()}`,
      owner: data.owner ?? "INDIVIDUAL",
      kind: data.kind ?? "TASK",
      dueDate: new Date(),
      needsSignOff: data.needsSignOff ?? false,
      status: data.status ?? "OPEN",
      completedAt: done ? new Date() : null,
      completedById: done ? world.leader.id : null,
    },
  });
}

/** The item the caller may act on: the leader their own, the manager a manager item, HR one HR owes. */
function ownerFor(world: MatrixWorld, caller: Person | null): ItemOwner {
  if (caller?.id === world.leader.id) return "INDIVIDUAL";
  if (caller?.id === world.manager.id) return "MANAGER";
  return "HR";
}

const itemRef = (item: { id: string; version: number }): FormInput => ({ itemId: item.id, version: String(item.version) });

/** Organisation A's items of each owner, for the other organisation to try. */
async function theirItems(world: MatrixWorld, verb: string, data: ItemData, extra: FormInput = {}): Promise<CrossTenantCase[]> {
  const cases: CrossTenantCase[] = [];
  for (const owner of ["INDIVIDUAL", "MANAGER", "HR", "ORGANISATION"] as const) {
    const item = await newItem(world, { ...data, owner });
    cases.push({ label: `${verb} organisation A's ${owner.toLowerCase()} item`, input: { ...itemRef(item), ...extra } });
  }
  return cases;
}

const itemFields = { itemId: { kind: "id", of: "inductionItem" }, version: { kind: "version" } } as const satisfies Record<string, FieldSpec>;

function dataOf(outcome: Outcome): Record<string, unknown> {
  if (outcome.kind !== "result" || typeof outcome.value !== "object" || outcome.value === null || !("data" in outcome.value)) throw new Error("Expected a result with data");
  return outcome.value.data as Record<string, unknown>;
}

/** A reflection prompt of the leader's induction. */
const reflectionItem = (world: MatrixWorld) => newItem(world, { kind: "REFLECTION", owner: "INDIVIDUAL" });

async function leadersReflection(world: MatrixWorld) {
  const item = await reflectionItem(world);
  return db.reflection.create({ data: { organisationId: world.organisation.id, inductionId: item.inductionId, itemId: item.id, authorId: world.leader.id, prompt: item.title, text: "First thoughts" } });
}

const reflectionFields = {
  text: { kind: "text", max: REFLECTION_LIMIT, required: true },
  share: { kind: "choices", values: ["manager", "supporter"], max: 2 },
} as const satisfies Record<string, FieldSpec>;

export const INDUCTION_ITEM_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/tasks/actions.ts#completeItemAction": {
    type: "action",
    access: OWNERS,
    async validInput(world, caller) {
      return itemRef(await newItem(world, { owner: ownerFor(world, caller) }));
    },
    crossTenant: (world) => theirItems(world, "tick off", {}),
    fields: itemFields,
  },

  "app/(app)/tasks/actions.ts#reopenItemAction": {
    type: "action",
    access: OWNERS,
    async validInput(world, caller) {
      return itemRef(await newItem(world, { owner: ownerFor(world, caller), status: "DONE" }));
    },
    crossTenant: (world) => theirItems(world, "reopen", { status: "DONE" }),
    fields: itemFields,
  },

  "app/(app)/tasks/actions.ts#signOffItemAction": {
    type: "action",
    access: SIGNERS,
    async validInput(world) {
      return itemRef(await newItem(world, { status: "DONE", needsSignOff: true }));
    },
    crossTenant: (world) => theirItems(world, "sign off", { status: "DONE", needsSignOff: true }),
    fields: itemFields,
  },

  "app/(app)/tasks/actions.ts#addEvidenceAction": {
    type: "action",
    access: OWNERS,
    async validInput(world, caller) {
      const item = await newItem(world, { owner: ownerFor(world, caller) });
      return { itemId: item.id, text: "Ran the first one-to-ones with every report", url: "https://wiki.example.com/one-to-ones" };
    },
    crossTenant: (world) => theirItems(world, "add evidence to", {}, { text: "Ours now" }),
    fields: {
      itemId: { kind: "id", of: "inductionItem" },
      text: { kind: "text", max: ITEM_LIMITS.evidenceText, required: false },
      url: { kind: "text", max: ITEM_LIMITS.url, required: false },
    },
    async readBack(_world, _caller, _input, outcome) {
      const evidence = await db.itemEvidence.findUniqueOrThrow({ where: { id: String(dataOf(outcome).evidenceId) } });
      return { text: evidence.text, url: evidence.url ?? "", organisationId: evidence.organisationId };
    },
  },

  "app/(app)/hr/enrolments/[id]/actions.ts#waiveItemAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { ...itemRef(await newItem(world)), reason: "Already done in the previous role" };
    },
    crossTenant: (world) => theirItems(world, "waive", {}, { reason: "Not needed" }),
    fields: { ...itemFields, reason: { kind: "text", max: ITEM_LIMITS.reason, required: true } },
    async readBack(_world, _caller, input) {
      const item = await db.inductionItem.findUniqueOrThrow({ where: { id: String(input.itemId) } });
      return { reason: item.waivedReason, organisationId: item.organisationId };
    },
  },

  "app/(app)/hr/enrolments/[id]/actions.ts#addItemAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      const induction = await leadersInduction(world);
      const phase = await db.inductionPhase.findFirstOrThrow({ where: { inductionId: induction.id }, orderBy: { position: "desc" } });
      return {
        inductionId: induction.id,
        phaseId: phase.id,
        title: "Shadow a budget review",
        guidance: "Ask finance which meeting suits.",
        owner: "ORGANISATION",
        kind: "TASK",
        dueDate: "2027-03-31",
        needsSignOff: "yes",
      };
    },
    async crossTenant(world) {
      const induction = await leadersInduction(world);
      const phase = await db.inductionPhase.findFirstOrThrow({ where: { inductionId: induction.id } });
      const input = { title: "Ours now", owner: "HR", kind: "TASK", dueDate: "2027-03-31" };
      return [
        { label: "add an item to organisation A's induction", input: { ...input, inductionId: induction.id, phaseId: phase.id } },
        { label: "add an item to their own induction under organisation A's phase", input: { ...input, inductionId: world.foreignInduction.id, phaseId: phase.id }, field: "phaseId" },
      ];
    },
    fields: {
      inductionId: { kind: "id", of: "induction" },
      phaseId: { kind: "id", of: "inductionPhase" },
      title: { kind: "text", max: ITEM_LIMITS.title, required: true },
      guidance: { kind: "text", max: ITEM_LIMITS.guidance, required: false },
      owner: { kind: "choice", values: ["INDIVIDUAL", "MANAGER", "HR", "ORGANISATION"] },
      kind: { kind: "choice", values: ["TASK", "ACKNOWLEDGE_CHARTER", "REFLECTION", "CONVERSATION", "MINDSET_PRACTICE"] },
      dueDate: { kind: "date" },
      needsSignOff: { kind: "choices", values: ["yes"], max: 1 },
    },
    async readBack(_world, _caller, _input, outcome) {
      const item = await db.inductionItem.findUniqueOrThrow({ where: { id: String(dataOf(outcome).itemId) } });
      return { title: item.title, guidance: item.guidance, organisationId: item.organisationId };
    },
  },

  "app/(app)/hr/enrolments/[id]/actions.ts#removeItemAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return itemRef(await newItem(world));
    },
    crossTenant: (world) => theirItems(world, "remove", {}),
    fields: itemFields,
  },

  "app/(app)/me/reflections/actions.ts#writeReflectionAction": {
    type: "action",
    access: ["LEADER"],
    async validInput(world) {
      return { ...itemRef(await reflectionItem(world)), text: "Listening more than I talk is harder than I thought.", share: ["manager"] };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "write a reflection in organisation A's leader's induction", input: { ...itemRef(await reflectionItem(world)), text: "Mine now" } }];
    },
    fields: { ...itemFields, ...reflectionFields },
    async readBack(_world, _caller, input) {
      const reflection = await db.reflection.findFirstOrThrow({ where: { itemId: String(input.itemId) } });
      return { text: reflection.text, organisationId: reflection.organisationId };
    },
  },

  "app/(app)/me/reflections/actions.ts#editReflectionAction": {
    type: "action",
    access: ["LEADER"],
    async validInput(world) {
      return { reflectionId: (await leadersReflection(world)).id, text: "Second thoughts, a week later.", share: ["manager", "supporter"] };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "rewrite and share organisation A's leader's reflection", input: { reflectionId: (await leadersReflection(world)).id, text: "Rewritten", share: ["manager"] } }];
    },
    fields: { reflectionId: { kind: "id", of: "reflection" }, ...reflectionFields },
    async readBack(_world, _caller, input) {
      const reflection = await db.reflection.findUniqueOrThrow({ where: { id: String(input.reflectionId) } });
      return { text: reflection.text, organisationId: reflection.organisationId };
    },
  },
};
