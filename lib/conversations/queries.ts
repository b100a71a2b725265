import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import { Prisma } from "@/lib/db/generated/client";
import type { ActionStatus, LeadershipTrack } from "@/lib/db/generated/enums";
import { todayIn, toDateOnly, type DateOnly } from "@/lib/inductions/dates";
import { conversationStanding, isActionOverdue, type ConversationStanding } from "./dates";
import { canChangeAgreedAction, canOpenPrivateNote, canReadPrivateNote, canReadShared, isCurrentManager, type Actor, type Report } from "./permissions";

/**
 * Reads of career conversations for the people allowed them: the report, their manager, HR.
 * The shared record never carries the private note's text; only the note's author (while
 * they manage the report) gets it here, and HR only through openPrivateNote.
 */

export type PersonRef = { id: string; name: string };

export type AgreedActionView = {
  id: string;
  description: string;
  dueOn: DateOnly;
  status: ActionStatus;
  completedAt: Date | null;
  owner: PersonRef | null;
  version: number;
  overdue: boolean;
  /** Whether the viewer may tick it off or reopen it. */
  canChange: boolean;
};

export type PreparationView = { id: string; text: string; createdAt: Date };

/** Everything on a conversation its report reads. */
export type SharedConversation = {
  id: string;
  heldOn: DateOnly;
  nextConversationOn: DateOnly;
  heldBy: PersonRef | null;
  aspirations: string;
  strengths: string;
  energisers: string;
  developmentAreas: string;
  nextRole: string;
  track: LeadershipTrack;
  supportNeeded: string;
  sharedNotes: string;
  actions: AgreedActionView[];
  preparations: PreparationView[];
};

export type ReportView = PersonRef & { managerId: string | null; manager: PersonRef | null; timeZone: string; today: DateOnly };

type ReportRow = { id: string; name: string; managerId: string | null; managerName: string | null; timeZone: string };

/** The person with their current manager and their organisation's time zone, in one statement. */
async function findReport(organisationId: string, personId: string): Promise<ReportView | null> {
  const rows = await db.$queryRaw<ReportRow[]>`
    SELECT p.id, p.name, p."managerId", manager.name AS "managerName", o."timeZone"
    FROM "Person" p
    JOIN "Organisation" o ON o.id = p."organisationId"
    LEFT JOIN "Person" manager ON manager.id = p."managerId" AND manager."organisationId" = p."organisationId"
    WHERE p.id = ${personId} AND p."organisationId" = ${organisationId}`;
  const row = rows[0];
  if (!row) return null;
  const manager = row.managerId && row.managerName !== null ? { id: row.managerId, name: row.managerName } : null;
  return { id: row.id, name: row.name, managerId: row.managerId, manager, timeZone: row.timeZone, today: todayIn(row.timeZone) };
}

type ActionJson = { id: string; description: string; dueOn: string; status: ActionStatus; completedAt: string | null; ownerId: string | null; ownerName: string | null; version: number };
type PreparationJson = { id: string; text: string; createdAt: string };

type ConversationRow = Omit<SharedConversation, "heldBy" | "actions" | "preparations"> & {
  personId: string;
  managerId: string | null;
  heldByName: string | null;
  /** The private note's author, when there is one; never its text. */
  privateNoteAuthorId: string | null;
  hasPrivateNote: boolean;
  actions: ActionJson[];
  preparations: PreparationJson[];
};

const ISO_UTC = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

