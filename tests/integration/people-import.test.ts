import { describe, expect, it } from "vitest";
import { importPeopleAction, previewPeopleImportAction } from "@/app/(app)/hr/people/import/actions";
import { GET as exportPeople } from "@/app/(app)/hr/people/export/route";
import { db } from "@/lib/db/client";
import { parsePeopleCsv } from "@/lib/people/csv";
import type { PeopleImportPreview, PeopleImportResult } from "@/lib/people/import";
import { buildPerson, uniqueSuffix } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";
import { buildWorld, type World } from "@/tests/support/world";

const HEADER = "name,email,job_role,manager_email,app_roles";

function csvForm(csv: string) {
  const data = new FormData();
  data.set("csv", csv);
  return data;
}

async function preview(csv: string) {
  const result = await previewPeopleImportAction(null, csvForm(csv));
  if (!result.ok) throw new Error(`Preview refused: ${result.message}`);
  return result.data as PeopleImportPreview;
}

function peopleIn(organisationId: string) {
  return db.person.count({ where: { organisationId } });
}

/** A small valid file: a new manager in the file, a report of theirs, and a report of an existing manager. */
function teamCsv(world: World, tag = uniqueSuffix()) {
  return {
    tag,
    csv: [
      HEADER,
      `Zainab Idowu,zainab.${tag}@example.test,Engineering Manager,,Manager; Coach or mentor`,
      `"Müller, Jonas",jonas.${tag}@example.test,senior engineer,zainab.${tag}@example.test,LEADER`,
      `Siobhán Kelly,siobhan.${tag}@example.test,,${world.manager.email},`,
    ].join("\r\n"),
  };
}

