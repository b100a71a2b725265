import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/db/errors";
import type { SupportKind } from "@/lib/db/generated/enums";
import { addDays, fromDateOnly, toDateOnly } from "@/lib/inductions/dates";
import { isWithinEnrolmentWindow, OUTSIDE_ENROLMENT_WINDOW } from "@/lib/inductions/enrolment-dates";
import { organisationToday } from "@/lib/inductions/induction-queries";
import { formatDay } from "@/lib/inductions/item-labels";
import { notify } from "@/lib/notifications/commands";
import { KIND_LABELS, SUPPORT_VERBS, SUPPORTER_NOUNS } from "./labels";
import { exclusionReason } from "./matching";
import { canEndRelationship, isPartyTo } from "./permissions";
import type { LogSessionInput, StartRelationshipInput } from "./schemas";

/** Starting and ending coaching and mentoring relationships, and logging their sessions. */

/** Long enough for a programme of several years' mentoring, short enough to catch a mistyped year. */
const LONGEST_RELATIONSHIP_DAYS = 3 * 366;

function checkDates(input: StartRelationshipInput, today: string) {
  const fieldErrors: Record<string, string[]> = {};
  if (!isWithinEnrolmentWindow(input.startOn, today)) fieldErrors.startOn = [OUTSIDE_ENROLMENT_WINDOW];
  if (input.endOn <= input.startOn) fieldErrors.endOn = ["Choose an end date after the start date."];
  else if (input.endOn > addDays(input.startOn, LONGEST_RELATIONSHIP_DAYS)) fieldErrors.endOn = ["Choose an end date no more than three years after the start date."];
  if (Object.keys(fieldErrors).length > 0) throw new InvalidError(fieldErrors);
}

const personSelect = { id: true, name: true, active: true, roles: true, managerId: true } as const;

/**
 * HR starts a relationship from a suggestion. Everything the suggestion rested on is checked
 * again, with the supporter's profile row locked so two starts at once cannot both take the
 * last place. The leader's running induction gets the supporter when it names nobody yet.
 */
export async function startRelationship(actor: SessionPerson, input: StartRelationshipInput) {
  const organisationId = actor.organisationId;
  const [leader, supporter, { today }] = await Promise.all([
    db.person.findFirst({ where: { id: input.leaderId, organisationId }, select: personSelect }),
    db.person.findFirst({ where: { id: input.supporterId, organisationId }, select: personSelect }),
    organisationToday(organisationId),
  ]);
  if (!leader || !supporter) throw new NotFoundError("person");
  if (!leader.active || !leader.roles.includes("LEADER")) {
    const message = `${leader.name} is not an active person with the New leader hat, so cannot be matched.`;
    throw new InvalidError({ leaderId: [message] }, message);
  }
  checkDates(input, today);
  const noun = SUPPORTER_NOUNS[input.kind];
  const refuse = (message: string) => new InvalidError({ supporterId: [message] }, message);
  if (!supporter.active || !supporter.roles.includes("COACH")) throw refuse(`${supporter.name} no longer wears the Coach or mentor hat, so cannot be a ${noun}.`);

  return db.$transaction(async (tx) => {
    const [profile] = await tx.$queryRaw<{ capacity: number; offersCoaching: boolean; offersMentoring: boolean }[]>`
      SELECT capacity, "offersCoaching", "offersMentoring" FROM "SupporterProfile"
      WHERE "organisationId" = ${organisationId} AND "personId" = ${supporter.id} FOR UPDATE`;
    if (!profile) throw refuse(`${supporter.name} is not on the bench.`);
    if (!(input.kind === "COACHING" ? profile.offersCoaching : profile.offersMentoring)) throw refuse(`${supporter.name} does not offer ${KIND_LABELS[input.kind].toLowerCase()}.`);
    const [activeCount, activeSupport] = await Promise.all([
      tx.supportRelationship.count({ where: { organisationId, supporterId: supporter.id, status: "ACTIVE" } }),
      tx.supportRelationship.findMany({ where: { organisationId, leaderId: leader.id, status: "ACTIVE" }, select: { supporterId: true, kind: true } }),
    ]);
    const reason = exclusionReason(
      { personId: supporter.id, name: supporter.name, offers: [input.kind], capacity: profile.capacity, activeCount, strengths: [] },
      { id: leader.id, name: leader.name, managerId: leader.managerId, activeSupport },
      input.kind,
    );
    if (reason) throw refuse(reason);

    const relationship = await tx.supportRelationship.create({
      data: {
        organisationId,
        kind: input.kind,
        supporterId: supporter.id,
        leaderId: leader.id,
        goals: input.goals,
        startOn: fromDateOnly(input.startOn),
        endOn: fromDateOnly(input.endOn),
        createdById: actor.id,
      },
      select: { id: true },
    });
    const { count: inductionsJoined } = await tx.induction.updateMany({
      where: { organisationId, personId: leader.id, status: "ACTIVE", supporterId: null },
      data: { supporterId: supporter.id },
    });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "coaching.relationship_started",
      entityType: "SupportRelationship",
      entityId: relationship.id,
      summary: `Started ${KIND_LABELS[input.kind].toLowerCase()}: ${supporter.name} ${SUPPORT_VERBS[input.kind]} ${leader.name} from ${formatDay(input.startOn)} to ${formatDay(input.endOn)}`,
      details: { kind: input.kind, supporterId: supporter.id, leaderId: leader.id, startOn: input.startOn, endOn: input.endOn, namedOnInduction: inductionsJoined > 0 },
    });
    await notify(tx, organisationId, [supporter.id], { title: `You are now ${leader.name}'s ${noun}`, body: input.goals, href: "/coaching" });
    await notify(tx, organisationId, [leader.id], { title: `${supporter.name} is now your ${noun}`, body: input.goals, href: "/me/support" });
    return { relationshipId: relationship.id };
  });
}

