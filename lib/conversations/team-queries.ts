import "server-only";
import { db } from "@/lib/db/client";
import type { DateOnly } from "@/lib/inductions/dates";

/** What the manager's team pages need to know about career conversations, counted by the database. */

export type LatestConversation = { lastHeldOn: DateOnly; nextConversationOn: DateOnly };

/**
 * The latest conversation (held on, next one planned for) of each of a manager's people: their
 * direct reports and `personIds` (whose inductions name them), one row per person, in one statement.
 */
export async function latestConversations(organisationId: string, team: { managerId: string; personIds: readonly string[] }): Promise<Map<string, LatestConversation>> {
  const rows = await db.$queryRaw<(LatestConversation & { personId: string })[]>`
    SELECT DISTINCT ON (c."personId") c."personId", to_char(c."heldOn", 'YYYY-MM-DD') AS "lastHeldOn", to_char(c."nextConversationOn", 'YYYY-MM-DD') AS "nextConversationOn"
    FROM "Conversation" c
    WHERE c."organisationId" = ${organisationId}
      AND c."personId" IN (SELECT p.id FROM "Person" p
                           WHERE p."organisationId" = ${organisationId} AND (p."managerId" = ${team.managerId} OR p.id = ANY(${[...team.personIds]}::text[])))
    ORDER BY c."personId", c."heldOn" DESC, c."createdAt" DESC`;
  return new Map(rows.map(({ personId, ...latest }) => [personId, latest]));
}

export type TeamMemberTabs = { name: string; managesPerson: boolean; hasInduction: boolean };

/** Which of a team member's pages the viewer reaches: theirs as current manager, and the induction they manage or support. */
export async function teamMemberTabs(organisationId: string, viewerId: string, personId: string): Promise<TeamMemberTabs> {
  const rows = await db.$queryRaw<TeamMemberTabs[]>`
    SELECT p.name, p."managerId" IS NOT DISTINCT FROM ${viewerId}::text AS "managesPerson",
           EXISTS (SELECT 1 FROM "Induction" i
                   WHERE i."organisationId" = p."organisationId" AND i."personId" = p.id AND (i."managerId" = ${viewerId} OR i."supporterId" = ${viewerId})) AS "hasInduction"
    FROM "Person" p
    WHERE p.id = ${personId} AND p."organisationId" = ${organisationId} AND p.id <> ${viewerId}`;
  return rows[0] ?? { name: "", managesPerson: false, hasInduction: false };
}
