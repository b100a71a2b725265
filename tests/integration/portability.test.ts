import { beforeAll, describe, expect, it } from "vitest";
import { POST as exportRoute } from "@/app/(app)/hr/organisation/export/route";
import { db } from "@/lib/db/client";
import { serialiseDocument, type Contents, type OrganisationDocument } from "@/lib/portability/document";
import { PortabilityError } from "@/lib/portability/errors";
import { exportOrganisation } from "@/lib/portability/export";
import { importOrganisation } from "@/lib/portability/import";
import { readOrganisationFile } from "@/lib/portability/read-file";
import { DEMO_ORGANISATION } from "@/prisma/demo-organisation";
import { seedDemoOrganisation } from "@/prisma/seed-demo";
import { buildOrganisation, buildPerson, uniqueSuffix } from "@/tests/factories";
import { changes, snapshotDatabase, snapshotOrganisation } from "@/tests/support/database-snapshot";
import { signInAs } from "@/tests/support/session";

/**
 * The organisation file (lib/portability): the demo organisation exported, imported into a new
 * organisation and exported again gives the same file; an import is all or nothing and goes
 * only into an empty organisation; the file carries no secret and no private note.
 */

let demoId: string;

beforeAll(async () => {
  await seedDemoOrganisation(db);
  demoId = (await db.organisation.findUniqueOrThrow({ where: { slug: DEMO_ORGANISATION.slug } })).id;
}, 120_000);

