import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/db/errors";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { DEFAULT_PHASES } from "./template-copy";
import { TEMPLATE_LIMITS } from "./template-limits";
import { auditTemplate, claimTemplate, findPhase, renumberPhases } from "./template-lock";
import type { Direction, TemplateDetailsInput, UpdateTemplateInput } from "./template-schemas";

/** Induction templates and their phases (HR). Items live in template-item-commands.ts. */

const NAME_TAKEN = new InvalidError({ name: ["Your organisation already has a template with this name"] });

async function assertJobRole(tx: Tx, organisationId: string, jobRoleId: string | undefined) {
  if (!jobRoleId) return;
  const role = await tx.jobRole.findFirst({ where: { id: jobRoleId, organisationId }, select: { id: true } });
  if (!role) throw new InvalidError({ jobRoleId: ["Choose a job role from the list"] });
}

export async function createTemplate(actor: SessionPerson, input: TemplateDetailsInput) {
  const organisationId = actor.organisationId;
  try {
    return await db.$transaction(async (tx) => {
      await assertJobRole(tx, organisationId, input.jobRoleId);
      const template = await tx.inductionTemplate.create({
        data: {
          organisationId,
          name: input.name,
          description: input.description,
          jobRoleId: input.jobRoleId ?? null,
          phases: { create: DEFAULT_PHASES.map((phase, position) => ({ organisationId, name: phase.name, position })) },
        },
        select: { id: true, name: true },
      });
      await auditTemplate(tx, { organisationId, actorId: actor.id, templateId: template.id, action: "created", summary: `Created the induction template ${template.name}` });
      return template;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? NAME_TAKEN : error;
  }
}

export async function updateTemplate(actor: SessionPerson, input: UpdateTemplateInput) {
  const organisationId = actor.organisationId;
  const { id, version, ...fields } = input;
  try {
    return await db.$transaction(async (tx) => {
      await claimTemplate(tx, organisationId, id, version);
      await assertJobRole(tx, organisationId, fields.jobRoleId);
      await tx.inductionTemplate.update({ where: { id }, data: { ...fields, jobRoleId: fields.jobRoleId ?? null } });
      await auditTemplate(tx, {
        organisationId,
        actorId: actor.id,
        templateId: id,
        action: "updated",
        summary: `Updated the details of the induction template ${fields.name}`,
        details: { name: fields.name, jobRoleId: fields.jobRoleId ?? null },
      });
      return { id };
    });
  } catch (error) {
    throw isUniqueViolation(error) ? NAME_TAKEN : error;
  }
}

/** Inductions are copies, so deleting a template leaves every induction made from it as it is. */
export async function deleteTemplate(actor: SessionPerson, id: string) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const template = await tx.inductionTemplate.findFirst({ where: { id, organisationId }, select: { id: true, name: true } });
    if (!template) throw new NotFoundError("induction template");
    // deleteMany: a delete that arrived at the same moment may have removed it already.
    if ((await tx.inductionTemplate.deleteMany({ where: { id, organisationId } })).count === 0) throw new NotFoundError("induction template");
    await auditTemplate(tx, { organisationId, actorId: actor.id, templateId: id, action: "deleted", summary: `Deleted the induction template ${template.name}` });
    return { id };
  });
}

export async function addPhase(actor: SessionPerson, input: { templateId: string; version: number; name: string }) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const template = await claimTemplate(tx, organisationId, input.templateId, input.version);
    const count = await tx.templatePhase.count({ where: { templateId: template.id, organisationId } });
    if (count >= TEMPLATE_LIMITS.phases) throw new InvalidError({ name: [`A template can have at most ${TEMPLATE_LIMITS.phases} phases`] });
    const phase = await tx.templatePhase.create({ data: { organisationId, templateId: template.id, name: input.name, position: count }, select: { id: true } });
    await auditTemplate(tx, { organisationId, actorId: actor.id, templateId: template.id, action: "phaseAdded", summary: `Added the phase ${input.name} to ${template.name}` });
    return { id: phase.id, templateId: template.id };
  });
}

export async function renamePhase(actor: SessionPerson, input: { phaseId: string; version: number; name: string }) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const phase = await findPhase(tx, organisationId, input.phaseId);
    const template = await claimTemplate(tx, organisationId, phase.templateId, input.version);
    await tx.templatePhase.update({ where: { id: phase.id }, data: { name: input.name } });
    await auditTemplate(tx, {
      organisationId,
      actorId: actor.id,
      templateId: template.id,
      action: "phaseRenamed",
      summary: `Renamed the phase ${phase.name} of ${template.name} to ${input.name}`,
    });
    return { templateId: template.id };
  });
}

/** Removes a phase with its items; a template keeps at least one phase. */
export async function removePhase(actor: SessionPerson, input: { phaseId: string; version: number }) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const phase = await findPhase(tx, organisationId, input.phaseId);
    const template = await claimTemplate(tx, organisationId, phase.templateId, input.version);
    const count = await tx.templatePhase.count({ where: { templateId: template.id, organisationId } });
    if (count <= 1) throw new ConflictError("A template needs at least one phase. Add another phase before removing this one.");
    const { count: items } = await tx.templateItem.deleteMany({ where: { phaseId: phase.id, organisationId } });
    await tx.templatePhase.delete({ where: { id: phase.id } });
    await renumberPhases(tx, template.id);
    await auditTemplate(tx, {
      organisationId,
      actorId: actor.id,
      templateId: template.id,
      action: "phaseRemoved",
      summary: `Removed the phase ${phase.name} (${items} ${items === 1 ? "item" : "items"}) from ${template.name}`,
    });
    return { templateId: template.id };
  });
}

export async function movePhase(actor: SessionPerson, input: { phaseId: string; version: number; direction: Direction }) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const phase = await findPhase(tx, organisationId, input.phaseId);
    const template = await claimTemplate(tx, organisationId, phase.templateId, input.version);
    const phases = await tx.templatePhase.findMany({ where: { templateId: template.id, organisationId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
    const index = phases.findIndex((candidate) => candidate.id === phase.id);
    const neighbour = phases[input.direction === "up" ? index - 1 : index + 1];
    if (!neighbour) throw new ConflictError(`${phase.name} is already the ${input.direction === "up" ? "first" : "last"} phase.`);
    const order = phases.map((candidate) => candidate.id);
    [order[index], order[order.indexOf(neighbour.id)]] = [neighbour.id, phase.id];
    for (const [position, id] of order.entries()) await tx.templatePhase.update({ where: { id }, data: { position } });
    await auditTemplate(tx, { organisationId, actorId: actor.id, templateId: template.id, action: "phaseMoved", summary: `Moved the phase ${phase.name} of ${template.name} ${input.direction}` });
    return { templateId: template.id };
  });
}
