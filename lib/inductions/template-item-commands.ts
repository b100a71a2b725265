import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/db/errors";
import { findBuiltInSection } from "./mindset-library";
import { mindsetItems } from "./mindset-items";
import { TEMPLATE_LIMITS } from "./template-limits";
import { auditTemplate, claimTemplate, findItem, findPhase, renumberItems, TEMPLATE_CONFLICT } from "./template-lock";
import { listCharterCompetencies } from "./template-queries";
import type { AddItemInput, AddMindsetSectionInput, Direction, ItemFieldsInput, UpdateItemInput } from "./template-schemas";

/** The items of an induction template (HR): add, edit, remove, reorder, and add a mindset section's worth at once. */

/**
 * A linked competency must be one the template's role's published charter requires. Checked
 * before the transaction (the embedded database has one connection, which the transaction holds);
 * the role it was checked against is compared again once the template is claimed.
 */
async function checkCompetency(organisationId: string, jobRoleId: string | null, competencyKey: string | undefined) {
  if (!competencyKey) return;
  const { competencies } = await listCharterCompetencies(organisationId, jobRoleId);
  if (!competencies.some((competency) => competency.key === competencyKey)) {
    throw new InvalidError({
      competencyKey: [jobRoleId ? "Choose a competency that the role's charter requires" : "Give the template a job role before linking items to competencies"],
    });
  }
}

function assertSameRole(checked: string | null, claimed: { jobRoleId: string | null }) {
  if (checked !== claimed.jobRoleId) throw new ConflictError(TEMPLATE_CONFLICT);
}

async function assertRoom(tx: Tx, organisationId: string, templateId: string, adding: number, field: string) {
  const count = await tx.templateItem.count({ where: { templateId, organisationId } });
  if (count + adding > TEMPLATE_LIMITS.items) {
    throw new InvalidError({ [field]: [`A template can hold at most ${TEMPLATE_LIMITS.items} items, and this one has ${count}`] });
  }
}

const itemData = (fields: ItemFieldsInput) => ({ ...fields, competencyKey: fields.competencyKey ?? null });

export async function addItem(actor: SessionPerson, input: AddItemInput) {
  const organisationId = actor.organisationId;
  const { phaseId, version, ...fields } = input;
  const phaseRole = await db.templatePhase.findFirst({ where: { id: phaseId, organisationId }, select: { template: { select: { jobRoleId: true } } } });
  if (!phaseRole) throw new NotFoundError("phase");
  await checkCompetency(organisationId, phaseRole.template.jobRoleId, fields.competencyKey);
  return db.$transaction(async (tx) => {
    const phase = await findPhase(tx, organisationId, phaseId);
    const template = await claimTemplate(tx, organisationId, phase.templateId, version);
    assertSameRole(phaseRole.template.jobRoleId, template);
    await assertRoom(tx, organisationId, template.id, 1, "title");
    const position = await tx.templateItem.count({ where: { phaseId, organisationId } });
    const item = await tx.templateItem.create({ data: { organisationId, templateId: template.id, phaseId, position, ...itemData(fields) }, select: { id: true } });
    await auditTemplate(tx, { organisationId, actorId: actor.id, templateId: template.id, action: "itemAdded", summary: `Added \u201c${fields.title}\u201d to ${phase.name} in ${template.name}` });
    return { id: item.id, templateId: template.id };
  });
}