/** The same file for other people: email addresses are unique across organisations, so a copy in the same database needs its own. */
function movedTo(doc: OrganisationDocument, domain: string): OrganisationDocument {
  return readOrganisationFile(serialiseDocument(doc).replaceAll(/@[a-z0-9.-]+\.test"/g, `@${domain}"`));
}

/** Two exports compare equal when they hold the same records; when they were made does not count. */
const comparable = (doc: OrganisationDocument) => ({ ...doc, exportedAt: "(ignored)" });

/** What the import leaves behind on purpose (lib/portability/contents.ts), and the audit event it writes. */
const NOT_CARRIED = ["AuditEvent", "ConversationPrivateNote", "NoteAccess", "Notification", "ReminderDelivery"];
const KEPT_FROM_HR = ["Reflection", "FeedbackRequest", "FeedbackResponse", "ConversationPreparation"];

async function rowCounts(organisationId: string, leaveOut: string[]) {
  const snapshot = await snapshotOrganisation(organisationId);
  return Object.fromEntries(Object.entries(snapshot).flatMap(([table, { rows }]) => (table === "Organisation" || leaveOut.includes(table) ? [] : [[table, rows]])));
}

async function roundTrip(source: string, contents: Contents) {
  const file = movedTo(await exportOrganisation(db, source, contents), `${uniqueSuffix()}.test`);
  const imported = await importOrganisation(db, file, { slug: `copy-${uniqueSuffix()}` });
  const again = await exportOrganisation(db, imported.organisationId, contents);
  return { file, imported, again };
}

function expectRefusal(error: unknown, message: RegExp, problem?: string) {
  expect(error).toBeInstanceOf(PortabilityError);
  const refusal = error as PortabilityError;
  expect(refusal.message).toMatch(message);
  if (problem) expect(refusal.problems).toContain(problem);
}

async function refusalOf(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("Expected a refusal, but it went through");
}

describe("exporting and importing an organisation", () => {
  it("gives back the same file when the demo organisation is exported, imported and exported again", async () => {
    const { file, imported, again } = await roundTrip(demoId, "complete");
    expect(comparable(again)).toEqual(comparable(file));

    // Every table came across row for row, apart from what the file leaves out on purpose.
    expect(await rowCounts(imported.organisationId, NOT_CARRIED)).toEqual(await rowCounts(demoId, NOT_CARRIED));
    expect(file.people).toHaveLength(21);
    expect(file.feedbackRequests.flatMap((request) => request.responses).filter((response) => response.answers).length).toBeGreaterThan(0);
  });

  it("carries every kind of record, including those the demo organisation has none of", async () => {
    const { file: first, imported } = await roundTrip(demoId, "complete");
    const organisationId = imported.organisationId;
    const person = await db.person.findFirstOrThrow({ where: { organisationId, email: first.inductions[0]?.person } });
    const induction = await db.induction.findFirstOrThrow({ where: { organisationId, personId: person.id } });
    const item = await db.inductionItem.findFirstOrThrow({ where: { inductionId: induction.id }, orderBy: { position: "asc" } });
    const charterVersion = await db.charterVersion.findFirstOrThrow({ where: { organisationId } });
    const framework = await db.frameworkVersion.findFirstOrThrow({ where: { organisationId } });
    await db.mindsetSection.create({ data: { organisationId, title: "Letting go of the keyboard", summary: "Why", practices: ["Delegate one task"], prompts: ["What did you let go of?"] } });
    await db.charterQuestion.create({ data: { organisationId, personId: person.id, charterVersionId: charterVersion.id, question: "Who signs off budgets?" } });
    await db.itemEvidence.create({ data: { organisationId, itemId: item.id, authorId: person.id, text: "Done in the first week", url: "https://example.test/notes" } });
    await db.reflection.create({ data: { organisationId, inductionId: induction.id, itemId: item.id, authorId: person.id, prompt: item.title, text: "A reflection", sharedWithManager: true } });
    await db.reflection.create({ data: { organisationId, inductionId: induction.id, authorId: person.id, prompt: "On the whole", text: "Another" } });
    await db.frameworkVersion.update({ where: { id: framework.id }, data: { status: "ARCHIVED", archivedAt: new Date() } });
    await db.frameworkVersion.create({ data: { organisationId, frameworkId: framework.frameworkId, number: 2, content: framework.content ?? {}, status: "DRAFT" } });

    const { file, imported: second, again } = await roundTrip(organisationId, "complete");
    expect(comparable(again)).toEqual(comparable(file));
    const counts = await rowCounts(second.organisationId, NOT_CARRIED);
    expect(Object.entries(counts).filter(([, rows]) => rows === 0)).toEqual([]);
    expect(counts).toEqual(await rowCounts(organisationId, NOT_CARRIED));
  });

  it("gives back the same file from HR's download, which leaves out what HR may not read", async () => {
    const { file, imported, again } = await roundTrip(demoId, "hr");
    expect(comparable(again)).toEqual(comparable(file));
    expect(await rowCounts(imported.organisationId, [...NOT_CARRIED, ...KEPT_FROM_HR])).toEqual(await rowCounts(demoId, [...NOT_CARRIED, ...KEPT_FROM_HR]));

    const text = serialiseDocument(await exportOrganisation(db, demoId, "hr"));
    const sessionNotes = await db.supportSession.findMany({ where: { organisationId: demoId, notes: { not: "" } }, select: { notes: true } });
    const answers = await db.feedbackResponse.findMany({ where: { organisationId: demoId, answeredAt: { not: null } }, select: { answers: true } });
    expect(sessionNotes.length).toBeGreaterThan(0);
    expect(answers.length).toBeGreaterThan(0);
    for (const { notes } of sessionNotes) expect(text).not.toContain(JSON.stringify(notes));
    for (const answer of answers.flatMap((row) => row.answers as { text: string }[])) expect(text).not.toContain(JSON.stringify(answer.text));
    expect(file.reflections).toEqual([]);
    expect(file.feedbackRequests).toEqual([]);
  });

  it("never carries a password, a private note or who opened one", async () => {
    const hashes = await db.$queryRaw<{ hash: string }[]>`SELECT "passwordHash" AS hash FROM "Person" WHERE "organisationId" = ${demoId} AND "passwordHash" IS NOT NULL`;
    const notes = await db.conversationPrivateNote.findMany({ where: { organisationId: demoId }, select: { text: true } });
    const reasons = await db.noteAccess.findMany({ where: { organisationId: demoId }, select: { reason: true } });
    expect(hashes.length).toBeGreaterThan(0);
    expect(notes.length).toBeGreaterThan(0);
    expect(reasons.length).toBeGreaterThan(0);

    for (const contents of ["complete", "hr"] as const) {
      const text = serialiseDocument(await exportOrganisation(db, demoId, contents));
      expect(text).not.toMatch(/argon2|passwordHash/);
      for (const { hash } of hashes) expect(text).not.toContain(hash);
      for (const { text: note } of notes) expect(text).not.toContain(JSON.stringify(note));
      for (const { reason } of reasons) expect(text).not.toContain(JSON.stringify(reason));
    }
  });

  it("names no database id", async () => {
    const text = serialiseDocument(await exportOrganisation(db, demoId, "complete"));
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Person" WHERE "organisationId" = ${demoId}
      UNION ALL SELECT id FROM "Induction" WHERE "organisationId" = ${demoId}
      UNION ALL SELECT id FROM "FrameworkVersion" WHERE "organisationId" = ${demoId}
      UNION ALL SELECT id FROM "Conversation" WHERE "organisationId" = ${demoId}`;
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter(({ id }) => text.includes(id))).toEqual([]);
  });

  it("gives imported HR admins a temporary password and nobody else one", async () => {
    const { file, imported } = await roundTrip(demoId, "hr");
    const hr = file.people.filter((person) => person.active && person.roles.includes("HR_ADMIN")).map((person) => person.email);
    expect(imported.temporaryPasswords.map((entry) => entry.email).sort()).toEqual(hr.sort());
    const withPassword = await db.$queryRaw<{ email: string }[]>`SELECT email FROM "Person" WHERE "organisationId" = ${imported.organisationId} AND "passwordHash" IS NOT NULL ORDER BY email`;
    expect(withPassword.map((row) => row.email)).toEqual(hr.sort());
    const audit = await db.auditEvent.findMany({ where: { organisationId: imported.organisationId }, select: { action: true } });
    expect(audit).toEqual([{ action: "organisation.imported" }]);
  });
});