async function findRelationship(organisationId: string, relationshipId: string) {
  const relationship = await db.supportRelationship.findFirst({
    where: { id: relationshipId, organisationId },
    select: { id: true, kind: true, status: true, startOn: true, supporterId: true, leaderId: true, supporter: { select: { name: true } }, leader: { select: { name: true } } },
  });
  if (!relationship) throw new NotFoundError("relationship");
  return relationship;
}

const ENDED = "This relationship has already ended.";

const describe = (relationship: { kind: SupportKind; supporter: { name: string }; leader: { name: string } }) =>
  `${relationship.supporter.name}'s ${KIND_LABELS[relationship.kind].toLowerCase()} of ${relationship.leader.name}`;

/** HR or the supporter ends a relationship before (or on) its end date; anyone else is told it does not exist. */
export async function endRelationship(actor: SessionPerson, relationshipId: string) {
  const organisationId = actor.organisationId;
  const relationship = await findRelationship(organisationId, relationshipId);
  if (!canEndRelationship(actor, relationship)) throw new NotFoundError("relationship");
  return db.$transaction(async (tx) => {
    const { count } = await tx.supportRelationship.updateMany({
      where: { id: relationship.id, organisationId, status: "ACTIVE" },
      data: { status: "ENDED", endedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(ENDED);
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "coaching.relationship_ended",
      entityType: "SupportRelationship",
      entityId: relationship.id,
      summary: `Ended ${describe(relationship)}`,
    });
    const others = [relationship.supporterId, relationship.leaderId].filter((id) => id !== actor.id);
    await notify(tx, organisationId, others, { title: `${actor.name} has ended ${describe(relationship)}` });
    return { relationshipId: relationship.id };
  });
}

/** The supporter or the leader records a session that has happened (the same session twice is kept once). Its notes are for the two of them. */
export async function logSession(actor: SessionPerson, input: LogSessionInput) {
  const organisationId = actor.organisationId;
  const relationship = await findRelationship(organisationId, input.relationshipId);
  if (!isPartyTo(actor, relationship)) throw new NotFoundError("relationship");
  if (relationship.status !== "ACTIVE") throw new ConflictError(`${ENDED} Sessions can be logged only while it runs.`);
  const { today } = await organisationToday(organisationId);
  const startOn = toDateOnly(relationship.startOn);
  if (input.heldOn > today) throw new InvalidError({ heldOn: ["Log a session once it has happened: choose today or an earlier date."] });
  if (input.heldOn < startOn) throw new InvalidError({ heldOn: [`Choose a date on or after the start of the relationship, ${formatDay(startOn)}.`] });
  return db.$transaction(async (tx) => {
    // The relationship's row lock queues two submissions of one form; the second finds the first's session.
    await tx.$queryRaw`SELECT id FROM "SupportRelationship" WHERE id = ${relationship.id} AND "organisationId" = ${organisationId} FOR UPDATE`;
    const heldOn = fromDateOnly(input.heldOn);
    const logged = await tx.supportSession.findFirst({ where: { organisationId, relationshipId: relationship.id, heldOn, notes: input.notes, authorId: actor.id }, select: { id: true } });
    if (logged) return { sessionId: logged.id };
    const session = await tx.supportSession.create({
      data: { organisationId, relationshipId: relationship.id, heldOn, notes: input.notes, authorId: actor.id },
      select: { id: true },
    });
    // The audit trail, which HR reads, records that a session took place, never its notes.
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "coaching.session_logged",
      entityType: "SupportRelationship",
      entityId: relationship.id,
      summary: `Logged a session of ${describe(relationship)} held on ${formatDay(input.heldOn)}`,
      details: { sessionId: session.id, heldOn: input.heldOn },
    });
    return { sessionId: session.id };
  });
}
