import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AppRole, CareerStage, RoleTrack } from "@/lib/db/generated/enums";
import { NotFoundError } from "@/lib/db/errors";

export const PEOPLE_PAGE_SIZE = 50;

export type PeopleFilter = { q?: string; status?: "active" | "inactive" | "all"; role?: AppRole; manager?: "none"; page?: number };

function peopleWhere(organisationId: string, filter: PeopleFilter): Prisma.PersonWhereInput {
  const status = filter.status ?? "active";
  return {
    organisationId,
    ...(status === "all" ? {} : { active: status === "active" }),
    ...(filter.role ? { roles: { has: filter.role } } : {}),
    ...(filter.manager === "none" ? { managerId: null } : {}),
    ...(filter.q
      ? { OR: [{ name: { contains: filter.q, mode: "insensitive" } }, { email: { contains: filter.q, mode: "insensitive" } }] }
      : {}),
  };
}

export async function listPeople(organisationId: string, filter: PeopleFilter) {
  const where = peopleWhere(organisationId, filter);
  const page = Math.max(1, filter.page ?? 1);
  const [rows, total] = await Promise.all([
    db.person.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        roles: true,
        active: true,
        jobRole: { select: { title: true } },
        manager: { select: { name: true } },
      },
    }),
    db.person.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)) };
}

export async function getPerson(organisationId: string, id: string) {
  const person = await db.person.findFirst({
    where: { id, organisationId },
    select: {
      id: true,
      name: true,
      email: true,
      roles: true,
      active: true,
      deactivatedAt: true,
      jobRoleId: true,
      managerId: true,
      version: true,
      reports: { select: { id: true, name: true }, orderBy: { name: "asc" } },
    },
  });
  if (!person) throw new NotFoundError("person");
  return person;
}

/** Active people to choose a manager from. */
export function listManagerOptions(organisationId: string) {
  return db.person.findMany({
    where: { organisationId, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
}

export function listReports(organisationId: string, managerId: string) {
  return db.person.findMany({
    where: { organisationId, managerId, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, roles: true, jobRole: { select: { title: true } } },
  });
}

type OwnProfileRow = {
  id: string;
  name: string;
  email: string;
  roles: AppRole[];
  jobRoleTitle: string | null;
  track: RoleTrack | null;
  careerStage: CareerStage | null;
  followsTitle: string | null;
  managerName: string | null;
  managerEmail: string | null;
  reports: bigint;
};

/** The signed-in person's own profile: job role, manager and how many active reports, in one statement. */
export async function getOwnProfile(organisationId: string, id: string) {
  const rows = await db.$queryRaw<OwnProfileRow[]>`
    SELECT p.id, p.name, p.email, p.roles::text[] AS roles,
           r.title AS "jobRoleTitle", r.track::text AS track, r."careerStage"::text AS "careerStage", f.title AS "followsTitle",
           m.name AS "managerName", m.email AS "managerEmail",
           (SELECT count(*) FROM "Person" x WHERE x."organisationId" = p."organisationId" AND x."managerId" = p.id AND x.active) AS reports
    FROM "Person" p
    LEFT JOIN "JobRole" r ON r.id = p."jobRoleId" AND r."organisationId" = p."organisationId"
    LEFT JOIN "JobRole" f ON f.id = r."usuallyFollowsId" AND f."organisationId" = p."organisationId"
    LEFT JOIN "Person" m ON m.id = p."managerId" AND m."organisationId" = p."organisationId"
    WHERE p.id = ${id} AND p."organisationId" = ${organisationId}`;
  const row = rows[0];
  if (!row) throw new NotFoundError("person");
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roles: row.roles,
    jobRole:
      row.jobRoleTitle === null || row.track === null || row.careerStage === null
        ? null
        : { title: row.jobRoleTitle, track: row.track, careerStage: row.careerStage, usuallyFollows: row.followsTitle === null ? null : { title: row.followsTitle } },
    manager: row.managerName === null || row.managerEmail === null ? null : { name: row.managerName, email: row.managerEmail },
    _count: { reports: Number(row.reports) },
  };
}

export function countPeople(organisationId: string) {
  return db.person.groupBy({ by: ["active"], where: { organisationId }, _count: { _all: true } });
}

/** Everyone to export as CSV (active only unless asked for all); no secrets, plain values only. */
export async function listPeopleForExport(organisationId: string, status: "active" | "all") {
  const people = await db.person.findMany({
    where: { organisationId, ...(status === "all" ? {} : { active: true }) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { name: true, email: true, roles: true, jobRole: { select: { title: true } }, manager: { select: { email: true } } },
  });
  return people.map((person) => ({
    name: person.name,
    email: person.email,
    roles: person.roles,
    jobRole: person.jobRole?.title ?? null,
    managerEmail: person.manager?.email ?? null,
  }));
}
