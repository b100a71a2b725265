import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/db/errors";
import { toDateOnly } from "@/lib/inductions/dates";
import { formatDay } from "@/lib/inductions/item-labels";
import { notify } from "@/lib/notifications/commands";
import { canOpenPrivateNote, canReadShared } from "./permissions";
import type { OpenPrivateNoteInput } from "./schemas";

/**
 * HR opens a manager's private note only by giving a reason. The opening is written to the
 * access log the report reads, to the audit trail, and to the report's notifications in the
 * same transaction as the read, so the text is never handed out without the record of it.
 */
export async function openPrivateNote(actor: SessionPerson, input: OpenPrivateNoteInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const conversation = await tx.conversation.findFirst({
      where: { id: input.conversationId, organisationId },
      select: { id: true, personId: true, managerId: true, heldOn: true, person: { select: { name: true, managerId: true } }, privateNote: { select: { text: true } } },
    });
    const people = conversation && { report: { id: conversation.personId, managerId: conversation.person.managerId }, heldById: conversation.managerId };
    if (!conversation || !people || !canReadShared(actor, people)) throw new NotFoundError("conversation");
    if (!canOpenPrivateNote(actor, people)) throw new ForbiddenError("These notes are about you, so you cannot open them: ask another HR admin if they are needed.");
    if (!conversation.privateNote) throw new ConflictError("This conversation has no private note to open.");

    const heldOn = formatDay(toDateOnly(conversation.heldOn));
    const access = await tx.noteAccess.create({
      data: { organisationId, conversationId: conversation.id, subjectId: conversation.personId, readerId: actor.id, reason: input.reason },
      select: { id: true },
    });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "conversation.private-note.opened",
      entityType: "Conversation",
      entityId: conversation.id,
      summary: `${actor.name} opened the private note of ${conversation.person.name}'s career conversation of ${heldOn}`,
      details: { subjectId: conversation.personId, noteAccessId: access.id, reason: input.reason },
    });
    await notify(tx, organisationId, [conversation.personId], {
      title: `${actor.name} (HR) opened the private notes of your career conversation of ${heldOn}`,
      body: `The reason they gave: ${input.reason}`,
      href: "/me/conversations",
    });
    return { text: conversation.privateNote.text, conversationId: conversation.id, personId: conversation.personId };
  });
}