describe("an import refuses", () => {
  let file: OrganisationDocument;
  beforeAll(async () => {
    file = movedTo(await exportOrganisation(db, demoId, "complete"), `${uniqueSuffix()}.test`);
  });

  it("an organisation that is not empty, and writes nothing", async () => {
    const organisation = await buildOrganisation(db);
    await buildPerson(db, organisation.id);
    const before = await snapshotDatabase();
    expectRefusal(await refusalOf(() => importOrganisation(db, file, { slug: organisation.slug })), /is not empty/, "Person: 1");
    expect(changes(before, await snapshotDatabase())).toEqual([]);
  });

  it("into an existing empty organisation it goes", async () => {
    const organisation = await buildOrganisation(db);
    const imported = await importOrganisation(db, file, { slug: organisation.slug });
    expect(imported.organisationId).toBe(organisation.id);
    expect(await db.person.count({ where: { organisationId: organisation.id } })).toBe(file.people.length);
  });

  it("people whose email addresses are in use, and writes nothing", async () => {
    const original = await exportOrganisation(db, demoId, "complete");
    const before = await snapshotDatabase();
    const error = await refusalOf(() => importOrganisation(db, original, { slug: `copy-${uniqueSuffix()}` }));
    expectRefusal(error, /21 of the file's people already have an account/);
    expect((error as PortabilityError).problems).toEqual([...original.people.slice(0, 5).map((person) => person.email), "… and 16 more"]);
    expect(changes(before, await snapshotDatabase())).toEqual([]);
  });

  it("and leaves nothing behind when the database fails at the very end", async () => {
    const fresh = movedTo(file, `${uniqueSuffix()}.test`);
    // The import's last write is its audit event: refusing it proves everything before it is undone.
    await db.$executeRawUnsafe(`CREATE FUNCTION portability_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER portability_test_refuse BEFORE INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW.action = 'organisation.imported') EXECUTE FUNCTION portability_test_refuse()`,
    );
    try {
      const before = await snapshotDatabase();
      const slug = `copy-${uniqueSuffix()}`;
      await expect(importOrganisation(db, fresh, { slug })).rejects.toThrow(/refused by the test/);
      expect(changes(before, await snapshotDatabase())).toEqual([]);
      expect(await db.organisation.findUnique({ where: { slug } })).toBeNull();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER portability_test_refuse ON "AuditEvent"`);
      await db.$executeRawUnsafe(`DROP FUNCTION portability_test_refuse()`);
    }
  });

  it("a file that is not an organisation file, with a message that says why", () => {
    const text = serialiseDocument(file);
    expectRefusal(refusalSync(() => readOrganisationFile("{ not json")), /not valid JSON/);
    expectRefusal(refusalSync(() => readOrganisationFile(JSON.stringify({ format: "something/else", version: 1 }))), /not an organisation file/);
    expectRefusal(refusalSync(() => readOrganisationFile(text.replace('"version": 1', '"version": 2'))), /version 2 of the format; this app reads version 1/);
    expectRefusal(refusalSync(() => readOrganisationFile(text, 1024)), /at most 0\.0 MB/);
    expectRefusal(refusalSync(() => readOrganisationFile(text.replace('"people": [', '"people": 7, "unused": ['))), /does not match/);

    const broken = structuredClone(file) as Record<string, unknown> & OrganisationDocument;
    (broken.people[0] as Record<string, unknown>).passwordHash = "$argon2id$v=19$m=19456,t=2,p=1$x";
    expect(refusalSync(() => readOrganisationFile(serialiseDocument(broken)))).toMatchObject({ problems: [`people[0]: Unrecognized key: "passwordHash"`] });
  });

  it("a file whose records refer to records it does not hold, or repeat what must be unique", () => {
    const broken = structuredClone(file);
    const [first, second] = broken.people;
    if (!first || !second) throw new Error("The demo organisation has people");
    first.manager = "nobody@nowhere.test";
    second.email = broken.people[2]?.email ?? "";
    const [, , , fourth, fifth] = broken.people;
    if (!fourth || !fifth) throw new Error("The demo organisation has people");
    fourth.manager = fifth.email;
    fifth.manager = fourth.email;
    const pinned = broken.charters[0]?.versions[0]?.frameworkVersion;
    if (pinned) pinned.number = 99;
    const error = refusalSync(() => readOrganisationFile(serialiseDocument(broken)));
    expectRefusal(error, /refer to records it does not hold/, `people[0].manager: nobody in the file's people has the email address "nobody@nowhere.test"`);
    expect((error as PortabilityError).problems).toEqual(
      expect.arrayContaining([
        `people[2]: the email address "${second.email}" appears twice`,
        `people: the reporting line of "${fourth.email}" goes round in a loop`,
        `charters[0].versions[0].frameworkVersion: the file holds no framework version "${pinned?.framework}#99"`,
      ]),
    );
  });
});

describe("HR's download", () => {
  it("is the signed-in HR admin's organisation, importable, and audited", async () => {
    const hr = await db.person.findUniqueOrThrow({ where: { email: "hr@demo.test" } });
    const before = await db.auditEvent.count({ where: { organisationId: demoId, action: "organisation.exported" } });
    signInAs(hr);
    const response = await exportRoute();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="organisation-\d{4}-\d{2}-\d{2}\.json"$/);
    const doc = readOrganisationFile(await response.text());
    expect(doc).toMatchObject({ contents: "hr", organisation: { name: DEMO_ORGANISATION.name } });
    expect(await db.auditEvent.count({ where: { organisationId: demoId, action: "organisation.exported", actorId: hr.id } })).toBe(before + 1);
  });

  it("is refused to people without the HR hat", async () => {
    signInAs(await db.person.findUniqueOrThrow({ where: { email: "manager@demo.test" } }));
    expect((await exportRoute()).status).toBe(403);
  });
});

function refusalSync(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("Expected a refusal, but it went through");
}
