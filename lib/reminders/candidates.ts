import "server-only";
import { db } from "@/lib/db/client";
import { isTimeZone, todayIn, type DateOnly } from "@/lib/inductions/dates";
import type { ActionCandidate, ConversationCandidate, Someone } from "./due";
import { searchWindow } from "./stages";

/**
 * The job's search across every organisation, in SQL. Each organisation's "today" depends on
 * its time zone, so the search takes one window of days per time zone in use and, for each
 * organisation, walks the (organisationId, nextConversationOn) and (organisationId, status,
 * dueOn) indexes over that window; people are then found by primary key. Only the small
 * Organisation table is read whole. `OFFSET 0` keeps PostgreSQL from flattening the LATERAL
 * subqueries: flattened, it misjudges the window and scans Person and Conversation whole
 * (EXPLAIN on 16,000 people and 47,000 conversations: 200 ms with seq scans, 30–70 ms without).
 */

export type TimeZoneDay = { timeZone: string; today: DateOnly };

/** Today in every time zone an organisation uses (a time zone the runtime does not know is skipped). */
export async function organisationDays(now: Date): Promise<TimeZoneDay[]> {
  const zones = await db.$queryRaw<{ timeZone: string }[]>`SELECT DISTINCT "timeZone" FROM "Organisation"`;
  return zones.filter((zone) => isTimeZone(zone.timeZone)).map(({ timeZone }) => ({ timeZone, today: todayIn(timeZone, now) }));
}

type Window = { zones: string[]; todays: DateOnly[]; froms: DateOnly[]; tos: DateOnly[] };

function windows(days: TimeZoneDay[], to: (today: DateOnly) => DateOnly): Window {
  return {
    zones: days.map((day) => day.timeZone),
    todays: days.map((day) => day.today),
    froms: days.map((day) => searchWindow(day.today).from),
    tos: days.map((day) => to(day.today)),
  };
}

type ConversationRow = {
  organisationId: string;
  today: DateOnly;
  conversationId: string;
  nextOn: DateOnly;
  reportId: string;
  reportName: string;
  reportEmail: string;
  managerId: string;
  managerName: string;
  managerEmail: string;
};

export async function findConversationCandidates(days: TimeZoneDay[]): Promise<(ConversationCandidate & { today: DateOnly })[]> {
  if (days.length === 0) return [];
  const { zones, todays, froms, tos } = windows(days, (today) => searchWindow(today).conversationsTo);
  const rows = await db.$queryRaw<ConversationRow[]>`
    SELECT c."organisationId", z.today, c.id AS "conversationId", to_char(c."nextConversationOn", 'YYYY-MM-DD') AS "nextOn",
           p.id AS "reportId", p.name AS "reportName", p.email AS "reportEmail",
           m.id AS "managerId", m.name AS "managerName", m.email AS "managerEmail"
    FROM unnest(${zones}::text[], ${todays}::text[], ${froms}::date[], ${tos}::date[]) AS z(zone, today, "from", "to")
    JOIN "Organisation" o ON o."timeZone" = z.zone
    CROSS JOIN LATERAL (
      SELECT * FROM "Conversation" c WHERE c."organisationId" = o.id AND c."nextConversationOn" BETWEEN z."from" AND z."to" OFFSET 0
    ) c
    JOIN "Person" p ON p.id = c."personId" AND p."organisationId" = c."organisationId" AND p.active AND p."managerId" = c."managerId"
    JOIN "Person" m ON m.id = c."managerId" AND m."organisationId" = c."organisationId" AND m.active
    WHERE NOT EXISTS (
      SELECT 1 FROM "Conversation" later
      WHERE later."organisationId" = c."organisationId" AND later."personId" = c."personId" AND later."managerId" = c."managerId"
        AND (later."heldOn", later."createdAt", later.id) > (c."heldOn", c."createdAt", c.id)
    )`;
  return rows.map((row) => ({
    organisationId: row.organisationId,
    today: row.today,
    conversationId: row.conversationId,
    nextOn: row.nextOn,
    report: { id: row.reportId, name: row.reportName, email: row.reportEmail },
    manager: { id: row.managerId, name: row.managerName, email: row.managerEmail },
  }));
}

type ActionRow = {
  organisationId: string;
  today: DateOnly;
  actionId: string;
  description: string;
  dueOn: DateOnly;
  reportId: string;
  reportName: string;
  reportEmail: string;
  ownerId: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
  managerId: string | null;
  managerName: string | null;
  managerEmail: string | null;
};

/** A left-joined person: null when the join found nobody (active). */
function joined(id: string | null, name: string | null, email: string | null): Someone | null {
  return id === null || name === null || email === null ? null : { id, name, email };
}

export async function findActionCandidates(days: TimeZoneDay[]): Promise<(ActionCandidate & { today: DateOnly })[]> {
  if (days.length === 0) return [];
  const { zones, todays, froms, tos } = windows(days, (today) => searchWindow(today).actionsTo);
  const rows = await db.$queryRaw<ActionRow[]>`
    SELECT a."organisationId", z.today, a.id AS "actionId", a.description, to_char(a."dueOn", 'YYYY-MM-DD') AS "dueOn",
           p.id AS "reportId", p.name AS "reportName", p.email AS "reportEmail",
           w.id AS "ownerId", w.name AS "ownerName", w.email AS "ownerEmail",
           m.id AS "managerId", m.name AS "managerName", m.email AS "managerEmail"
    FROM unnest(${zones}::text[], ${todays}::text[], ${froms}::date[], ${tos}::date[]) AS z(zone, today, "from", "to")
    JOIN "Organisation" o ON o."timeZone" = z.zone
    CROSS JOIN LATERAL (
      SELECT * FROM "ConversationAction" a WHERE a."organisationId" = o.id AND a.status = 'OPEN' AND a."dueOn" BETWEEN z."from" AND z."to" OFFSET 0
    ) a
    JOIN "Conversation" c ON c.id = a."conversationId" AND c."organisationId" = a."organisationId"
    JOIN "Person" p ON p.id = c."personId" AND p."organisationId" = a."organisationId" AND p.active
    LEFT JOIN "Person" w ON w.id = a."ownerId" AND w."organisationId" = a."organisationId" AND w.active
    LEFT JOIN "Person" m ON m.id = c."managerId" AND m."organisationId" = a."organisationId" AND m.active AND p."managerId" = m.id`;
  return rows.map((row) => ({
    organisationId: row.organisationId,
    today: row.today,
    actionId: row.actionId,
    description: row.description,
    dueOn: row.dueOn,
    status: "OPEN",
    report: { id: row.reportId, name: row.reportName, email: row.reportEmail },
    owner: joined(row.ownerId, row.ownerName, row.ownerEmail),
    currentManager: joined(row.managerId, row.managerName, row.managerEmail),
  }));
}
