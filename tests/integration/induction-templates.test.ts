import { describe, expect, it } from "vitest";
import {
  addItemAction,
  addMindsetSectionAction,
  addPhaseAction,
  createTemplateAction,
  deleteTemplateAction,
  moveItemAction,
  movePhaseAction,
  removeItemAction,
  removePhaseAction,
  renamePhaseAction,
  updateItemAction,
  updateTemplateAction,
} from "@/app/(app)/hr/inductions/actions";
import { createMindsetSectionAction, deleteMindsetSectionAction, updateMindsetSectionAction } from "@/app/(app)/hr/inductions/library/actions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import { findBuiltInSection } from "@/lib/inductions/mindset-library";
import { getMindsetSection, listMindsetSections } from "@/lib/inductions/mindset-queries";
import { DEFAULT_PHASES } from "@/lib/inductions/template-copy";
import { getTemplateEditor, listCharterCompetencies, listTemplates } from "@/lib/inductions/template-queries";
import { refusal, succeeded, type Outcome } from "@/tests/support/action-outcome";
import { changes, snapshotDatabase } from "@/tests/support/database-snapshot";
import { signInAs } from "@/tests/support/session";
import { buildCharter, buildFramework, buildInduction, buildInductionTemplate, buildJobRole, sampleCharter } from "@/tests/factories";
import { buildWorld } from "@/tests/support/world";
import { call, type Action } from "./framework-helpers";

/** HR admin of a fresh world, signed in; the leader role has a published charter requiring three competencies. */
async function templateWorld() {
  const world = await buildWorld();
  const framework = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
  const charter = sampleCharter(framework.content);
  await buildCharter(db, world.organisation.id, { jobRoleId: world.leaderRole.id, frameworkVersionId: framework.version.id, content: charter, status: "PUBLISHED" });
  signInAs(world.hr);
  return { world, required: charter.requirements.map((requirement) => requirement.competencyKey), framework };
}

function createdId(outcome: Outcome): string {
  if (outcome.kind !== "redirect") throw new Error(`Expected a redirect, got ${JSON.stringify(outcome)}`);
  return /^\/hr\/inductions\/([^/?]+)\?created=1$/.exec(outcome.location)?.[1] ?? "";
}

async function createTemplate(input: Record<string, unknown>) {
  const outcome = await call(createTemplateAction as Action, { description: "", jobRoleId: "", ...input });
  return createdId(outcome);
}

const editor = (organisationId: string, id: string) => getTemplateEditor(organisationId, id);
const phaseNames = async (organisationId: string, id: string) => (await editor(organisationId, id)).phases.map((phase) => phase.name);
const itemTitles = async (phaseId: string) => (await db.templateItem.findMany({ where: { phaseId }, orderBy: { position: "asc" } })).map((item) => item.title);
const positions = async (phaseId: string) => (await db.templateItem.findMany({ where: { phaseId }, orderBy: { position: "asc" } })).map((item) => item.position);

function item(overrides: Record<string, unknown> = {}) {
  return { title: "An item", guidance: "", owner: "INDIVIDUAL", kind: "TASK", dueOffsetDays: "7", competencyKey: "", ...overrides };
}

