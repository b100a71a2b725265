import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/db/errors";
import type { ItemOwner } from "@/lib/db/generated/enums";
import { notify } from "@/lib/notifications/commands";
import { fromDateOnly } from "./dates";
import { charterStateFor } from "./item-charter";
import type { AddEvidenceInput, AddItemInput, ItemChangeInput, WaiveItemInput } from "./item-schemas";
import { changeItem, ITEM_CONFLICT, lockInduction, settleInduction } from "./item-settle";
import { canCompleteItem, canManageInduction, canSeeInduction, canSignOff } from "./permissions";

/**
 * Every change people make to a running induction's items. Each runs in one transaction with
 * its audit event: it finds the item in the actor's organisation (and among the inductions they
 * may see), checks the rule, locks the induction, writes against the item's version, and
 * completes or reopens the induction when the change settles or unsettles its last item.
 */

const ENTITY = "Induction";

const ITEM_SELECT = {
  id: true,
  inductionId: true,
  title: true,
  owner: true,
  kind: true,
  status: true,
  needsSignOff: true,
  signedOffAt: true,
  version: true,
  induction: { select: { personId: true, managerId: true, supporterId: true, jobRoleId: true, person: { select: { name: true } } } },
} as const;

async function findItem(tx: Tx, actor: SessionPerson, itemId: string) {
  const item = await tx.inductionItem.findFirst({ where: { id: itemId, organisationId: actor.organisationId }, select: ITEM_SELECT });
  if (!item || !canSeeInduction(actor, item.induction)) throw new NotFoundError("induction item");
  return item;
}

type Item = Awaited<ReturnType<typeof findItem>>;

/** What the action wrapper needs to refresh the pages that show the item. */
const changed = (item: Item, inductionStatus?: string) => ({ itemId: item.id, inductionId: item.inductionId, personId: item.induction.personId, inductionStatus });

function checkVersion(item: Item, version: number) {
  if (item.version !== version) throw new ConflictError(ITEM_CONFLICT);
}

const WHO_COMPLETES: Record<ItemOwner, string> = {
  INDIVIDUAL: "the new leader",
  MANAGER: "the new leader's manager",
  HR: "HR",
  ORGANISATION: "HR, on the organisation's behalf,",
};

function requireCompleter(actor: SessionPerson, item: Item) {
  if (!canCompleteItem(actor, item.induction, item.owner)) throw new ForbiddenError(`Only ${WHO_COMPLETES[item.owner]} can complete or change this item.`);
}

/** Acknowledgement and reflection items are done by doing the thing, not by saying so. */
async function requireKindDone(tx: Tx, organisationId: string, item: Item) {
  if (item.kind === "ACKNOWLEDGE_CHARTER") {
    const charter = await charterStateFor(tx, organisationId, item.induction.personId, item.induction.jobRoleId);
    if (!charter.published) throw new ConflictError("HR has not published a charter for this role yet, so it cannot be acknowledged. HR can waive the item instead.");
    if (!charter.acknowledgedAt) throw new ConflictError(`${item.induction.person.name} has not acknowledged version ${charter.number} of the charter yet: this item is ticked off when they do.`);
  }
  if (item.kind === "REFLECTION") {
    const written = await tx.reflection.findFirst({ where: { organisationId, itemId: item.id, authorId: item.induction.personId }, select: { id: true } });
    if (!written) throw new ConflictError(`${item.induction.person.name} has not written this reflection yet: this item is ticked off when they do.`);
  }
}

async function audit(tx: Tx, actor: SessionPerson, item: Item, action: string, summary: string, details: Record<string, string> = {}) {
  await recordAudit(tx, { organisationId: actor.organisationId, actorId: actor.id, action, entityType: ENTITY, entityId: item.inductionId, summary, details: { itemId: item.id, ...details } });
}

