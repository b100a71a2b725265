import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/client";
import type { InductionStatus } from "@/lib/db/generated/enums";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { toDateOnly } from "./dates";
import { isComplete } from "./progress";

/** What every change to a running induction's items does around the change itself. */

export const ITEM_CONFLICT = "Someone else changed this item while you were looking at it, so nothing was saved. Reload the page to see where it stands.";

const ANOTHER_ACTIVE = "This person already has another induction running, so this one cannot be reopened. Finish or remove that one first.";

type Actor = { id: string; organisationId: string };

/**
 * Takes the induction's row lock for the rest of the transaction (and records the activity).
 * Every item change of one induction queues here, so two people settling its last two items
 * at the same moment cannot each miss the other's change and leave it unfinished.
 */
export async function lockInduction(tx: Tx, organisationId: string, inductionId: string) {
  const { count } = await tx.induction.updateMany({ where: { id: inductionId, organisationId }, data: { updatedAt: new Date() } });
  if (count === 0) throw new NotFoundError("induction");
}

/** Writes `data` to the item only if nobody changed it since the person loaded it (`version`). */
export async function changeItem(tx: Tx, organisationId: string, itemId: string, version: number, data: Prisma.InductionItemUncheckedUpdateManyInput) {
  const { count } = await tx.inductionItem.updateMany({ where: { id: itemId, organisationId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError(ITEM_CONFLICT);
}

/**
 * Completes the induction when every item is settled, and makes a completed one active again
 * when an item is reopened or added. Call after the change, with the induction locked.
 */
export async function settleInduction(tx: Tx, actor: Actor, inductionId: string): Promise<InductionStatus> {
  const organisationId = actor.organisationId;
  const induction = await tx.induction.findFirst({ where: { id: inductionId, organisationId }, select: { status: true, personId: true, person: { select: { name: true } } } });
  if (!induction) throw new NotFoundError("induction");
  const items = await tx.inductionItem.findMany({ where: { inductionId, organisationId }, select: { status: true, needsSignOff: true, signedOffAt: true, dueDate: true, owner: true } });
  const complete = isComplete(items.map((item) => ({ ...item, dueDate: toDateOnly(item.dueDate), signedOff: item.signedOffAt !== null })));

  if (complete && induction.status === "ACTIVE") {
    await tx.induction.update({ where: { id: inductionId }, data: { status: "COMPLETED", completedAt: new Date() } });
    await recordAudit(tx, { organisationId, actorId: actor.id, action: "induction.completed", entityType: "Induction", entityId: inductionId, summary: `${induction.person.name}'s induction is complete` });
    return "COMPLETED";
  }
  if (!complete && induction.status === "COMPLETED") {
    const other = await tx.induction.findFirst({ where: { organisationId, personId: induction.personId, status: "ACTIVE" }, select: { id: true } });
    if (other) throw new ConflictError(ANOTHER_ACTIVE);
    try {
      await tx.induction.update({ where: { id: inductionId }, data: { status: "ACTIVE", completedAt: null } });
    } catch (error) {
      throw isUniqueViolation(error) ? new ConflictError(ANOTHER_ACTIVE) : error;
    }
    await recordAudit(tx, { organisationId, actorId: actor.id, action: "induction.reopened", entityType: "Induction", entityId: inductionId, summary: `${induction.person.name}'s induction is running again` });
    return "ACTIVE";
  }
  return induction.status;
}
