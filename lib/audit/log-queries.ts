import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { cursorOf, type AuditFilter, type Cursor } from "./filters";
import { OBJECT_KINDS, OBJECT_TYPES, isEntityType, type EntityType, type ObjectKind, type ObjectTypeFilter } from "./objects";
import { instantRange } from "./period";

/**
 * The audit log HR reads at /hr/audit and exports as CSV. A page is at most six statements:
 * the organisation's time zone, the people a person filter matches, the objects those people own
 * (for "about them"), the page of events and their actors, and the names of the objects on it.
 */

export const PAGE_SIZE = 50;
/** Enough people for a name to match; more means the name is too short to mean one person. */
export const MAX_MATCHED_PEOPLE = 20;
export const EXPORT_LIMIT = 50_000;

type PersonRef = { id: string; name: string; email: string };

export type AuditObject = { entityType: string; id: string; label: string; name: string | null; href: string | null };

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  summary: string;
  actor: PersonRef | null;
  object: AuditObject;
  /** The reason HR gave for reading a private note (any event whose details carry one). */
  reason: string | null;
  details: Prisma.JsonValue;
};

/** Why the filter selects nothing before the events are even read. */
export type PersonProblem = { kind: "nobody" } | { kind: "too-many" };

export type AuditPage = {
  timeZone: string;
  rows: AuditRow[];
  /** Cursors of the neighbouring pages, when there are any. */
  newer: string | null;
  older: string | null;
  people: PersonRef[];
  personProblem: PersonProblem | null;
};

const personRef = { select: { id: true, name: true, email: true } } as const;
const eventSelect = { id: true, createdAt: true, action: true, summary: true, entityType: true, entityId: true, details: true, actor: personRef } as const;

function typeWhere(filter: ObjectTypeFilter): Prisma.AuditEventWhereInput {
  const any: Prisma.AuditEventWhereInput[] = [
    ...(filter.entityTypes ? [{ entityType: { in: [...filter.entityTypes] } }] : []),
    ...(filter.actions ? [{ action: { in: [...filter.actions] } }] : []),
    ...(filter.actionPrefixes ?? []).map((prefix) => ({ action: { startsWith: prefix } })),
  ];
  return { OR: any, ...(filter.exceptActions ? { action: { notIn: [...filter.exceptActions] } } : {}) };
}