describe("people CSV import", () => {
  it("previews every row and writes nothing", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const before = await db.person.count();
    const { csv } = teamCsv(world);
    const result = await preview(`${csv}\r\nBad Row,not-an-email,Astronaut,,`);
    expect(result).toMatchObject({ total: 4, ready: 3, withErrors: 1 });
    expect(result.rows.map((row) => [row.row, row.errors.length])).toEqual([
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 2],
    ]);
    expect(result.rows[1]?.outcome).toBe("Will be added; reports to Zainab Idowu (row 2)");
    expect(result.rows[2]?.outcome).toBe("Will be added; reports to Manny Manager");
    expect(result.rows[3]?.errors).toEqual([
      "The email “not-an-email” is not a valid email address.",
      "Your organisation has no job role called “Astronaut”. Add it under Job roles first, or leave the cell empty.",
    ]);
    expect(await db.person.count()).toBe(before);
  });

  it("imports people with managers, job roles and app roles into the HR admin's organisation, with one audit event", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const { csv, tag } = teamCsv(world);
    const result = await importPeopleAction(null, csvForm(csv));
    expect(result).toEqual({ ok: true, message: "Added 3 people.", data: { created: 3, withManager: 2 } });

    const people = await db.person.findMany({
      where: { email: { contains: tag } },
      select: { name: true, email: true, organisationId: true, roles: true, jobRoleId: true, managerId: true, active: true, id: true },
      orderBy: { email: "asc" },
    });
    const [jonas, siobhan, zainab] = people;
    expect(people.every((person) => person.organisationId === world.organisation.id && person.active)).toBe(true);
    expect(zainab).toMatchObject({ name: "Zainab Idowu", roles: ["MANAGER", "COACH"], jobRoleId: world.leaderRole.id, managerId: null });
    expect(jonas).toMatchObject({ name: "Müller, Jonas", roles: ["LEADER"], jobRoleId: world.expertRole.id, managerId: zainab?.id });
    expect(siobhan).toMatchObject({ name: "Siobhán Kelly", roles: [], jobRoleId: null, managerId: world.manager.id });
    const hashes = await db.person.findMany({ where: { email: { contains: tag } }, select: { passwordHash: true } });
    expect(hashes.every((person) => person.passwordHash === null)).toBe(true);

    const audit = await db.auditEvent.findMany({ where: { organisationId: world.organisation.id, action: "people.imported" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: world.hr.id, summary: "Imported 3 people from a CSV file", details: { created: 3, withManager: 2, withJobRole: 2 } });
  });

  it("writes nothing when one row is bad, and says so", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const before = await db.person.count();
    const auditsBefore = await db.auditEvent.count();
    const { csv } = teamCsv(world);
    const result = await importPeopleAction(null, csvForm(`${csv}\r\nEve,eve-${uniqueSuffix()}@example.test,,,=cmd|' /C calc'!A0`));
    expect(result).toMatchObject({ ok: false, message: "Nothing was imported: 1 row has errors. Fix them and check the file again." });
    expect(await db.person.count()).toBe(before);
    expect(await db.auditEvent.count()).toBe(auditsBefore);
  });

  it("refuses an email already used in another organisation without saying which", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const csv = `${HEADER}\nCopy Cat,${world.foreignHr.email.toUpperCase()},,,\nOwn,${world.coach.email},,,`;
    const result = await preview(csv);
    expect(result.rows[0]?.errors).toEqual(["This email address is already in use, so it cannot be added. Each person needs their own address."]);
    expect(result.rows[1]?.errors).toEqual(["Cole Coach already has this email in your organisation."]);
    expect(JSON.stringify(result)).not.toContain(world.foreignOrganisation.name);
    expect(JSON.stringify(result)).not.toContain(world.foreignHr.name);

    const before = await peopleIn(world.organisation.id);
    expect(await importPeopleAction(null, csvForm(csv))).toMatchObject({ ok: false });
    expect(await peopleIn(world.organisation.id)).toBe(before);
  });

  it("refuses a manager from another organisation, a deactivated manager and a foreign job role", async () => {
    const world = await buildWorld();
    const gone = await buildPerson(db, world.organisation.id, { name: "Gone Manager", active: false });
    signInAs(world.hr);
    const tag = uniqueSuffix();
    const csv = [
      HEADER,
      `A,a-${tag}@example.test,,${world.foreignHr.email},`,
      `B,b-${tag}@example.test,,${gone.email},`,
      `C,c-${tag}@example.test,${world.foreignRole.title},,`,
    ].join("\n");
    const result = await preview(csv);
    expect(result.rows.map((row) => row.errors)).toEqual([
      [`Nobody in your organisation or in this file has the manager email “${world.foreignHr.email}”.`],
      [`The manager Gone Manager (${gone.email}) is deactivated. Choose an active manager or leave the cell empty.`],
      ["Your organisation has no job role called “Foreign role”. Add it under Job roles first, or leave the cell empty."],
    ]);
    expect(await importPeopleAction(null, csvForm(csv))).toMatchObject({ ok: false });
    expect(await db.person.count({ where: { email: { contains: tag } } })).toBe(0);
  });

  it("a foreign HR admin's import lands in their own organisation and cannot reach this one's managers", async () => {
    const world = await buildWorld();
    signInAs(world.foreignHr);
    const tag = uniqueSuffix();
    const refused = await importPeopleAction(null, csvForm(`${HEADER}\nX,x-${tag}@example.test,,${world.manager.email},`));
    expect(refused).toMatchObject({ ok: false });
    expect(await importPeopleAction(null, csvForm(`${HEADER}\nY,y-${tag}@example.test,,${world.foreignHr.email},`))).toMatchObject({ ok: true });
    const y = await db.person.findUniqueOrThrow({ where: { email: `y-${tag}@example.test` } });
    expect(y).toMatchObject({ organisationId: world.foreignOrganisation.id, managerId: world.foreignHr.id });
  });

  it("refuses file-level problems and hostile input with a clear message", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    for (const action of [previewPeopleImportAction, importPeopleAction]) {
      expect(await action(null, csvForm("name,email\nAnn,ann@example.test"))).toMatchObject({
        ok: false,
        fieldErrors: { csv: expect.arrayContaining(["Missing columns: job_role, manager_email and app_roles."]) },
      });
      expect(await action(null, new FormData())).toMatchObject({ ok: false, fieldErrors: { csv: ["Choose a CSV file"] } });
      expect(await action(null, { csv: 42 })).toMatchObject({ ok: false, fieldErrors: { csv: ["Choose a CSV file"] } });
      expect(await action(null, csvForm("   \r\n"))).toMatchObject({ ok: false, fieldErrors: { csv: ["The file is empty"] } });
      expect(await action(null, csvForm("x".repeat(5 * 1024 * 1024 + 1)))).toMatchObject({
        ok: false,
        fieldErrors: { csv: [expect.stringContaining("larger than 5 MB")] },
      });
    }
  });

  it("a second submission of the same file adds nobody twice", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const { csv, tag } = teamCsv(world);
    expect(await importPeopleAction(null, csvForm(csv))).toMatchObject({ ok: true });
    const again = await importPeopleAction(null, csvForm(csv));
    expect(again).toMatchObject({ ok: false, message: "Nothing was imported: 3 rows have errors. Fix them and check the file again." });
    expect(await db.person.count({ where: { email: { contains: tag } } })).toBe(3);
  });

  it("two imports of the same file at once add everyone once", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const { csv, tag } = teamCsv(world);
    const results = await Promise.all([importPeopleAction(null, csvForm(csv)), importPeopleAction(null, csvForm(csv))]);
    // The loser either saw the winner's rows when it checked, or met them at the unique index.
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ message: expect.stringMatching(/^(Nothing was imported|Someone added)/) });
    expect(await db.person.count({ where: { email: { contains: tag } } })).toBe(3);
    expect(await db.auditEvent.count({ where: { organisationId: world.organisation.id, action: "people.imported" } })).toBe(1);
  });

  it("refuses people without the HR admin hat, and the signed-out", async () => {
    const world = await buildWorld();
    const { csv, tag } = teamCsv(world);
    for (const person of [world.manager, world.leader, world.coach, world.member, null]) {
      signInAs(person);
      const message = person ? "You do not have permission to do that." : "Your session has ended. Please sign in again.";
      expect(await previewPeopleImportAction(null, csvForm(csv))).toEqual({ ok: false, message });
      expect(await importPeopleAction(null, csvForm(csv))).toEqual({ ok: false, message });
    }
    expect(await db.person.count({ where: { email: { contains: tag } } })).toBe(0);
  });

  it("imports 10,000 people with their managers in one go", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const tag = uniqueSuffix();
    const email = (i: number) => `p${i}.${tag}@example.test`;
    // Row i reports to row floor((i - 1) / 10); the first row reports to an existing manager.
    const lines = [HEADER];
    for (let i = 0; i < 10_000; i++) {
      const manager = i === 0 ? world.manager.email : email(Math.floor((i - 1) / 10));
      const role = i % 3 === 0 ? "Senior Engineer" : "";
      const hats = i % 10 === 0 ? "Manager|New leader" : "";
      lines.push(`Person ${i} Ó'Néill,${email(i)},${role},${manager},${hats}`);
    }
    const csv = lines.join("\r\n");

    const checked = await preview(csv);
    expect(checked).toMatchObject({ total: 10_000, ready: 10_000, withErrors: 0 });

    const result = await importPeopleAction(null, csvForm(csv));
    expect(result).toMatchObject({ ok: true, data: { created: 10_000, withManager: 10_000 } satisfies PeopleImportResult });

    const people = await db.person.findMany({
      where: { organisationId: world.organisation.id, email: { endsWith: `.${tag}@example.test` } },
      select: { id: true, email: true, managerId: true, roles: true, jobRoleId: true },
    });
    expect(people).toHaveLength(10_000);
    const byEmail = new Map(people.map((person) => [person.email, person]));
    for (let i = 0; i < 10_000; i++) {
      const person = byEmail.get(email(i));
      const expectedManager = i === 0 ? world.manager.id : byEmail.get(email(Math.floor((i - 1) / 10)))?.id;
      expect(person?.managerId).toBe(expectedManager);
      expect(person?.jobRoleId).toBe(i % 3 === 0 ? world.expertRole.id : null);
      expect(person?.roles).toEqual(i % 10 === 0 ? ["LEADER", "MANAGER"] : []);
    }
    expect(await db.auditEvent.count({ where: { organisationId: world.organisation.id, action: "people.imported" } })).toBe(1);
  });
});

