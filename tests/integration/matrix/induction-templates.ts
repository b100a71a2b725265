import { db } from "@/lib/db/client";
import { ItemKind, ItemOwner } from "@/lib/db/generated/enums";
import { MINDSET_LIMITS, TEMPLATE_LIMITS } from "@/lib/inductions/template-limits";
import { buildCharter, buildFramework, buildInductionTemplate, buildJobRole, sampleCharter, uniqueSuffix } from "@/tests/factories";
import { HR, idFromRedirect, type CrossTenantCase, type FieldSpec, type FormInput, type MatrixEntry, type MatrixWorld } from "./core";

const FILE = "app/(app)/hr/inductions/actions.ts";
const LIBRARY_FILE = "app/(app)/hr/inductions/library/actions.ts";

const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

const templateFields = {
  name: { kind: "text", max: TEMPLATE_LIMITS.name, required: true },
  description: { kind: "text", max: TEMPLATE_LIMITS.description, required: false },
  jobRoleId: { kind: "reference", of: "jobRole" },
} as const satisfies Record<string, FieldSpec>;

const itemFields = {
  title: { kind: "text", max: TEMPLATE_LIMITS.title, required: true },
  guidance: { kind: "text", max: TEMPLATE_LIMITS.guidance, required: false },
  owner: { kind: "choice", values: Object.values(ItemOwner) },
  kind: { kind: "choice", values: Object.values(ItemKind) },
  // A whole number typed into a number box: stored as a number, read back as its text.
  dueOffsetDays: { kind: "text", max: 7, required: true },
  competencyKey: { kind: "reference", of: "competency" },
  needsSignOff: { kind: "choices", values: ["on"], max: 1 },
} as const satisfies Record<string, FieldSpec>;

const sectionFields = {
  title: { kind: "text", max: MINDSET_LIMITS.title, required: true },
  summary: { kind: "text", max: MINDSET_LIMITS.summary, required: false },
  practices: { kind: "text", max: MINDSET_LIMITS.entry, required: true, stored: (value: string) => lines(value).join("\n") },
  prompts: { kind: "text", max: MINDSET_LIMITS.entry, required: true, stored: (value: string) => lines(value).join("\n") },
} as const satisfies Record<string, FieldSpec>;

const rolesWithCharters = new WeakMap<MatrixWorld, Promise<{ jobRoleId: string; competencyKey: string }>>();

/** A job role of organisation A with a published charter, made once per world: items may link to its first required competency. */
function roleWithCharter(world: MatrixWorld) {
  let role = rolesWithCharters.get(world);
  if (!role) {
    role = (async () => {
      const framework = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
      const jobRole = await buildJobRole(db, world.organisation.id, { title: `Charter role ${uniqueSuffix()}` });
      const content = sampleCharter(framework.content);
      await buildCharter(db, world.organisation.id, { jobRoleId: jobRole.id, frameworkVersionId: framework.version.id, content, status: "PUBLISHED" });
      return { jobRoleId: jobRole.id, competencyKey: content.requirements[0]?.competencyKey ?? "" };
    })();
    rolesWithCharters.set(world, role);
  }
  return role;
}