function cursorWhere(cursor: Cursor): Prisma.AuditEventWhereInput {
  const beyond = cursor.direction === "before" ? "lt" : "gt";
  return { OR: [{ createdAt: { [beyond]: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { [beyond]: cursor.id } }] };
}

/** People whose name or email contains the text; an exact email narrows it to that person. */
async function matchPeople(organisationId: string, text: string): Promise<PersonRef[]> {
  const people = await db.person.findMany({
    where: { organisationId, OR: [{ name: { contains: text, mode: "insensitive" } }, { email: { contains: text, mode: "insensitive" } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_MATCHED_PEOPLE + 1,
    ...personRef,
  });
  const exact = people.find((person) => person.email.toLowerCase() === text.toLowerCase());
  return exact ? [exact] : people;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const quoted = (identifier: string) => Prisma.raw(`"${identifier}"`);
/** Person events name the person themselves; every other kind with an owner is looked up by it. */
const ownedKinds = (Object.entries(OBJECT_KINDS) as [EntityType, ObjectKind][]).flatMap(([type, kind]) => (kind.owner && type !== "Person" ? [{ type, table: kind.table, owner: kind.owner }] : []));

/** The objects the people own (their inductions, plans, conversations, …), for "about them". */
async function objectsOwnedBy(organisationId: string, personIds: string[]): Promise<Prisma.AuditEventWhereInput[]> {
  const parts = ownedKinds.map(
    ({ type, table, owner }) =>
      Prisma.sql`SELECT ${type}::text AS "entityType", t."id" FROM ${quoted(table)} t WHERE t."organisationId" = ${organisationId} AND t.${quoted(owner)} = ANY(${personIds}::text[])`,
  );
  const owned = await db.$queryRaw<{ entityType: string; id: string }[]>(Prisma.join(parts, " UNION ALL "));
  const byType = groupBy(owned, (row) => row.entityType);
  return [{ entityType: "Person", entityId: { in: personIds } }, ...[...byType].map(([entityType, rows]) => ({ entityType, entityId: { in: rows.map((row) => row.id) } }))];
}

async function personWhere(organisationId: string, filter: AuditFilter, people: PersonRef[]): Promise<Prisma.AuditEventWhereInput> {
  const ids = people.map((person) => person.id);
  const by = filter.involving === "about" ? [] : [{ actorId: { in: ids } }];
  const about = filter.involving === "by" ? [] : await objectsOwnedBy(organisationId, ids);
  return { OR: [...by, ...about] };
}

type EventRow = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>;

/** Each object's name and link, for the objects that still exist; one statement for the whole page. */
async function describeObjects(organisationId: string, rows: EventRow[]): Promise<Map<string, { name: string | null; parent: string | null }>> {
  const known = rows.filter((row): row is EventRow & { entityType: EntityType } => isEntityType(row.entityType));
  const byType = groupBy(known, (row) => row.entityType);
  if (byType.size === 0) return new Map();
  const parts = [...byType].map(([type, group]) => {
    const kind: ObjectKind = OBJECT_KINDS[type as EntityType];
    const ids = [...new Set(group.map((row) => row.entityId))];
    return Prisma.sql`SELECT ${type}::text AS "entityType", t."id", ${Prisma.raw(kind.name)} AS "name", ${Prisma.raw(kind.parent ?? "NULL")}::text AS "parent"
      FROM ${quoted(kind.table)} t WHERE t.${quoted(kind.tenant ?? "organisationId")} = ${organisationId} AND t."id" = ANY(${ids}::text[])`;
  });
  const found = await db.$queryRaw<{ entityType: string; id: string; name: string | null; parent: string | null }[]>(Prisma.join(parts, " UNION ALL "));
  return new Map(found.map((row) => [`${row.entityType}:${row.id}`, { name: row.name, parent: row.parent }]));
}

function reasonOf(details: Prisma.JsonValue): string | null {
  return details && typeof details === "object" && !Array.isArray(details) && typeof details.reason === "string" ? details.reason : null;
}

async function withObjects(organisationId: string, rows: EventRow[]): Promise<AuditRow[]> {
  const objects = await describeObjects(organisationId, rows);
  return rows.map(({ entityType, entityId, ...row }) => {
    const kind: ObjectKind | undefined = isEntityType(entityType) ? OBJECT_KINDS[entityType] : undefined;
    const found = objects.get(`${entityType}:${entityId}`);
    return {
      ...row,
      reason: reasonOf(row.details),
      object: {
        entityType,
        id: entityId,
        label: kind?.label ?? entityType,
        name: found?.name ?? null,
        href: found && kind?.href ? kind.href(entityId, found.parent) : null,
      },
    };
  });
}

/** The `where` of a filter, or the reason nothing can match. */
async function eventWhere(organisationId: string, filter: AuditFilter, timeZone: string) {
  const people = filter.person ? await matchPeople(organisationId, filter.person) : [];
  const personProblem: PersonProblem | null = !filter.person ? null : people.length === 0 ? { kind: "nobody" } : people.length > MAX_MATCHED_PEOPLE ? { kind: "too-many" } : null;
  const range = instantRange(timeZone, filter.from, filter.to);
  const conditions: Prisma.AuditEventWhereInput[] = [
    ...(filter.type ? [typeWhere(OBJECT_TYPES[filter.type])] : []),
    ...(filter.object ? [{ entityId: filter.object }] : []),
    ...(range.gte || range.lt ? [{ createdAt: range }] : []),
    ...(filter.person && !personProblem ? [await personWhere(organisationId, filter, people)] : []),
  ];
  return { where: { organisationId, AND: conditions } satisfies Prisma.AuditEventWhereInput, people: personProblem ? [] : people, personProblem };
}

async function timeZoneOf(organisationId: string) {
  return (await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { timeZone: true } })).timeZone;
}

/** One page of the log under a filter, newest first. */
export async function getAuditPage(organisationId: string, filter: AuditFilter): Promise<AuditPage> {
  const timeZone = await timeZoneOf(organisationId);
  const { where, people, personProblem } = await eventWhere(organisationId, filter, timeZone);
  if (personProblem) return { timeZone, rows: [], newer: null, older: null, people, personProblem };

  const cursor = filter.cursor;
  const newestFirst = cursor?.direction !== "after";
  const direction = newestFirst ? "desc" : "asc";
  const fetched = await db.auditEvent.findMany({
    where: cursor ? { AND: [where, cursorWhere(cursor)] } : where,
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: PAGE_SIZE + 1,
    select: eventSelect,
  });
  const more = fetched.length > PAGE_SIZE;
  const page = fetched.slice(0, PAGE_SIZE);
  if (!newestFirst) page.reverse();
  const rows = await withObjects(organisationId, page);
  const first = rows[0];
  const last = rows.at(-1);
  return {
    timeZone,
    rows,
    newer: first && (newestFirst ? cursor !== undefined : more) ? cursorOf(first) : null,
    older: last && (newestFirst ? more : true) ? cursorOf(last) : null,
    people,
    personProblem,
  };
}

export type AuditExport = { timeZone: string; rows: AuditRow[]; tooMany: boolean };

/** Every event under a filter, newest first, up to EXPORT_LIMIT (`tooMany` says there were more). */
export async function listAuditExport(organisationId: string, filter: AuditFilter): Promise<AuditExport> {
  const timeZone = await timeZoneOf(organisationId);
  const { where, personProblem } = await eventWhere(organisationId, filter, timeZone);
  if (personProblem) return { timeZone, rows: [], tooMany: false };
  const fetched = await db.auditEvent.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: EXPORT_LIMIT + 1, select: eventSelect });
  if (fetched.length > EXPORT_LIMIT) return { timeZone, rows: [], tooMany: true };
  return { timeZone, rows: await withObjects(organisationId, fetched), tooMany: false };
}