describe("people CSV export", () => {
  const exportRequest = (query = "") => exportPeople(new Request(`http://localhost/hr/people/export${query}`));

  it("gives HR admins their own organisation's people as CSV in the import's columns", async () => {
    const world = await buildWorld();
    await db.person.update({ where: { id: world.member.id }, data: { passwordHash: "$argon2id$secret-hash" } });
    const leaver = await buildPerson(db, world.organisation.id, { name: "Lee Leaver", active: false });
    signInAs(world.hr);

    const response = await exportRequest();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="people-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = await response.text();
    expect(body).not.toContain("argon2");
    expect(body).not.toContain(world.foreignHr.email);
    expect(body).not.toContain(leaver.email);

    const parsed = parsePeopleCsv(body);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows.map((row) => row.name)).toEqual(["Cole Coach", "Hannah HR", "Leah Leader", "Manny Manager", "Pat Plain"]);
    expect(parsed.rows.find((row) => row.name === "Leah Leader")).toMatchObject({
      email: world.leader.email,
      jobRole: "Engineering Manager",
      managerEmail: world.manager.email,
      roles: ["LEADER"],
      errors: [],
    });

    const everyone = parsePeopleCsv(await (await exportRequest("?status=all")).text());
    expect(everyone.rows.map((row) => row.email)).toContain(leaver.email);
    expect(everyone.rows).toHaveLength(6);
  });

  it("round-trips: an export imports cleanly into another organisation once the emails are new", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const exported = await (await exportRequest()).text();
    const tag = uniqueSuffix();
    const renamed = exported.replaceAll("@example.test", `@${tag}.example.test`).replaceAll("Engineering Manager", "").replaceAll("Senior Engineer", "");
    signInAs(world.foreignHr);
    const result = await importPeopleAction(null, csvForm(renamed));
    expect(result).toMatchObject({ ok: true, data: { created: 5, withManager: 2 } });
    const leader = await db.person.findFirstOrThrow({ where: { name: "Leah Leader", organisationId: world.foreignOrganisation.id }, include: { manager: true } });
    expect(leader.manager?.name).toBe("Manny Manager");
  });

  it("refuses people without the HR admin hat (403) and the signed-out (401)", async () => {
    const world = await buildWorld();
    for (const person of [world.manager, world.leader, world.coach, world.member]) {
      signInAs(person);
      const response = await exportRequest("?status=all");
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain("@");
    }
    signInAs(null);
    expect((await exportRequest()).status).toBe(401);
  });
});