/** Saves an item's fields; a different `phaseId` moves it to the end of that phase of the same template. */
export async function updateItem(actor: SessionPerson, input: UpdateItemInput) {
  const organisationId = actor.organisationId;
  const { itemId, version, phaseId, ...fields } = input;
  const checked = await db.templateItem.findFirst({ where: { id: itemId, organisationId }, select: { template: { select: { jobRoleId: true } } } });
  if (!checked) throw new NotFoundError("item");
  await checkCompetency(organisationId, checked.template.jobRoleId, fields.competencyKey);
  return db.$transaction(async (tx) => {
    const item = await findItem(tx, organisationId, itemId);
    const template = await claimTemplate(tx, organisationId, item.templateId, version);
    assertSameRole(checked.template.jobRoleId, template);
    let position = item.position;
    if (phaseId !== item.phaseId) {
      const target = await tx.templatePhase.findFirst({ where: { id: phaseId, organisationId, templateId: template.id }, select: { id: true } });
      if (!target) throw new InvalidError({ phaseId: ["Choose a phase of this template"] });
      position = await tx.templateItem.count({ where: { phaseId, organisationId } });
    }
    await tx.templateItem.update({ where: { id: item.id }, data: { ...itemData(fields), phaseId, position } });
    if (phaseId !== item.phaseId) await renumberItems(tx, item.phaseId);
    await auditTemplate(tx, { organisationId, actorId: actor.id, templateId: template.id, action: "itemUpdated", summary: `Edited \u201c${fields.title}\u201d in ${template.name}` });
    return { id: item.id, templateId: template.id };
  });
}

export async function removeItem(actor: SessionPerson, input: { itemId: string; version: number }) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const item = await findItem(tx, organisationId, input.itemId);
    const template = await claimTemplate(tx, organisationId, item.templateId, input.version);
    await tx.templateItem.delete({ where: { id: item.id } });
    await renumberItems(tx, item.phaseId);
    await auditTemplate(tx, { organisationId, actorId: actor.id, templateId: template.id, action: "itemRemoved", summary: `Removed \u201c${item.title}\u201d from ${template.name}` });
    return { templateId: template.id };
  });
}

export async function moveItem(actor: SessionPerson, input: { itemId: string; version: number; direction: Direction }) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const item = await findItem(tx, organisationId, input.itemId);
    const template = await claimTemplate(tx, organisationId, item.templateId, input.version);
    const siblings = await tx.templateItem.findMany({ where: { phaseId: item.phaseId, organisationId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
    const index = siblings.findIndex((sibling) => sibling.id === item.id);
    const neighbourIndex = input.direction === "up" ? index - 1 : index + 1;
    const neighbour = siblings[neighbourIndex];
    if (!neighbour) throw new ConflictError(`\u201c${item.title}\u201d is already ${input.direction === "up" ? "first" : "last"} in its phase.`);
    const order = siblings.map((sibling) => sibling.id);
    [order[index], order[neighbourIndex]] = [neighbour.id, item.id];
    for (const [position, id] of order.entries()) await tx.templateItem.update({ where: { id }, data: { position } });
    await auditTemplate(tx, { organisationId, actorId: actor.id, templateId: template.id, action: "itemMoved", summary: `Moved \u201c${item.title}\u201d ${input.direction} in ${template.name}` });
    return { id: item.id, templateId: template.id };
  });
}

/** Adds one practice item per practice and one reflection per prompt of a built-in or the organisation's own section. */
export async function addMindsetSection(actor: SessionPerson, input: AddMindsetSectionInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const phase = await findPhase(tx, organisationId, input.phaseId);
    const template = await claimTemplate(tx, organisationId, phase.templateId, input.version);
    const section =
      findBuiltInSection(input.section) ??
      (await tx.mindsetSection.findFirst({ where: { id: input.section, organisationId }, select: { title: true, summary: true, practices: true, prompts: true } }));
    if (!section) throw new InvalidError({ section: ["Choose a section from the library"] });
    const drafts = mindsetItems(section, input.dueOffsetDays);
    await assertRoom(tx, organisationId, template.id, drafts.length, "section");
    const start = await tx.templateItem.count({ where: { phaseId: phase.id, organisationId } });
    await tx.templateItem.createMany({
      data: drafts.map((draft, index) => ({ ...draft, organisationId, templateId: template.id, phaseId: phase.id, position: start + index })),
    });
    await auditTemplate(tx, {
      organisationId,
      actorId: actor.id,
      templateId: template.id,
      action: "mindsetSectionAdded",
      summary: `Added the mindset section \u201c${section.title}\u201d (${drafts.length} items) to ${phase.name} in ${template.name}`,
    });
    return { templateId: template.id, added: drafts.length };
  });
}