async function history(organisationId: string, templateId: string) {
  const events = await db.auditEvent.findMany({ where: { organisationId, entityType: "InductionTemplate", entityId: templateId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return events.map((event) => event.action);
}

describe("induction templates", () => {
  it("HR creates a template for a role; it starts with the default phases and is audited", async () => {
    const { world } = await templateWorld();
    const id = await createTemplate({ name: "  Engineering Manager induction ", description: "The first ninety days", jobRoleId: world.leaderRole.id });
    const template = await editor(world.organisation.id, id);
    expect(template).toMatchObject({ name: "Engineering Manager induction", description: "The first ninety days", version: 1, jobRoleId: world.leaderRole.id, inductions: 0, hasCharter: true });
    expect(template.phases.map((phase) => [phase.name, phase.position])).toEqual(DEFAULT_PHASES.map((phase, position) => [phase.name, position]));
    expect(template.phases.every((phase) => phase.items.length === 0)).toBe(true);
    expect(await history(world.organisation.id, id)).toEqual(["inductionTemplate.created"]);

    const taken = refusal(await call(createTemplateAction as Action, { name: "Engineering Manager induction", description: "", jobRoleId: "" }));
    expect(taken?.fieldErrors?.name).toEqual(["Your organisation already has a template with this name"]);
  });

  it("edits the details; a stale version is a conflict and changes nothing", async () => {
    const { world } = await templateWorld();
    const id = await createTemplate({ name: "Draft induction" });
    expect(succeeded(await call(updateTemplateAction as Action, { id, version: 1, name: "Leader induction", description: "Updated", jobRoleId: world.leaderRole.id }))).toBe(true);
    expect(await editor(world.organisation.id, id)).toMatchObject({ name: "Leader induction", description: "Updated", version: 2, jobRoleId: world.leaderRole.id });

    const before = await snapshotDatabase();
    const stale = refusal(await call(updateTemplateAction as Action, { id, version: 1, name: "Overwritten", description: "", jobRoleId: "" }));
    expect(stale?.message).toMatch(/^Someone else changed this template while you were editing it/);
    expect(changes(before, await snapshotDatabase())).toEqual([]);

    const foreignRole = refusal(await call(updateTemplateAction as Action, { id, version: 2, name: "Leader induction", description: "", jobRoleId: world.foreignRole.id }));
    expect(foreignRole?.fieldErrors).toEqual({ jobRoleId: ["Choose a job role from the list"] });
  });

  it("two editors of one version: the first change lands, the second is refused whatever it touches", async () => {
    const { world } = await templateWorld();
    const id = await createTemplate({ name: "Shared induction" });
    const [first, second] = (await editor(world.organisation.id, id)).phases;
    expect(succeeded(await call(addItemAction as Action, { phaseId: first?.id, version: 1, ...item({ title: "Editor one's item" }) }))).toBe(true);
    const before = await snapshotDatabase();
    for (const [action, input] of [
      [renamePhaseAction, { phaseId: second?.id, version: 1, name: "Editor two's name" }],
      [addItemAction, { phaseId: second?.id, version: 1, ...item({ title: "Editor two's item" }) }],
      [movePhaseAction, { phaseId: first?.id, version: 1, direction: "down" }],
      [addMindsetSectionAction, { phaseId: second?.id, version: 1, section: "credibility", dueOffsetDays: "30" }],
    ] as const) {
      expect(refusal(await call(action as Action, input))?.message).toMatch(/^Someone else changed this template/);
    }
    expect(changes(before, await snapshotDatabase())).toEqual([]);
  });

  it("deleting a template leaves the inductions copied from it as they are", async () => {
    const { world } = await templateWorld();
    const { template } = await buildInductionTemplate(db, world.organisation.id, { jobRoleId: world.leaderRole.id });
    const induction = await buildInduction(db, world.organisation.id, { personId: world.leader.id, jobRoleId: world.leaderRole.id, templateId: template.id, startDate: "2026-03-02" });
    const itemsBefore = await db.inductionItem.count({ where: { inductionId: induction.id } });

    expect(await call(deleteTemplateAction as Action, { id: template.id })).toEqual({ kind: "redirect", location: "/hr/inductions?deleted=1" });
    await expect(editor(world.organisation.id, template.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.induction.findUniqueOrThrow({ where: { id: induction.id } })).toMatchObject({ templateId: null, status: "ACTIVE" });
    expect(await db.inductionItem.count({ where: { inductionId: induction.id } })).toBe(itemsBefore);
    expect(await history(world.organisation.id, template.id)).toEqual(["inductionTemplate.deleted"]);
  });
});

describe("phases", () => {
  it("adds, renames, reorders and removes phases, keeping positions in order", async () => {
    const { world } = await templateWorld();
    const id = await createTemplate({ name: "Phased induction" });
    expect(succeeded(await call(addPhaseAction as Action, { templateId: id, version: 1, name: "Days 91–120" }))).toBe(true);
    let phases = (await editor(world.organisation.id, id)).phases;
    expect(succeeded(await call(renamePhaseAction as Action, { phaseId: phases[0]?.id, version: 2, name: "Before day one" }))).toBe(true);
    expect(succeeded(await call(movePhaseAction as Action, { phaseId: phases[4]?.id, version: 3, direction: "up" }))).toBe(true);
    expect(await phaseNames(world.organisation.id, id)).toEqual(["Before day one", "First 30 days", "Days 31–60", "Days 91–120", "Days 61–90"]);

    await call(addItemAction as Action, { phaseId: phases[1]?.id, version: 4, ...item() });
    expect(succeeded(await call(removePhaseAction as Action, { phaseId: phases[1]?.id, version: 5 }))).toBe(true);
    phases = (await editor(world.organisation.id, id)).phases;
    expect(phases.map((phase) => [phase.name, phase.position])).toEqual([
      ["Before day one", 0],
      ["Days 31–60", 1],
      ["Days 91–120", 2],
      ["Days 61–90", 3],
    ]);
    expect(await db.templateItem.count({ where: { templateId: id } })).toBe(0);

    const edge = refusal(await call(movePhaseAction as Action, { phaseId: phases[0]?.id, version: 6, direction: "up" }));
    expect(edge?.message).toBe("Before day one is already the first phase.");
    expect(await history(world.organisation.id, id)).toEqual([
      "inductionTemplate.created",
      "inductionTemplate.phaseAdded",
      "inductionTemplate.phaseRenamed",
      "inductionTemplate.phaseMoved",
      "inductionTemplate.itemAdded",
      "inductionTemplate.phaseRemoved",
    ]);
  });

  it("keeps at least one phase and at most twelve", async () => {
    const { world } = await templateWorld();
    const id = await createTemplate({ name: "Small induction" });
    let version = 1;
    for (const phase of (await editor(world.organisation.id, id)).phases.slice(1)) {
      expect(succeeded(await call(removePhaseAction as Action, { phaseId: phase.id, version: version++ }))).toBe(true);
    }
    const [last] = (await editor(world.organisation.id, id)).phases;
    expect(refusal(await call(removePhaseAction as Action, { phaseId: last?.id, version }))?.message).toMatch(/^A template needs at least one phase/);
    for (let count = 1; count < 12; count++) expect(succeeded(await call(addPhaseAction as Action, { templateId: id, version: version++, name: `Phase ${count}` }))).toBe(true);
    expect(refusal(await call(addPhaseAction as Action, { templateId: id, version, name: "One too many" }))?.fieldErrors?.name).toEqual(["A template can have at most 12 phases"]);
  });
});

describe("items", () => {
  it("adds items with an owner, a due offset before or after the start, a competency from the charter and sign-off", async () => {
    const { world, required } = await templateWorld();
    const id = await createTemplate({ name: "Item induction", jobRoleId: world.leaderRole.id });
    const [before, first] = (await editor(world.organisation.id, id)).phases;
    const added = await call(addItemAction as Action, {
      phaseId: before?.id,
      version: 1,
      ...item({ title: "Set up the team's access", guidance: "Accounts, rotas and budgets.", owner: "ORGANISATION", dueOffsetDays: "-3", competencyKey: required[0], needsSignOff: "on" }),
    });
    expect(succeeded(added)).toBe(true);
    await call(addItemAction as Action, { phaseId: first?.id, version: 2, ...item({ title: "First one-to-ones", owner: "INDIVIDUAL", kind: "CONVERSATION", dueOffsetDays: "0" }) });
    const template = await editor(world.organisation.id, id);
    expect(template.phases[0]?.items).toEqual([
      expect.objectContaining({ title: "Set up the team's access", owner: "ORGANISATION", kind: "TASK", dueOffsetDays: -3, competencyKey: required[0], needsSignOff: true, position: 0 }),
    ]);
    expect(template.phases[1]?.items).toEqual([expect.objectContaining({ title: "First one-to-ones", kind: "CONVERSATION", dueOffsetDays: 0, competencyKey: null, needsSignOff: false })]);
    expect(template.competencies.map((competency) => competency.key)).toEqual(expect.arrayContaining(required));
    expect(template.competencies).toHaveLength(required.length);
  });

  it("links items only to competencies the role's published charter requires", async () => {
    const { world, framework, required } = await templateWorld();
    const notRequired = framework.content.clusters.flatMap((cluster) => cluster.competencies).find((competency) => !required.includes(competency.key));
    const withRole = await createTemplate({ name: "Linked induction", jobRoleId: world.leaderRole.id });
    const withoutRole = await createTemplate({ name: "Unlinked induction" });
    const phaseOf = async (id: string) => (await editor(world.organisation.id, id)).phases[0]?.id;
    const before = await snapshotDatabase();
    const outside = refusal(await call(addItemAction as Action, { phaseId: await phaseOf(withRole), version: 1, ...item({ competencyKey: notRequired?.key }) }));
    expect(outside?.fieldErrors).toEqual({ competencyKey: ["Choose a competency that the role's charter requires"] });
    const noRole = refusal(await call(addItemAction as Action, { phaseId: await phaseOf(withoutRole), version: 1, ...item({ competencyKey: required[0] }) }));
    expect(noRole?.fieldErrors).toEqual({ competencyKey: ["Give the template a job role before linking items to competencies"] });
    expect(changes(before, await snapshotDatabase())).toEqual([]);
  });

  it("edits an item, moves it to another phase, reorders and removes items", async () => {
    const { world } = await templateWorld();
    const id = await createTemplate({ name: "Ordered induction" });
    const [one, two] = (await editor(world.organisation.id, id)).phases;
    let version = 1;
    for (const title of ["A", "B", "C"]) await call(addItemAction as Action, { phaseId: one?.id, version: version++, ...item({ title }) });
    const [a, b, c] = await db.templateItem.findMany({ where: { phaseId: one?.id }, orderBy: { position: "asc" } });

    expect(succeeded(await call(moveItemAction as Action, { itemId: c?.id, version: version++, direction: "up" }))).toBe(true);
    expect(await itemTitles(one?.id ?? "")).toEqual(["A", "C", "B"]);
    expect(refusal(await call(moveItemAction as Action, { itemId: a?.id, version, direction: "up" }))?.message).toBe("\u201cA\u201d is already first in its phase.");

    const edited = await call(updateItemAction as Action, { itemId: a?.id, version: version++, phaseId: two?.id, ...item({ title: "A, later", owner: "MANAGER", dueOffsetDays: "30", needsSignOff: "on" }) });
    expect(succeeded(edited)).toBe(true);
    expect(await itemTitles(one?.id ?? "")).toEqual(["C", "B"]);
    expect(await positions(one?.id ?? "")).toEqual([0, 1]);
    expect(await db.templateItem.findUniqueOrThrow({ where: { id: a?.id } })).toMatchObject({ phaseId: two?.id, title: "A, later", owner: "MANAGER", dueOffsetDays: 30, needsSignOff: true, position: 0 });

    const otherTemplate = await buildInductionTemplate(db, world.organisation.id);
    const elsewhere = refusal(await call(updateItemAction as Action, { itemId: b?.id, version, phaseId: otherTemplate.phases[0]?.id, ...item() }));
    expect(elsewhere?.fieldErrors).toEqual({ phaseId: ["Choose a phase of this template"] });

    expect(succeeded(await call(removeItemAction as Action, { itemId: c?.id, version: version++ }))).toBe(true);
    expect(await itemTitles(one?.id ?? "")).toEqual(["B"]);
    expect(await positions(one?.id ?? "")).toEqual([0]);
  });

  it("refuses days outside the allowed range and numbers written oddly", async () => {
    const { world } = await templateWorld();
    const id = await createTemplate({ name: "Dated induction" });
    const phaseId = (await editor(world.organisation.id, id)).phases[0]?.id;
    for (const [days, message] of [
      ["-366", "Choose a day no more than 365 days before the start date"],
      ["731", "Choose a day no more than 730 days after the start date"],
      ["1.5", "Enter a whole number of days, such as 14, or -7 for a week before the start date"],
      ["007", "Enter a whole number of days, such as 14, or -7 for a week before the start date"],
      ["", "Enter the number of days from the start date"],
    ]) {
      expect(refusal(await call(addItemAction as Action, { phaseId, version: 1, ...item({ dueOffsetDays: days }) }))?.fieldErrors?.dueOffsetDays, days).toEqual([message]);
    }
    expect(succeeded(await call(addItemAction as Action, { phaseId, version: 1, ...item({ dueOffsetDays: " -365 " }) }))).toBe(true);
  });
});

describe("mindset sections", () => {
  it("adding a built-in section makes a practice item per practice and a reflection per prompt, after the phase's items", async () => {
    const { world } = await templateWorld();
    const id = await createTemplate({ name: "Mindful induction" });
    const phaseId = (await editor(world.organisation.id, id)).phases[1]?.id ?? "";
    await call(addItemAction as Action, { phaseId, version: 1, ...item({ title: "Already here", owner: "HR" }) });
    const outcome = await call(addMindsetSectionAction as Action, { phaseId, version: 2, section: "organisational-capacity", dueOffsetDays: "45" });
    const section = findBuiltInSection("organisational-capacity");
    expect(outcome).toMatchObject({ kind: "result", value: { ok: true, message: `Added ${(section?.practices.length ?? 0) + (section?.prompts.length ?? 0)} items from the mindset section.` } });
    const items = await db.templateItem.findMany({ where: { phaseId }, orderBy: { position: "asc" } });
    expect(items.map((row) => [row.position, row.kind, row.title])).toEqual([
      [0, "TASK", "Already here"],
      ...(section?.practices ?? []).map((practice, index) => [index + 1, "MINDSET_PRACTICE", practice]),
      ...(section?.prompts ?? []).map((prompt, index) => [index + 1 + (section?.practices.length ?? 0), "REFLECTION", prompt]),
    ]);
    expect(items.slice(1).every((row) => row.owner === "INDIVIDUAL" && row.dueOffsetDays === 45 && !row.needsSignOff)).toBe(true);
    expect((await listTemplates(world.organisation.id)).find((template) => template.id === id)?.split).toEqual({
      individual: items.length - 1,
      organisation: 1,
      byOwner: { INDIVIDUAL: items.length - 1, MANAGER: 0, HR: 1, ORGANISATION: 0 },
    });
  });

  it("HR writes, edits and deletes their own sections and adds them to templates the same way", async () => {
    const { world } = await templateWorld();
    const created = await call(createMindsetSectionAction as Action, {
      title: "Listening first",
      summary: "Hear the team before you speak.",
      practices: " Ask two questions before answering \n\n Summarise what you heard ",
      prompts: "Who do you interrupt most?",
    });
    expect(created).toEqual({ kind: "redirect", location: "/hr/inductions/library?saved=1" });
    const [section] = await listMindsetSections(world.organisation.id);
    expect(section).toMatchObject({ title: "Listening first", practices: ["Ask two questions before answering", "Summarise what you heard"], prompts: ["Who do you interrupt most?"] });

    const id = await createTemplate({ name: "Own-section induction" });
    const phaseId = (await editor(world.organisation.id, id)).phases[0]?.id ?? "";
    expect(succeeded(await call(addMindsetSectionAction as Action, { phaseId, version: 1, section: section?.id, dueOffsetDays: "-2" }))).toBe(true);
    expect(await itemTitles(phaseId)).toEqual(["Ask two questions before answering", "Summarise what you heard", "Who do you interrupt most?"]);

    const savedAt = section?.updatedAt.toISOString();
    const edit = { id: section?.id, title: "Listening first", summary: "", practices: "Only one practice now", prompts: "A new question?" };
    expect(succeeded(await call(updateMindsetSectionAction as Action, { ...edit, savedAt }))).toBe(true);
    const stale = refusal(await call(updateMindsetSectionAction as Action, { ...edit, practices: "Overwrite", savedAt }));
    expect(stale?.message).toMatch(/^Someone else saved this section/);
    expect((await getMindsetSection(world.organisation.id, section?.id ?? "")).practices).toEqual(["Only one practice now"]);

    // The template keeps its copy whatever happens to the section.
    expect(await call(deleteMindsetSectionAction as Action, { id: section?.id })).toEqual({ kind: "redirect", location: "/hr/inductions/library?deleted=1" });
    expect(await listMindsetSections(world.organisation.id)).toEqual([]);
    expect(await itemTitles(phaseId)).toHaveLength(3);
  });

  it("refuses a section that is not in the library, or is another organisation's", async () => {
    const { world } = await templateWorld();
    const id = await createTemplate({ name: "Guarded induction" });
    const phaseId = (await editor(world.organisation.id, id)).phases[0]?.id ?? "";
    const theirs = await db.mindsetSection.create({ data: { organisationId: world.foreignOrganisation.id, title: "Theirs", practices: ["Theirs"], prompts: ["Theirs?"] } });
    const before = await snapshotDatabase();
    for (const section of ["not-a-section", theirs.id]) {
      expect(refusal(await call(addMindsetSectionAction as Action, { phaseId, version: 1, section, dueOffsetDays: "0" }))?.fieldErrors).toEqual({ section: ["Choose a section from the library"] });
    }
    expect(changes(before, await snapshotDatabase())).toEqual([]);
  });

  it("a section title is unique in the organisation, and each needs a practice and a prompt", async () => {
    await templateWorld();
    const section = { title: "Courage", summary: "", practices: "Say the hard thing kindly", prompts: "What did you avoid saying?" };
    expect(succeeded(await call(createMindsetSectionAction as Action, section))).toBe(true);
    expect(refusal(await call(createMindsetSectionAction as Action, section))?.fieldErrors).toEqual({ title: ["Your organisation already has a mindset section with this title"] });
    expect(refusal(await call(createMindsetSectionAction as Action, { ...section, title: "Empty", practices: " \n ", prompts: "" }))?.fieldErrors).toEqual({
      practices: ["Write at least one practice"],
      prompts: ["Write at least one reflection prompt"],
    });
  });
});

describe("template reads are scoped to the organisation", () => {
  it("lists, opens and offers competencies only from the caller's organisation", async () => {
    const { world } = await templateWorld();
    const A = world.organisation.id;
    const B = world.foreignOrganisation.id;
    const own = await buildInductionTemplate(db, A, { jobRoleId: world.leaderRole.id, items: [[{ owner: "MANAGER", needsSignOff: true }, {}]] });
    const foreignFramework = await buildFramework(db, B, { status: "PUBLISHED" });
    await buildCharter(db, B, { jobRoleId: world.foreignRole.id, frameworkVersionId: foreignFramework.version.id, content: sampleCharter(foreignFramework.content), status: "PUBLISHED" });
    const foreign = await buildInductionTemplate(db, B, { jobRoleId: world.foreignRole.id });
    const foreignSection = await db.mindsetSection.create({ data: { organisationId: B, title: "Theirs", practices: ["Theirs"], prompts: ["Theirs?"] } });
    await db.mindsetSection.create({ data: { organisationId: A, title: "Ours", practices: ["Ours"], prompts: ["Ours?"] } });

    const listed = await listTemplates(A);
    expect(listed.map((template) => template.id)).toEqual([own.template.id]);
    expect(listed[0]).toMatchObject({ phases: 4, items: 5, split: { individual: 4, organisation: 1 }, jobRole: { title: "Engineering Manager" } });

    await expect(getTemplateEditor(A, foreign.template.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getTemplateEditor(B, foreign.template.id)).hasCharter).toBe(true);
    expect(await listCharterCompetencies(A, world.foreignRole.id)).toEqual({ hasCharter: false, competencies: [] });

    expect((await listMindsetSections(A)).map((section) => section.title)).toEqual(["Ours"]);
    await expect(getMindsetSection(A, foreignSection.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("an item of another organisation's template cannot be read through one's own", async () => {
    const { world } = await templateWorld();
    const role = await buildJobRole(db, world.organisation.id);
    const own = await buildInductionTemplate(db, world.organisation.id, { jobRoleId: role.id });
    // A foreign row pointed at A's template by mistake must still not show (every nested read filters by organisation).
    await db.templateItem.create({
      data: { organisationId: world.foreignOrganisation.id, templateId: own.template.id, phaseId: own.phases[0]?.id ?? "", position: 9, title: "Stray", owner: "HR", kind: "TASK", dueOffsetDays: 0 },
    });
    const template = await getTemplateEditor(world.organisation.id, own.template.id);
    expect(template.phases.flatMap((phase) => phase.items.map((row) => row.title))).not.toContain("Stray");
    expect((await listTemplates(world.organisation.id)).find((row) => row.id === own.template.id)?.items).toBe(4);
  });
});