/** Conversations matching `condition` with their actions and attached preparation notes, newest first, in one statement. */
function loadConversations(organisationId: string, condition: Prisma.Sql) {
  return db.$queryRaw<ConversationRow[]>`
    SELECT c.id, c."personId", c."managerId", held.name AS "heldByName",
           to_char(c."heldOn", 'YYYY-MM-DD') AS "heldOn", to_char(c."nextConversationOn", 'YYYY-MM-DD') AS "nextConversationOn",
           c.aspirations, c.strengths, c.energisers, c."developmentAreas", c."nextRole", c.track::text AS track, c."supportNeeded", c."sharedNotes",
           note."authorId" AS "privateNoteAuthorId", (note.id IS NOT NULL) AS "hasPrivateNote",
           COALESCE((SELECT json_agg(json_build_object('id', a.id, 'description', a.description, 'dueOn', to_char(a."dueOn", 'YYYY-MM-DD'), 'status', a.status,
                                                       'completedAt', to_char(a."completedAt", ${ISO_UTC}), 'ownerId', a."ownerId", 'ownerName', owner.name, 'version', a.version)
                                     ORDER BY a."dueOn", a."createdAt", a.id)
                     FROM "ConversationAction" a
                     LEFT JOIN "Person" owner ON owner.id = a."ownerId" AND owner."organisationId" = a."organisationId"
                     WHERE a."organisationId" = c."organisationId" AND a."conversationId" = c.id), '[]'::json) AS actions,
           COALESCE((SELECT json_agg(json_build_object('id', p.id, 'text', p.text, 'createdAt', to_char(p."createdAt", ${ISO_UTC})) ORDER BY p."createdAt", p.id)
                     FROM "ConversationPreparation" p
                     WHERE p."organisationId" = c."organisationId" AND p."conversationId" = c.id), '[]'::json) AS preparations
    FROM "Conversation" c
    LEFT JOIN "Person" held ON held.id = c."managerId" AND held."organisationId" = c."organisationId"
    LEFT JOIN "ConversationPrivateNote" note ON note."conversationId" = c.id AND note."organisationId" = c."organisationId"
    WHERE c."organisationId" = ${organisationId} AND ${condition}
    ORDER BY c."heldOn" DESC, c."createdAt" DESC, c.id DESC`;
}

const ref = (id: string | null, name: string | null): PersonRef | null => (id && name !== null ? { id, name } : null);

function toShared(row: ConversationRow, viewer: Actor, report: Report, today: DateOnly): SharedConversation {
  const people = { report, heldById: row.managerId };
  return {
    id: row.id,
    heldOn: row.heldOn,
    nextConversationOn: row.nextConversationOn,
    heldBy: ref(row.managerId, row.heldByName),
    aspirations: row.aspirations,
    strengths: row.strengths,
    energisers: row.energisers,
    developmentAreas: row.developmentAreas,
    nextRole: row.nextRole,
    track: row.track,
    supportNeeded: row.supportNeeded,
    sharedNotes: row.sharedNotes,
    actions: row.actions.map((action) => ({
      id: action.id,
      description: action.description,
      dueOn: action.dueOn,
      status: action.status,
      completedAt: action.completedAt ? new Date(action.completedAt) : null,
      owner: ref(action.ownerId, action.ownerName),
      version: action.version,
      overdue: isActionOverdue(action, today),
      canChange: canChangeAgreedAction(viewer, people, action.ownerId),
    })),
    preparations: row.preparations.map((preparation) => ({ id: preparation.id, text: preparation.text, createdAt: new Date(preparation.createdAt) })),
  };
}

/** The report's notes for their next conversation, not yet attached to one. */
function listOpenPreparations(organisationId: string, personId: string): Promise<PreparationView[]> {
  return db.conversationPreparation.findMany({
    where: { organisationId, personId, conversationId: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, text: true, createdAt: true },
  });
}

/** Where the person's conversations stand: the latest one's next date decides. */
const standingOf = (conversations: SharedConversation[], today: DateOnly): ConversationStanding => conversationStanding(conversations[0]?.nextConversationOn ?? null, today);

export type TeamConversations = {
  report: ReportView;
  standing: ConversationStanding;
  conversations: SharedConversation[];
  preparations: PreparationView[];
};

/** A report's conversations and their notes for the next one, for their current manager; anyone else: "not found". */
export async function listReportConversations(actor: Actor & { organisationId: string }, personId: string): Promise<TeamConversations> {
  const report = await findReport(actor.organisationId, personId);
  if (!report || !isCurrentManager(actor, report)) throw new NotFoundError("person");
  const [rows, preparations] = await Promise.all([
    loadConversations(actor.organisationId, Prisma.sql`c."personId" = ${report.id}`),
    listOpenPreparations(actor.organisationId, report.id),
  ]);
  const conversations = rows.map((row) => toShared(row, actor, report, report.today));
  return { report, standing: standingOf(conversations, report.today), conversations, preparations };
}

/** What the log form shows beside the prompts: the report, their notes for this conversation and when they last had one. */
export async function getLogContext(actor: Actor & { organisationId: string }, personId: string) {
  const report = await findReport(actor.organisationId, personId);
  if (!report || !isCurrentManager(actor, report)) throw new NotFoundError("person");
  const [preparations, last] = await Promise.all([
    listOpenPreparations(actor.organisationId, report.id),
    db.conversation.findFirst({
      where: { organisationId: actor.organisationId, personId: report.id },
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
      select: { heldOn: true },
    }),
  ]);
  return { report, preparations, lastHeldOn: last ? toDateOnly(last.heldOn) : null };
}

