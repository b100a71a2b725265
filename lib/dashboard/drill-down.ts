import "server-only";
import { db } from "@/lib/db/client";
import type { ItemOwner } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import type { DateOnly } from "@/lib/inductions/dates";
import { coveragePeriod, type DashboardFilters, type Period } from "./filters";
import { inductionScope, personScope } from "./scope";

/**
 * The people behind a dashboard figure, under the same filters: names, and dates and counts
 * only; never the content of a conversation or its private note.
 */

export const DRILL_DOWN_LIMIT = 500;

export type DrillDownPerson = { id: string; name: string; detail: string | null; count: number | null; date: DateOnly | null };

/** New leaders with overdue induction items (of one owner, when given): how many, and the earliest due date. */
export function peopleWithOverdueItems(organisationId: string, filters: DashboardFilters, today: DateOnly, owner: ItemOwner | null): Promise<DrillDownPerson[]> {
  const ownerCondition = owner ? Prisma.sql` AND it.owner = ${owner}::"ItemOwner"` : Prisma.empty;
  return db.$queryRaw<DrillDownPerson[]>`
    SELECT p.id, p.name, r.title AS detail, count(*)::int AS count, to_char(min(it."dueDate"), 'YYYY-MM-DD') AS date
    FROM "Induction" i
    JOIN "InductionItem" it ON it."organisationId" = i."organisationId" AND it."inductionId" = i.id
    JOIN "Person" p ON p."organisationId" = i."organisationId" AND p.id = i."personId"
    JOIN "JobRole" r ON r."organisationId" = i."organisationId" AND r.id = i."jobRoleId"
    WHERE i."organisationId" = ${organisationId} ${inductionScope(filters)}
      AND it.status = 'OPEN' AND it."dueDate" < ${today}::date ${ownerCondition}
    GROUP BY p.id, p.name, r.title
    ORDER BY p.name, p.id
    LIMIT ${DRILL_DOWN_LIMIT + 1}`;
}

/** Active people with a manager and no career conversation in the coverage period: their manager and their last conversation's date. */
export async function peopleWithoutConversation(organisationId: string, filters: DashboardFilters, today: DateOnly): Promise<Period & { people: DrillDownPerson[] }> {
  const period = coveragePeriod(filters, today);
  const people = await db.$queryRaw<DrillDownPerson[]>`
    SELECT p.id, p.name, m.name AS detail, NULL::int AS count,
           (SELECT to_char(max(cv."heldOn"), 'YYYY-MM-DD') FROM "Conversation" cv
            WHERE cv."organisationId" = p."organisationId" AND cv."personId" = p.id) AS date
    FROM "Person" p
    JOIN "Person" m ON m."organisationId" = p."organisationId" AND m.id = p."managerId"
    WHERE p."organisationId" = ${organisationId} ${personScope(filters)}
      AND NOT EXISTS (SELECT 1 FROM "Conversation" cv
                      WHERE cv."organisationId" = p."organisationId" AND cv."personId" = p.id
                        AND cv."heldOn" BETWEEN ${period.start}::date AND ${period.end}::date)
    ORDER BY p.name, p.id
    LIMIT ${DRILL_DOWN_LIMIT + 1}`;
  return { ...period, people };
}
