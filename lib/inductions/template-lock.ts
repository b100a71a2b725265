import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/db/errors";

export const TEMPLATE_CONFLICT =
  "Someone else changed this template while you were editing it. Your changes are still in the form: reload the page to see theirs, then apply yours again.";

/**
 * Claims a template for one change: moves its version on if `version` is the one the editor
 * loaded, so of two editors working from the same version only the first change lands.
 */
export async function claimTemplate(tx: Tx, organisationId: string, templateId: string, version: number) {
  const [claimed] = await tx.inductionTemplate.updateManyAndReturn({
    where: { id: templateId, organisationId, version },
    data: { version: { increment: 1 } },
    select: { id: true, name: true, jobRoleId: true, version: true },
  });
  if (claimed) return claimed;
  const exists = await tx.inductionTemplate.findFirst({ where: { id: templateId, organisationId }, select: { id: true } });
  if (!exists) throw new NotFoundError("induction template");
  throw new ConflictError(TEMPLATE_CONFLICT);
}

/** A phase of the caller's organisation and the template it belongs to. */
export async function findPhase(tx: Tx, organisationId: string, phaseId: string) {
  const phase = await tx.templatePhase.findFirst({ where: { id: phaseId, organisationId }, select: { id: true, templateId: true, name: true, position: true } });
  if (!phase) throw new NotFoundError("phase");
  return phase;
}

export async function findItem(tx: Tx, organisationId: string, itemId: string) {
  const item = await tx.templateItem.findFirst({
    where: { id: itemId, organisationId },
    select: { id: true, templateId: true, phaseId: true, title: true, position: true, template: { select: { jobRoleId: true } } },
  });
  if (!item) throw new NotFoundError("item");
  return item;
}

/** Closes the gaps a removal or a move leaves, so positions stay 0, 1, 2… in order. */
export async function renumberItems(tx: Tx, phaseId: string) {
  const items = await tx.templateItem.findMany({ where: { phaseId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, position: true } });
  for (const [position, item] of items.entries()) {
    if (item.position !== position) await tx.templateItem.update({ where: { id: item.id }, data: { position } });
  }
}

export async function renumberPhases(tx: Tx, templateId: string) {
  const phases = await tx.templatePhase.findMany({ where: { templateId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, position: true } });
  for (const [position, phase] of phases.entries()) {
    if (phase.position !== position) await tx.templatePhase.update({ where: { id: phase.id }, data: { position } });
  }
}

/** Every template change is recorded against the template, so its history reads in one place. */
export function auditTemplate(tx: Tx, entry: { organisationId: string; actorId: string; templateId: string; action: string; summary: string; details?: Record<string, string | number | boolean | null> }) {
  const { templateId, action, ...rest } = entry;
  return recordAudit(tx, { ...rest, action: `inductionTemplate.${action}`, entityType: "InductionTemplate", entityId: templateId });
}
