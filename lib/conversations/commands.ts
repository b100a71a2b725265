import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/db/errors";
import { fromDateOnly, todayIn } from "@/lib/inductions/dates";
import { formatDay } from "@/lib/inductions/item-labels";
import { notify } from "@/lib/notifications/commands";
import { conversationDateErrors } from "./dates";
import { TRACK_LABELS } from "./labels";
import { canLogConversation, canPrepare } from "./permissions";
import type { AddPreparationInput, LogConversationInput } from "./schemas";

/**
 * Logging a conversation, and the report's own notes ahead of the next one. Each change runs in
 * one transaction with its audit event and the notification it sends.
 */

const ENTITY = "Conversation";

/** Preparation notes waiting for the next conversation, at most. */
const OPEN_PREPARATION_LIMIT = 20;

/** The report, locked for the rest of the transaction so two logs (or a log and a new note) queue. */
async function lockReport(tx: Tx, organisationId: string, personId: string) {
  await tx.$queryRaw`SELECT id FROM "Person" WHERE id = ${personId} AND "organisationId" = ${organisationId} FOR UPDATE`;
  return tx.person.findFirst({
    where: { id: personId, organisationId, active: true },
    select: { id: true, name: true, managerId: true, organisation: { select: { timeZone: true } } },
  });
}

export async function logConversation(actor: SessionPerson, input: LogConversationInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const report = await lockReport(tx, organisationId, input.personId);
    if (!report) throw new NotFoundError("person");
    if (!canLogConversation(actor, report)) throw new ForbiddenError("You can log career conversations only with the people who report to you.");
    const errors = conversationDateErrors(input.heldOn, input.nextConversationOn, todayIn(report.organisation.timeZone));
    if (Object.keys(errors).length > 0) throw new InvalidError(errors);
    const heldOn = fromDateOnly(input.heldOn);
    if (await tx.conversation.findFirst({ where: { organisationId, personId: report.id, heldOn }, select: { id: true } })) {
      throw new ConflictError(`A conversation with ${report.name} on ${formatDay(input.heldOn)} is already logged. Open it from their conversations to add to it.`);
    }

    const { nextConversationOn, privateNote, track } = input;
    const conversation = await tx.conversation.create({
      data: {
        organisationId,
        personId: report.id,
        managerId: actor.id,
        heldOn,
        nextConversationOn: fromDateOnly(nextConversationOn),
        aspirations: input.aspirations,
        strengths: input.strengths,
        energisers: input.energisers,
        developmentAreas: input.developmentAreas,
        nextRole: input.nextRole,
        track,
        supportNeeded: input.supportNeeded,
        sharedNotes: input.sharedNotes,
      },
      select: { id: true },
    });
    if (privateNote !== "") {
      await tx.conversationPrivateNote.create({ data: { organisationId, conversationId: conversation.id, authorId: actor.id, text: privateNote } });
    }
    const { count: attached } = await tx.conversationPreparation.updateMany({
      where: { organisationId, personId: report.id, conversationId: null },
      data: { conversationId: conversation.id },
    });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "conversation.logged",
      entityType: ENTITY,
      entityId: conversation.id,
      summary: `${actor.name} logged a career conversation with ${report.name} held on ${formatDay(input.heldOn)}`,
      // What was said stays on the conversation; the audit trail records only that it happened.
      details: { personId: report.id, heldOn: input.heldOn, nextConversationOn, track, privateNote: privateNote !== "", preparationsAttached: attached },
    });
    await notify(tx, organisationId, [report.id], {
      title: `${actor.name} logged your career conversation`,
      body: `Held on ${formatDay(input.heldOn)}; track: ${TRACK_LABELS[track].toLowerCase()}. The next one is planned for ${formatDay(nextConversationOn)}.`,
      href: "/me/conversations",
    });
    return { conversationId: conversation.id, personId: report.id };
  });
}

/** A note of the person's own for their next conversation; saving the same note twice keeps one. */
export async function addPreparation(actor: SessionPerson, input: AddPreparationInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const person = await lockReport(tx, organisationId, actor.id);
    if (!person) throw new NotFoundError("person");
    if (!canPrepare(person)) throw new ConflictError("Nobody is recorded as your manager yet, so there is no conversation to prepare for. HR sets reporting lines.");
    const open = await tx.conversationPreparation.findMany({ where: { organisationId, personId: person.id, conversationId: null }, select: { id: true, text: true } });
    const same = open.find((preparation) => preparation.text === input.text);
    if (same) return { preparationId: same.id };
    if (open.length >= OPEN_PREPARATION_LIMIT) throw new ConflictError(`You have ${OPEN_PREPARATION_LIMIT} notes for your next conversation already. Delete one, or bring them together, before adding another.`);
    const preparation = await tx.conversationPreparation.create({ data: { organisationId, personId: person.id, text: input.text }, select: { id: true } });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "conversation.preparation.added",
      entityType: "ConversationPreparation",
      entityId: preparation.id,
      summary: `${actor.name} added a note for their next career conversation`,
    });
    return { preparationId: preparation.id };
  });
}

/** The person's own note, while it still waits for the next conversation; once logged with one it is part of that record. */
export async function deletePreparation(actor: SessionPerson, preparationId: string) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const preparation = await tx.conversationPreparation.findFirst({ where: { id: preparationId, organisationId, personId: actor.id }, select: { id: true, conversationId: true } });
    if (!preparation) throw new NotFoundError("note");
    if (preparation.conversationId) throw new ConflictError("This note is part of a logged conversation now, so it stays with that conversation's record.");
    // deleteMany: a delete that arrived at the same moment may have removed it already.
    if ((await tx.conversationPreparation.deleteMany({ where: { id: preparation.id, organisationId, conversationId: null } })).count === 0) throw new NotFoundError("note");
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "conversation.preparation.deleted",
      entityType: "ConversationPreparation",
      entityId: preparation.id,
      summary: `${actor.name} deleted a note for their next career conversation`,
    });
    return { preparationId: preparation.id };
  });
}
