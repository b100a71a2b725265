import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { buildOrganisation, buildPerson } from "@/tests/factories";
import { ROOT } from "@/tests/support/endpoints";

/**
 * Audit rows are written once and never changed: no code of the app updates or deletes them,
 * and the database refuses to (triggers in the audit_append_only migration), except as the
 * cascade of deleting their organisation.
 */

/** A Prisma call or an SQL statement that would change or remove audit rows. */
const CHANGES_AUDIT = [/\bauditEvent\s*\.\s*(update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\b/, /\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?)\s+"?AuditEvent"?/i];

function sourceFiles(directory: string): string[] {
  return (readdirSync(path.join(ROOT, directory), { recursive: true, encoding: "utf8" }) as string[])
    .map((file) => path.posix.join(directory, file.split(path.sep).join("/")))
    .filter((file) => /\.(ts|tsx|js|mjs)$/.test(file) && !file.startsWith("lib/db/generated/"));
}

function offendingLines(text: string): string[] {
  return text.split("\n").filter((line) => CHANGES_AUDIT.some((pattern) => pattern.test(line)));
}

describe("no code path changes audit rows", () => {
  it("recognises the calls it looks for", () => {
    const samples = [
      "await tx.auditEvent.update({ where: { id } , data })",
      "db.auditEvent.deleteMany({})",
      "db.auditEvent .upsert({",
      'await db.$executeRaw`UPDATE "AuditEvent" SET summary = ${s}`',
      'DELETE FROM "AuditEvent" WHERE id = $1',
      'TRUNCATE "AuditEvent"',
    ];
    expect(samples.filter((line) => offendingLines(line).length === 0)).toEqual([]);
    expect(offendingLines("await tx.auditEvent.create({ data: entry })\ndb.auditEvent.findMany({ where })")).toEqual([]);
  });

  it("finds none in app/, components/, lib/ or prisma/", () => {
    const found = ["app", "components", "lib", "prisma"].flatMap(sourceFiles).flatMap((file) => offendingLines(readFileSync(path.join(ROOT, file), "utf8")).map((line) => `${file}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});

describe("the database refuses to change audit rows", () => {
  let event: Awaited<ReturnType<typeof db.auditEvent.create>>;
  let actorId: string;

  beforeAll(async () => {
    const organisation = await buildOrganisation(db);
    const actor = await buildPerson(db, organisation.id, { roles: ["HR_ADMIN"] });
    actorId = actor.id;
    event = await db.auditEvent.create({
      data: { organisationId: organisation.id, actorId: actor.id, action: "test.recorded", entityType: "Person", entityId: actor.id, summary: "Recorded once" },
    });
  });

  const unchanged = async () => expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);

  it.each([
    ["a Prisma update", () => db.auditEvent.update({ where: { id: event.id }, data: { summary: "Rewritten" } })],
    ["a Prisma updateMany", () => db.auditEvent.updateMany({ where: { id: event.id }, data: { actorId: null } })],
    ["an SQL UPDATE", () => db.$executeRaw`UPDATE "AuditEvent" SET "createdAt" = now() - interval '1 year' WHERE "id" = ${event.id}`],
    ["a Prisma delete", () => db.auditEvent.delete({ where: { id: event.id } })],
    ["a Prisma deleteMany", () => db.auditEvent.deleteMany({ where: { id: event.id } })],
    ["an SQL DELETE", () => db.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${event.id}`],
    ["TRUNCATE", () => db.$executeRaw`TRUNCATE "AuditEvent"`],
    ["deleting the person who acted (their events would lose their name)", () => db.person.delete({ where: { id: actorId } })],
  ])("refuses %s", async (_label, change) => {
    await expect(change()).rejects.toThrow(/append-only/);
    await unchanged();
  });

  it("lets an organisation's deletion take its audit trail with it, and leaves other organisations' alone", async () => {
    const [going, staying] = await Promise.all([buildOrganisation(db), buildOrganisation(db)]);
    for (const organisation of [going, staying]) {
      const person = await buildPerson(db, organisation.id, { roles: ["HR_ADMIN"] });
      await db.auditEvent.createMany({
        data: [1, 2].map((n) => ({ organisationId: organisation.id, actorId: person.id, action: "test.recorded", entityType: "Person", entityId: person.id, summary: `Event ${n}` })),
      });
    }
    await db.organisation.delete({ where: { id: going.id } });
    expect(await db.auditEvent.count({ where: { organisationId: going.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { organisationId: staying.id, actorId: { not: null } } })).toBe(2);
  });
});