export async function completeItem(actor: SessionPerson, input: ItemChangeInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const item = await findItem(tx, actor, input.itemId);
    checkVersion(item, input.version);
    requireCompleter(actor, item);
    if (item.status !== "OPEN") throw new ConflictError("This item is already done or waived. Reload the page to see where it stands.");
    await requireKindDone(tx, organisationId, item);
    await lockInduction(tx, organisationId, item.inductionId);
    await changeItem(tx, organisationId, item.id, input.version, { status: "DONE", completedAt: new Date(), completedById: actor.id });
    await audit(tx, actor, item, "inductionItem.completed", `${actor.name} completed "${item.title}" in ${item.induction.person.name}'s induction`);
    const managerId = item.induction.managerId;
    if (item.needsSignOff && managerId && managerId !== actor.id) {
      await notify(tx, organisationId, [managerId], {
        title: `"${item.title}" is ready for your sign-off`,
        body: `${actor.name} has completed it in ${item.induction.person.name}'s induction.`,
        href: `/team/${item.induction.personId}`,
      });
    }
    return changed(item, await settleInduction(tx, actor, item.inductionId));
  });
}

/**
 * Undoes completion (and any sign-off) or a waiver. Whoever completes an item may reopen it until
 * it is signed off; someone who signs off may send an item that needs sign-off back at any time.
 */
export async function reopenItem(actor: SessionPerson, input: ItemChangeInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const item = await findItem(tx, actor, input.itemId);
    checkVersion(item, input.version);
    if (item.status === "OPEN") throw new ConflictError("This item is already open.");
    if (item.status === "WAIVED" && !canManageInduction(actor)) throw new ForbiddenError("Only HR can reopen a waived item.");
    if (item.status === "DONE" && !(item.needsSignOff && canSignOff(actor, item.induction))) {
      requireCompleter(actor, item);
      if (item.signedOffAt) throw new ForbiddenError("This item has been signed off: ask the manager or HR to reopen it.");
    }
    await lockInduction(tx, organisationId, item.inductionId);
    await changeItem(tx, organisationId, item.id, input.version, {
      status: "OPEN",
      completedAt: null,
      completedById: null,
      signedOffAt: null,
      signedOffById: null,
      waivedReason: null,
    });
    await audit(tx, actor, item, "inductionItem.reopened", `${actor.name} reopened "${item.title}" in ${item.induction.person.name}'s induction`);
    return changed(item, await settleInduction(tx, actor, item.inductionId));
  });
}

export async function signOffItem(actor: SessionPerson, input: ItemChangeInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const item = await findItem(tx, actor, input.itemId);
    checkVersion(item, input.version);
    if (!canSignOff(actor, item.induction)) throw new ForbiddenError("Only the new leader's manager or HR can sign off items.");
    if (!item.needsSignOff) throw new ConflictError("This item does not need signing off.");
    if (item.status !== "DONE") throw new ConflictError("This item is not done yet: it can be signed off once it is.");
    if (item.signedOffAt) throw new ConflictError("This item has already been signed off.");
    await lockInduction(tx, organisationId, item.inductionId);
    await changeItem(tx, organisationId, item.id, input.version, { signedOffAt: new Date(), signedOffById: actor.id });
    await audit(tx, actor, item, "inductionItem.signedOff", `${actor.name} signed off "${item.title}" in ${item.induction.person.name}'s induction`);
    return changed(item, await settleInduction(tx, actor, item.inductionId));
  });
}

export async function waiveItem(actor: SessionPerson, input: WaiveItemInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const item = await findItem(tx, actor, input.itemId);
    checkVersion(item, input.version);
    if (!canManageInduction(actor)) throw new ForbiddenError("Only HR can waive an item.");
    if (item.status !== "OPEN") throw new ConflictError("Only an open item can be waived. Reopen it first if it should be waived instead.");
    await lockInduction(tx, organisationId, item.inductionId);
    await changeItem(tx, organisationId, item.id, input.version, { status: "WAIVED", waivedReason: input.reason, completedAt: new Date(), completedById: actor.id });
    await audit(tx, actor, item, "inductionItem.waived", `${actor.name} waived "${item.title}" in ${item.induction.person.name}'s induction`, { reason: input.reason });
    return changed(item, await settleInduction(tx, actor, item.inductionId));
  });
}

