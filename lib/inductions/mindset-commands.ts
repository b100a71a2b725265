import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/db/errors";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { MindsetSectionInput, UpdateMindsetSectionInput } from "./mindset-schemas";

/**
 * HR's own mindset sections, beside the built-in library. Templates copy a section's practices
 * and prompts into items, so editing or deleting a section changes no template.
 */

const TITLE_TAKEN = new InvalidError({ title: ["Your organisation already has a mindset section with this title"] });

function audit(tx: Tx, actor: SessionPerson, sectionId: string, action: string, summary: string) {
  return recordAudit(tx, { organisationId: actor.organisationId, actorId: actor.id, action: `mindsetSection.${action}`, entityType: "MindsetSection", entityId: sectionId, summary });
}

export async function createMindsetSection(actor: SessionPerson, input: MindsetSectionInput) {
  try {
    return await db.$transaction(async (tx) => {
      const section = await tx.mindsetSection.create({ data: { organisationId: actor.organisationId, ...input }, select: { id: true, title: true } });
      await audit(tx, actor, section.id, "created", `Wrote the mindset section ${section.title}`);
      return section;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? TITLE_TAKEN : error;
  }
}

export async function updateMindsetSection(actor: SessionPerson, input: UpdateMindsetSectionInput) {
  const organisationId = actor.organisationId;
  const { id, savedAt, ...fields } = input;
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.mindsetSection.updateMany({ where: { id, organisationId, updatedAt: savedAt }, data: fields });
      if (count === 0) {
        const exists = await tx.mindsetSection.findFirst({ where: { id, organisationId }, select: { id: true } });
        if (!exists) throw new NotFoundError("mindset section");
        throw new ConflictError("Someone else saved this section while you were editing it. Your text is still in the form: reload the page to see theirs, then apply yours again.");
      }
      await audit(tx, actor, id, "updated", `Edited the mindset section ${fields.title}`);
      return { id };
    });
  } catch (error) {
    throw isUniqueViolation(error) ? TITLE_TAKEN : error;
  }
}

export async function deleteMindsetSection(actor: SessionPerson, id: string) {
  return db.$transaction(async (tx) => {
    const section = await tx.mindsetSection.findFirst({ where: { id, organisationId: actor.organisationId }, select: { id: true, title: true } });
    if (!section) throw new NotFoundError("mindset section");
    // deleteMany: a delete that arrived at the same moment may have removed it already.
    if ((await tx.mindsetSection.deleteMany({ where: { id, organisationId: actor.organisationId } })).count === 0) throw new NotFoundError("mindset section");
    await audit(tx, actor, id, "deleted", `Deleted the mindset section ${section.title}`);
    return { id };
  });
}
