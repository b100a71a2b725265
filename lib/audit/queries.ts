import "server-only";
import { db } from "@/lib/db/client";

type RecentEvent = { id: string; summary: string; createdAt: Date; actor: { name: string } | null };

/** The latest changes, with who made them, in one statement (the HR dashboard's budget is ten). */
export async function listRecentAuditEvents(organisationId: string, take = 10): Promise<RecentEvent[]> {
  const rows = await db.$queryRaw<{ id: string; summary: string; createdAt: Date; actorName: string | null }[]>`
    SELECT e.id, e.summary, e."createdAt", a.name AS "actorName"
    FROM "AuditEvent" e LEFT JOIN "Person" a ON a.id = e."actorId" AND a."organisationId" = e."organisationId"
    WHERE e."organisationId" = ${organisationId}
    ORDER BY e."createdAt" DESC
    LIMIT ${take}`;
  return rows.map(({ actorName, ...event }) => ({ ...event, actor: actorName === null ? null : { name: actorName } }));
}
