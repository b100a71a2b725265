import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/db/errors";
import { notify } from "@/lib/notifications/commands";
import { changeItem, ITEM_CONFLICT, lockInduction, settleInduction } from "./item-settle";
import type { EditReflectionInput, WriteReflectionInput } from "./reflection-schemas";

/**
 * A new leader's reflections: written against the prompts of their own induction's reflection
 * items, private until they share them. The audit records that a reflection was written or
 * changed, never what it says.
 */

const ENTITY = "Induction";

type Sharing = { sharedWithManager: boolean; sharedWithSupporter: boolean };
type People = { managerId: string | null; supporterId: string | null; personId: string };

/** Tells the manager or supporter when a reflection is newly shared with them. */
async function notifyNewlyShared(tx: Tx, actor: SessionPerson, induction: People, before: Sharing, after: Sharing, prompt: string) {
  const recipients = [
    after.sharedWithManager && !before.sharedWithManager ? induction.managerId : null,
    after.sharedWithSupporter && !before.sharedWithSupporter ? induction.supporterId : null,
  ].filter((id): id is string => id !== null && id !== actor.id);
  await notify(tx, actor.organisationId, [...new Set(recipients)], {
    title: `${actor.name} shared a reflection with you`,
    body: prompt,
    href: `/team/${induction.personId}#reflections`,
  });
}

/** Writes the leader's reflection on a reflection item, which ticks the item off. */
export async function writeReflection(actor: SessionPerson, input: WriteReflectionInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const item = await tx.inductionItem.findFirst({
      where: { id: input.itemId, organisationId, induction: { personId: actor.id, organisationId } },
      select: { id: true, title: true, kind: true, status: true, version: true, inductionId: true, induction: { select: { personId: true, managerId: true, supporterId: true } } },
    });
    if (!item) throw new NotFoundError("induction item");
    if (item.version !== input.version) throw new ConflictError(ITEM_CONFLICT);
    if (item.kind !== "REFLECTION") throw new ConflictError("This item asks for something other than a reflection.");
    const existing = await tx.reflection.findFirst({ where: { organisationId, itemId: item.id, authorId: actor.id }, select: { id: true } });
    if (existing) throw new ConflictError("You have already written this reflection. Reload the page to edit it.");

    await lockInduction(tx, organisationId, item.inductionId);
    await changeItem(tx, organisationId, item.id, input.version, item.status === "OPEN" ? { status: "DONE", completedAt: new Date(), completedById: actor.id } : {});
    const reflection = await tx.reflection.create({
      data: { organisationId, inductionId: item.inductionId, itemId: item.id, authorId: actor.id, prompt: item.title, text: input.text, ...input.share },
      select: { id: true },
    });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "reflection.written",
      entityType: ENTITY,
      entityId: item.inductionId,
      summary: `${actor.name} wrote a reflection on "${item.title}"`,
      details: { itemId: item.id, reflectionId: reflection.id },
    });
    await notifyNewlyShared(tx, actor, item.induction, { sharedWithManager: false, sharedWithSupporter: false }, input.share, item.title);
    const inductionStatus = await settleInduction(tx, actor, item.inductionId);
    return { reflectionId: reflection.id, itemId: item.id, inductionId: item.inductionId, personId: actor.id, inductionStatus };
  });
}

/** Only the author edits a reflection, and chooses again who may read it. */
export async function editReflection(actor: SessionPerson, input: EditReflectionInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const where = { id: input.reflectionId, organisationId, authorId: actor.id };
    const found = await tx.reflection.findFirst({ where, select: { inductionId: true } });
    if (!found) throw new NotFoundError("reflection");
    await lockInduction(tx, organisationId, found.inductionId);
    // Read again under the lock: an edit that arrived first (the same form sent twice) has landed.
    const reflection = await tx.reflection.findFirstOrThrow({
      where,
      select: { id: true, prompt: true, text: true, inductionId: true, sharedWithManager: true, sharedWithSupporter: true, induction: { select: { personId: true, managerId: true, supporterId: true } } },
    });
    const unchanged = reflection.text === input.text && reflection.sharedWithManager === input.share.sharedWithManager && reflection.sharedWithSupporter === input.share.sharedWithSupporter;
    if (unchanged) return { reflectionId: reflection.id, inductionId: reflection.inductionId, personId: actor.id };
    await tx.reflection.update({ where: { id: reflection.id }, data: { text: input.text, ...input.share } });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "reflection.edited",
      entityType: ENTITY,
      entityId: reflection.inductionId,
      summary: `${actor.name} edited a reflection on "${reflection.prompt}"`,
      details: { reflectionId: reflection.id, ...input.share },
    });
    await notifyNewlyShared(tx, actor, reflection.induction, reflection, input.share, reflection.prompt);
    return { reflectionId: reflection.id, inductionId: reflection.inductionId, personId: actor.id };
  });
}
