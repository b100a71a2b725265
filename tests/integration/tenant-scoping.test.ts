import { beforeAll, describe, expect, it } from "vitest";
import { listRecentAuditEvents } from "@/lib/audit/queries";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import { getOrganisationOverview } from "@/lib/people/overview";
import { countPeople, getOwnProfile, getPerson, listManagerOptions, listPeople, listPeopleForExport, listReports } from "@/lib/people/queries";
import { getJobRole, listJobRoleOptions, listJobRoles } from "@/lib/roles/queries";
import { buildJobRole, buildPerson } from "@/tests/factories";
import { buildWorld, type World } from "@/tests/support/world";

/**
 * The read paths in lib take the caller's organisation id; whatever else they are
 * given (another organisation's ids, a search that matches its people), they
 * return organisation A's rows only. Organisation B gets rows of every kind A
 * has, so a query that forgets its organisationId filter returns some of them.
 */

let world: World;
let A: string;
let B: string;
let b: { manager: { id: string }; report: { id: string; name: string }; inactive: { id: string }; role: { id: string } };

async function idsOf(model: "person" | "jobRole" | "auditEvent", organisationId: string): Promise<Set<string>> {
  const where = { where: { organisationId }, select: { id: true } } as const;
  const rows = model === "person" ? await db.person.findMany(where) : model === "jobRole" ? await db.jobRole.findMany(where) : await db.auditEvent.findMany(where);
  return new Set(rows.map((row) => row.id));
}

/** Every id is organisation A's (and there is at least one, so the check means something). */
async function expectOnlyA(model: "person" | "jobRole" | "auditEvent", ids: string[], what: string) {
  const own = await idsOf(model, A);
  expect(ids.length, `${what} returned nothing, so it proves nothing`).toBeGreaterThan(0);
  expect(ids.filter((id) => !own.has(id)), `${what} returned rows of another organisation`).toEqual([]);
}

beforeAll(async () => {
  world = await buildWorld();
  A = world.organisation.id;
  B = world.foreignOrganisation.id;
  const manager = await buildPerson(db, B, { name: "Bo Boss", roles: ["MANAGER", "COACH"] });
  const role = await buildJobRole(db, B, { title: "Zeta role", usuallyFollowsId: world.foreignRole.id });
  const report = await buildPerson(db, B, { name: "Bea Leader Report", roles: ["LEADER"], managerId: manager.id, jobRoleId: role.id });
  const inactive = await buildPerson(db, B, { name: "Ina Inactive", active: false, roles: ["HR_ADMIN"] });
  await buildPerson(db, B, { name: "Nemo Nomanager" });
  b = { manager, report, inactive, role };
  for (const [organisationId, actorId, summary] of [
    [A, world.hr.id, "A changed something"],
    [B, world.foreignHr.id, "B changed something"],
  ] as const) {
    await db.auditEvent.create({ data: { organisationId, actorId, action: "test.event", entityType: "Person", entityId: actorId, summary } });
  }
});

describe("read paths never return another organisation's rows", () => {
  it("getPerson: A's person, but not B's by id", async () => {
    expect((await getPerson(A, world.leader.id)).id).toBe(world.leader.id);
    for (const id of [world.foreignHr.id, b.report.id, b.inactive.id]) await expect(getPerson(A, id)).rejects.toBeInstanceOf(NotFoundError);
    await expectOnlyA("person", (await getPerson(A, world.manager.id)).reports.map((r) => r.id), "getPerson(...).reports");
  });

  it("getJobRole: A's role, but not B's by id", async () => {
    expect((await getJobRole(A, world.expertRole.id)).id).toBe(world.expertRole.id);
    for (const id of [world.foreignRole.id, b.role.id]) await expect(getJobRole(A, id)).rejects.toBeInstanceOf(NotFoundError);
    await expectOnlyA("jobRole", (await getJobRole(A, world.expertRole.id)).followedBy.map((r) => r.id), "getJobRole(...).followedBy");
  });

  it("getOwnProfile: A's person, but not B's by id", async () => {
    expect((await getOwnProfile(A, world.leader.id)).id).toBe(world.leader.id);
    for (const id of [world.foreignHr.id, b.manager.id]) await expect(getOwnProfile(A, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("listPeople: every filter returns A's people only", async () => {
    const filters = [{}, { status: "all" as const }, { status: "inactive" as const }, { role: "LEADER" as const }, { role: "HR_ADMIN" as const, status: "all" as const }, { q: "e" }];
    for (const filter of filters) {
      const { rows, total } = await listPeople(A, filter);
      if (filter.status === "inactive") {
        expect(rows, "A has no inactive people, B has one").toEqual([]);
        continue;
      }
      await expectOnlyA("person", rows.map((row) => row.id), `listPeople(A, ${JSON.stringify(filter)})`);
      expect(total, `listPeople(A, ${JSON.stringify(filter)}).total counts B's people`).toBe(rows.length);
    }
    expect(await listPeople(A, { q: b.report.name, status: "all" }), "searching for B's person by name").toMatchObject({ rows: [], total: 0 });
  });

  it("listReports: A's manager's reports; nothing for B's manager", async () => {
    await expectOnlyA("person", (await listReports(A, world.manager.id)).map((row) => row.id), "listReports(A, A's manager)");
    expect(await listReports(A, b.manager.id)).toEqual([]);
  });

  it("listJobRoles and listJobRoleOptions: A's roles only", async () => {
    await expectOnlyA("jobRole", (await listJobRoles(A)).map((row) => row.id), "listJobRoles(A)");
    await expectOnlyA("jobRole", (await listJobRoleOptions(A)).map((row) => row.id), "listJobRoleOptions(A)");
  });

  it("listManagerOptions: A's active people only", async () => {
    await expectOnlyA("person", (await listManagerOptions(A)).map((row) => row.id), "listManagerOptions(A)");
  });

  it("getOrganisationOverview and countPeople: A's figures, untouched by B's", async () => {
    const people = await db.person.findMany({ where: { organisationId: A }, select: { active: true, managerId: true, roles: true } });
    const active = people.filter((p) => p.active);
    const byRole: Record<string, number> = {};
    for (const person of active) for (const role of person.roles) byRole[role] = (byRole[role] ?? 0) + 1;
    expect(await getOrganisationOverview(A)).toEqual({
      active: active.length,
      inactive: people.length - active.length,
      withoutManager: active.filter((p) => !p.managerId).length,
      jobRoles: await db.jobRole.count({ where: { organisationId: A } }),
      byRole,
    });
    const counts = Object.fromEntries((await countPeople(A)).map((row) => [String(row.active), row._count._all]));
    expect(counts).toEqual({ true: active.length });
  });

  it("listRecentAuditEvents: A's events only", async () => {
    await expectOnlyA("auditEvent", (await listRecentAuditEvents(A, 100)).map((row) => row.id), "listRecentAuditEvents(A)");
  });

  it("listPeopleForExport: A's people only", async () => {
    const own = new Set((await db.person.findMany({ where: { organisationId: A }, select: { email: true } })).map((p) => p.email));
    const rows = await listPeopleForExport(A, "all");
    expect(rows.length).toBe(own.size);
    expect(rows.filter((row) => !own.has(row.email)), "exported another organisation's people").toEqual([]);
  });
});