/** A fresh template (version 1) with the default phases; the first phase holds `firstPhaseItems` items, the others one each. */
async function freshTemplate(organisationId: string, { jobRoleId = null as string | null, firstPhaseItems = 1 } = {}) {
  const { template, phases } = await buildInductionTemplate(db, organisationId, { jobRoleId, items: [Array.from({ length: firstPhaseItems }, () => ({}))] });
  const items = await db.templateItem.findMany({ where: { templateId: template.id }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  const firstPhase = phases[0]?.id ?? "";
  return { id: template.id, version: String(template.version), phaseIds: phases.map((phase) => phase.id), firstItems: items.filter((item) => item.phaseId === firstPhase) };
}

function itemInput(competencyKey: string): FormInput {
  return {
    title: "Meet the people whose work your team depends on",
    guidance: "Ask each of them what they need from the team this quarter.",
    owner: "ORGANISATION",
    kind: "TASK",
    dueOffsetDays: "14",
    competencyKey,
    needsSignOff: "on",
  };
}

async function readItem(id: string) {
  const item = await db.templateItem.findUniqueOrThrow({ where: { id } });
  return { title: item.title, guidance: item.guidance, dueOffsetDays: String(item.dueOffsetDays), organisationId: item.organisationId };
}

/** The item added last to a phase. */
async function lastItemOf(phaseId: string) {
  const item = await db.templateItem.findFirstOrThrow({ where: { phaseId }, orderBy: [{ position: "desc" }, { id: "desc" }], select: { id: true } });
  return readItem(item.id);
}

async function readSection(id: string) {
  const section = await db.mindsetSection.findUniqueOrThrow({ where: { id } });
  return { title: section.title, summary: section.summary, practices: section.practices.join("\n"), prompts: section.prompts.join("\n"), organisationId: section.organisationId };
}

function ownSection(organisationId: string) {
  return db.mindsetSection.create({
    data: { organisationId, title: `Section ${uniqueSuffix()}`, summary: "Why it matters", practices: ["Do one thing"], prompts: ["What did you learn?"] },
  });
}

function sectionInput(): FormInput {
  return {
    title: `Listening first ${uniqueSuffix()}`,
    summary: "Leaders who listen first hear what their team is not saying.",
    practices: "Ask two questions before giving an answer\nSummarise what you heard before replying",
    prompts: "When did you last change your mind after listening?\nWho do you interrupt most?",
  };
}

/** Induction templates and HR's own mindset sections: HR only. */
export const INDUCTION_TEMPLATE_ENTRIES: Record<string, MatrixEntry> = {
  [`${FILE}#createTemplateAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      return { name: `Induction ${uniqueSuffix()}`, description: "The first ninety days as a people leader", jobRoleId: world.leaderRole.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "make a template for organisation A's job role", input: { name: `Induction ${uniqueSuffix()}`, description: "", jobRoleId: world.leaderRole.id }, field: "jobRoleId" }];
    },
    fields: templateFields,
    async readBack(_world, _caller, _input, outcome) {
      const template = await db.inductionTemplate.findUniqueOrThrow({ where: { id: idFromRedirect(outcome, "/hr/inductions/") } });
      return { name: template.name, description: template.description, organisationId: template.organisationId };
    },
  },

  [`${FILE}#updateTemplateAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      const template = await freshTemplate(world.organisation.id);
      return { id: template.id, version: template.version, name: `Induction ${uniqueSuffix()}`, description: "Renamed", jobRoleId: world.leaderRole.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirs = await freshTemplate(world.organisation.id);
      const own = await freshTemplate(world.foreignOrganisation.id);
      return [
        { label: "edit organisation A's template", input: { id: theirs.id, version: theirs.version, name: `Induction ${uniqueSuffix()}`, description: "", jobRoleId: "" } },
        { label: "point their own template at organisation A's job role", input: { id: own.id, version: own.version, name: `Induction ${uniqueSuffix()}`, description: "", jobRoleId: world.leaderRole.id }, field: "jobRoleId" },
      ];
    },
    fields: { id: { kind: "id", of: "inductionTemplate" }, version: { kind: "version" }, ...templateFields },
    async readBack(_world, _caller, input) {
      const template = await db.inductionTemplate.findUniqueOrThrow({ where: { id: String(input.id) } });
      return { name: template.name, description: template.description, organisationId: template.organisationId };
    },
  },

  [`${FILE}#deleteTemplateAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      return { id: (await freshTemplate(world.organisation.id)).id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "delete organisation A's template", input: { id: (await freshTemplate(world.organisation.id)).id } }];
    },
    fields: { id: { kind: "id", of: "inductionTemplate" } },
  },

  [`${FILE}#addPhaseAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      const template = await freshTemplate(world.organisation.id);
      return { templateId: template.id, version: template.version, name: "Days 91–120" };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirs = await freshTemplate(world.organisation.id);
      return [{ label: "add a phase to organisation A's template", input: { templateId: theirs.id, version: theirs.version, name: "Extra" } }];
    },
    fields: { templateId: { kind: "id", of: "inductionTemplate" }, version: { kind: "version" }, name: { kind: "text", max: TEMPLATE_LIMITS.phaseName, required: true } },
    async readBack(_world, _caller, input) {
      const phase = await db.templatePhase.findFirstOrThrow({ where: { templateId: String(input.templateId) }, orderBy: [{ position: "desc" }, { id: "desc" }] });
      return { name: phase.name, organisationId: phase.organisationId };
    },
  },

  [`${FILE}#renamePhaseAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      const template = await freshTemplate(world.organisation.id);
      return { phaseId: template.phaseIds[1] ?? "", version: template.version, name: "The first month" };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirs = await freshTemplate(world.organisation.id);
      return [{ label: "rename a phase of organisation A's template", input: { phaseId: theirs.phaseIds[1] ?? "", version: theirs.version, name: "Renamed" } }];
    },
    fields: { phaseId: { kind: "id", of: "templatePhase" }, version: { kind: "version" }, name: { kind: "text", max: TEMPLATE_LIMITS.phaseName, required: true } },
    async readBack(_world, _caller, input) {
      const phase = await db.templatePhase.findUniqueOrThrow({ where: { id: String(input.phaseId) } });
      return { name: phase.name, organisationId: phase.organisationId };
    },
  },

  [`${FILE}#removePhaseAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      const template = await freshTemplate(world.organisation.id);
      return { phaseId: template.phaseIds[3] ?? "", version: template.version };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirs = await freshTemplate(world.organisation.id);
      return [{ label: "remove a phase of organisation A's template", input: { phaseId: theirs.phaseIds[3] ?? "", version: theirs.version } }];
    },
    fields: { phaseId: { kind: "id", of: "templatePhase" }, version: { kind: "version" } },
  },

  [`${FILE}#movePhaseAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      const template = await freshTemplate(world.organisation.id);
      return { phaseId: template.phaseIds[0] ?? "", version: template.version, direction: "down" };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirs = await freshTemplate(world.organisation.id);
      return [{ label: "reorder the phases of organisation A's template", input: { phaseId: theirs.phaseIds[0] ?? "", version: theirs.version, direction: "down" } }];
    },
    fields: { phaseId: { kind: "id", of: "templatePhase" }, version: { kind: "version" }, direction: { kind: "choice", values: ["up", "down"] } },
  },

  [`${FILE}#addItemAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      const role = await roleWithCharter(world);
      const template = await freshTemplate(world.organisation.id, { jobRoleId: role.jobRoleId });
      return { phaseId: template.phaseIds[1] ?? "", version: template.version, ...itemInput(role.competencyKey) };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const role = await roleWithCharter(world);
      const theirs = await freshTemplate(world.organisation.id, { jobRoleId: role.jobRoleId });
      const own = await freshTemplate(world.foreignOrganisation.id, { jobRoleId: world.foreignRole.id });
      return [
        { label: "add an item to organisation A's template", input: { phaseId: theirs.phaseIds[1] ?? "", version: theirs.version, ...itemInput("") } },
        { label: "link their own item to organisation A's competency", input: { phaseId: own.phaseIds[1] ?? "", version: own.version, ...itemInput(role.competencyKey) }, field: "competencyKey" },
      ];
    },
    fields: { phaseId: { kind: "id", of: "templatePhase" }, version: { kind: "version" }, ...itemFields },
    readBack: (_world, _caller, input) => lastItemOf(String(input.phaseId)),
  },

  [`${FILE}#updateItemAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      const role = await roleWithCharter(world);
      const template = await freshTemplate(world.organisation.id, { jobRoleId: role.jobRoleId });
      // Moves the item to the next phase as well.
      return { itemId: template.firstItems[0]?.id ?? "", version: template.version, phaseId: template.phaseIds[1] ?? "", ...itemInput(role.competencyKey) };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const role = await roleWithCharter(world);
      const theirs = await freshTemplate(world.organisation.id, { jobRoleId: role.jobRoleId });
      const own = await freshTemplate(world.foreignOrganisation.id, { jobRoleId: world.foreignRole.id });
      const ownItem = { itemId: own.firstItems[0]?.id ?? "", version: own.version };
      return [
        { label: "edit an item of organisation A's template", input: { itemId: theirs.firstItems[0]?.id ?? "", version: theirs.version, phaseId: theirs.phaseIds[0] ?? "", ...itemInput("") } },
        { label: "move their own item into organisation A's phase", input: { ...ownItem, phaseId: theirs.phaseIds[1] ?? "", ...itemInput("") }, field: "phaseId" },
        { label: "link their own item to organisation A's competency", input: { ...ownItem, phaseId: own.phaseIds[0] ?? "", ...itemInput(role.competencyKey) }, field: "competencyKey" },
      ];
    },
    fields: { itemId: { kind: "id", of: "templateItem" }, version: { kind: "version" }, phaseId: { kind: "id", of: "templatePhase" }, ...itemFields },
    readBack: (_world, _caller, input) => readItem(String(input.itemId)),
  },

  [`${FILE}#removeItemAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      const template = await freshTemplate(world.organisation.id, { firstPhaseItems: 2 });
      return { itemId: template.firstItems[0]?.id ?? "", version: template.version };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirs = await freshTemplate(world.organisation.id);
      return [{ label: "remove an item of organisation A's template", input: { itemId: theirs.firstItems[0]?.id ?? "", version: theirs.version } }];
    },
    fields: { itemId: { kind: "id", of: "templateItem" }, version: { kind: "version" } },
  },

  [`${FILE}#moveItemAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      const template = await freshTemplate(world.organisation.id, { firstPhaseItems: 2 });
      return { itemId: template.firstItems[0]?.id ?? "", version: template.version, direction: "down" };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirs = await freshTemplate(world.organisation.id, { firstPhaseItems: 2 });
      return [{ label: "reorder the items of organisation A's template", input: { itemId: theirs.firstItems[0]?.id ?? "", version: theirs.version, direction: "down" } }];
    },
    fields: { itemId: { kind: "id", of: "templateItem" }, version: { kind: "version" }, direction: { kind: "choice", values: ["up", "down"] } },
  },

  [`${FILE}#addMindsetSectionAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      const template = await freshTemplate(world.organisation.id);
      return { phaseId: template.phaseIds[1] ?? "", version: template.version, section: "credibility", dueOffsetDays: "21" };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirs = await freshTemplate(world.organisation.id);
      const own = await freshTemplate(world.foreignOrganisation.id);
      const theirSection = await ownSection(world.organisation.id);
      return [
        { label: "add a section to organisation A's template", input: { phaseId: theirs.phaseIds[1] ?? "", version: theirs.version, section: "credibility", dueOffsetDays: "21" } },
        { label: "copy organisation A's own section into their template", input: { phaseId: own.phaseIds[1] ?? "", version: own.version, section: theirSection.id, dueOffsetDays: "21" }, field: "section" },
      ];
    },
    fields: { phaseId: { kind: "id", of: "templatePhase" }, version: { kind: "version" }, section: { kind: "id", of: "mindsetSection" }, dueOffsetDays: itemFields.dueOffsetDays },
    async readBack(_world, _caller, input) {
      const { dueOffsetDays, organisationId } = await lastItemOf(String(input.phaseId));
      return { dueOffsetDays, organisationId };
    },
  },

  [`${LIBRARY_FILE}#createMindsetSectionAction`]: {
    type: "action",
    access: HR,
    validInput: async () => sectionInput(),
    crossTenant: { selfScoped: "Writes a new section into the caller's own organisation; the input names no record." },
    fields: sectionFields,
    async readBack(world) {
      // The action redirects to the library, so the section it wrote is the organisation's newest.
      const section = await db.mindsetSection.findFirstOrThrow({ where: { organisationId: world.organisation.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
      return readSection(section.id);
    },
  },

  [`${LIBRARY_FILE}#updateMindsetSectionAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      const section = await ownSection(world.organisation.id);
      return { id: section.id, savedAt: section.updatedAt.toISOString(), ...sectionInput() };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const section = await ownSection(world.organisation.id);
      return [{ label: "rewrite organisation A's mindset section", input: { id: section.id, savedAt: section.updatedAt.toISOString(), ...sectionInput() } }];
    },
    fields: { id: { kind: "id", of: "mindsetSection" }, savedAt: { kind: "timestamp" }, ...sectionFields },
    readBack: (_world, _caller, input) => readSection(String(input.id)),
  },

  [`${LIBRARY_FILE}#deleteMindsetSectionAction`]: {
    type: "action",
    access: HR,
    async validInput(world) {
      return { id: (await ownSection(world.organisation.id)).id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "delete organisation A's mindset section", input: { id: (await ownSection(world.organisation.id)).id } }];
    },
    fields: { id: { kind: "id", of: "mindsetSection" } },
  },
};