export type ConversationDetail = {
  report: ReportView;
  conversation: SharedConversation;
  /** The private note's text, for its author while they manage the report; else null. */
  privateNote: string | null;
  canAddAction: boolean;
};

/**
 * One conversation for the manager's pages: the report's current manager or the manager who
 * held it (the shared record; the private note only for its author while they still manage
 * the report). Anyone else, or a conversation with someone else: "not found".
 */
export async function getTeamConversation(actor: Actor & { organisationId: string }, personId: string, conversationId: string): Promise<ConversationDetail> {
  const organisationId = actor.organisationId;
  const report = await findReport(organisationId, personId);
  const [row] = report ? await loadConversations(organisationId, Prisma.sql`c.id = ${conversationId} AND c."personId" = ${report.id}`) : [];
  if (!report || !row) throw new NotFoundError("conversation");
  const people = { report, heldById: row.managerId };
  const managing = isCurrentManager(actor, report) || row.managerId === actor.id;
  if (!managing || !canReadShared(actor, people)) throw new NotFoundError("conversation");
  const note = canReadPrivateNote(actor, people, row.privateNoteAuthorId)
    ? await db.conversationPrivateNote.findFirst({ where: { organisationId, conversationId: row.id }, select: { text: true } })
    : null;
  return {
    report,
    conversation: toShared(row, actor, report, report.today),
    privateNote: note?.text ?? null,
    canAddAction: actor.roles.includes("MANAGER") && isCurrentManager(actor, report),
  };
}

export type AccessLogEntry = { id: string; openedAt: Date; reader: string | null; reason: string; conversationHeldOn: DateOnly };

/** Every opening of private notes about `subjectId`, newest first. */
export async function listNoteAccesses(organisationId: string, subjectId: string): Promise<AccessLogEntry[]> {
  const rows = await db.$queryRaw<(Omit<AccessLogEntry, "conversationHeldOn"> & { conversationHeldOn: string })[]>`
    SELECT access.id, access."createdAt" AS "openedAt", reader.name AS reader, access.reason, to_char(c."heldOn", 'YYYY-MM-DD') AS "conversationHeldOn"
    FROM "NoteAccess" access
    JOIN "Conversation" c ON c.id = access."conversationId" AND c."organisationId" = access."organisationId"
    LEFT JOIN "Person" reader ON reader.id = access."readerId" AND reader."organisationId" = access."organisationId"
    WHERE access."organisationId" = ${organisationId} AND access."subjectId" = ${subjectId}
    ORDER BY access."createdAt" DESC, access.id DESC`;
  return rows;
}

export type MyConversations = TeamConversations & { accessLog: AccessLogEntry[] };

/** The signed-in person's own conversations (shared parts only), their notes for the next one and who has opened notes about them. */
export async function getMyConversations(actor: Actor & { organisationId: string }): Promise<MyConversations> {
  const report = await findReport(actor.organisationId, actor.id);
  if (!report) throw new NotFoundError("person");
  const [rows, preparations, accessLog] = await Promise.all([
    loadConversations(actor.organisationId, Prisma.sql`c."personId" = ${actor.id}`),
    listOpenPreparations(actor.organisationId, actor.id),
    listNoteAccesses(actor.organisationId, actor.id),
  ]);
  const conversations = rows.map((row) => toShared(row, actor, report, report.today));
  return { report, standing: standingOf(conversations, report.today), conversations, preparations, accessLog };
}

export type HrConversation = SharedConversation & { hasPrivateNote: boolean; canOpenPrivateNote: boolean };

/** Someone's conversations for HR: the shared record, whether each has a private note (HR opens it only with a reason), and the access log. */
export async function getPersonConversationsForHr(actor: Actor & { organisationId: string }, personId: string) {
  if (!actor.roles.includes("HR_ADMIN")) throw new NotFoundError("person");
  const report = await findReport(actor.organisationId, personId);
  if (!report) throw new NotFoundError("person");
  const [rows, accessLog] = await Promise.all([
    loadConversations(actor.organisationId, Prisma.sql`c."personId" = ${report.id}`),
    listNoteAccesses(actor.organisationId, report.id),
  ]);
  const conversations: HrConversation[] = rows.map((row) => ({
    ...toShared(row, actor, report, report.today),
    hasPrivateNote: row.hasPrivateNote,
    canOpenPrivateNote: row.hasPrivateNote && canOpenPrivateNote(actor, { report, heldById: row.managerId }),
  }));
  return { report, standing: standingOf(conversations, report.today), conversations, accessLog };
}