/** Evidence only adds to an item, so it takes no version: nobody's change can be lost. */
export async function addEvidence(actor: SessionPerson, input: AddEvidenceInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const item = await findItem(tx, actor, input.itemId);
    if (!canCompleteItem(actor, item.induction, item.owner)) throw new ForbiddenError(`Only ${WHO_COMPLETES[item.owner]} can add evidence to this item.`);
    if (item.kind === "ACKNOWLEDGE_CHARTER" || item.kind === "REFLECTION") throw new ConflictError("This item needs no evidence: acknowledging the charter or writing the reflection is what shows it is done.");
    await lockInduction(tx, organisationId, item.inductionId);
    const url = input.url === "" ? null : input.url;
    // The same evidence twice from one person is one form sent twice: kept once.
    const given = await tx.itemEvidence.findFirst({ where: { organisationId, itemId: item.id, authorId: actor.id, text: input.text, url }, select: { id: true } });
    if (given) return { ...changed(item), evidenceId: given.id };
    const evidence = await tx.itemEvidence.create({
      data: { organisationId, itemId: item.id, authorId: actor.id, text: input.text, url },
      select: { id: true },
    });
    await audit(tx, actor, item, "inductionItem.evidenceAdded", `${actor.name} added evidence to "${item.title}" in ${item.induction.person.name}'s induction`, { evidenceId: evidence.id });
    return { ...changed(item), evidenceId: evidence.id };
  });
}

/** HR adds an item to one running induction (its template is not touched). */
export async function addItem(actor: SessionPerson, input: AddItemInput) {
  const organisationId = actor.organisationId;
  if (!canManageInduction(actor)) throw new ForbiddenError("Only HR can add items to an induction.");
  return db.$transaction(async (tx) => {
    const induction = await tx.induction.findFirst({ where: { id: input.inductionId, organisationId }, select: { id: true, personId: true, person: { select: { name: true } } } });
    if (!induction) throw new NotFoundError("induction");
    const phase = await tx.inductionPhase.findFirst({ where: { id: input.phaseId, inductionId: induction.id, organisationId }, select: { id: true, name: true } });
    if (!phase) throw new InvalidError({ phaseId: ["Choose one of this induction's phases"] });
    await lockInduction(tx, organisationId, induction.id);
    const fields = { title: input.title, guidance: input.guidance, owner: input.owner, kind: input.kind, dueDate: fromDateOnly(input.dueDate), needsSignOff: input.needsSignOff };
    // An item exactly like this one in the phase is the same form sent twice: kept once.
    const added = await tx.inductionItem.findFirst({ where: { organisationId, phaseId: phase.id, ...fields }, select: { id: true } });
    if (added) return { itemId: added.id, inductionId: induction.id, personId: induction.personId, inductionStatus: await settleInduction(tx, actor, induction.id) };
    const last = await tx.inductionItem.aggregate({ where: { organisationId, phaseId: phase.id }, _max: { position: true } });
    const item = await tx.inductionItem.create({
      data: { organisationId, inductionId: induction.id, phaseId: phase.id, position: (last._max.position ?? -1) + 1, ...fields },
      select: { id: true },
    });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "inductionItem.added",
      entityType: ENTITY,
      entityId: induction.id,
      summary: `${actor.name} added "${input.title}" to ${phase.name} in ${induction.person.name}'s induction`,
      details: { itemId: item.id },
    });
    const inductionStatus = await settleInduction(tx, actor, induction.id);
    return { itemId: item.id, inductionId: induction.id, personId: induction.personId, inductionStatus };
  });
}

/** HR removes an item from one induction; the last item stays (waive it instead), so an induction is never empty. */
export async function removeItem(actor: SessionPerson, input: ItemChangeInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const item = await findItem(tx, actor, input.itemId);
    checkVersion(item, input.version);
    if (!canManageInduction(actor)) throw new ForbiddenError("Only HR can remove items from an induction.");
    await lockInduction(tx, organisationId, item.inductionId);
    const remaining = await tx.inductionItem.count({ where: { organisationId, inductionId: item.inductionId } });
    if (remaining <= 1) throw new ConflictError("This is the induction's only item, so it cannot be removed. Waive it with a reason instead.");
    const { count } = await tx.inductionItem.deleteMany({ where: { id: item.id, organisationId, version: input.version } });
    if (count === 0) throw new ConflictError(ITEM_CONFLICT);
    await audit(tx, actor, item, "inductionItem.removed", `${actor.name} removed "${item.title}" from ${item.induction.person.name}'s induction`);
    return changed(item, await settleInduction(tx, actor, item.inductionId));
  });
}
