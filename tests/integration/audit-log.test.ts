import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportLog } from "@/app/(app)/hr/audit/export/route";
import { GET as exportPeople } from "@/app/(app)/hr/people/export/route";
import { parseAuditFilter, type AuditFilter } from "@/lib/audit/filters";
import { getAuditPage, PAGE_SIZE, type AuditPage } from "@/lib/audit/log-queries";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { buildConversation, buildFramework, buildInduction, buildOrganisation, buildPerson, buildPlan } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";
import { captureStatements } from "@/tests/support/statements";
import { buildWorld, type World } from "@/tests/support/world";

/** HR's audit log (/hr/audit and its CSV export): filters, paging, objects and their links, statements. */

type EventData = { actorId: string | null; action: string; entityType: string; entityId: string; summary: string; createdAt: string; details?: Prisma.InputJsonValue };

let world: World;
let ids: Record<"framework" | "induction" | "plan" | "conversation", string>;
const at = (iso: string) => new Date(iso);

async function record(organisationId: string, event: EventData) {
  return db.auditEvent.create({ data: { organisationId, ...event, createdAt: at(event.createdAt) } });
}

function filter(params: Record<string, string>): AuditFilter {
  const parsed = parseAuditFilter(new URLSearchParams(params));
  if (!parsed.ok) throw new Error(`filter refused: ${JSON.stringify(parsed.fieldErrors)}`);
  return parsed.filter;
}

const page = (params: Record<string, string> = {}) => getAuditPage(world.organisation.id, filter(params));
const summaries = (log: AuditPage) => log.rows.map((row) => row.summary);

beforeAll(async () => {
  world = await buildWorld();
  const organisationId = world.organisation.id;
  // New York is 5 hours behind UTC in winter: 03:30 UTC on 10 January is still 9 January there.
  await db.organisation.update({ where: { id: organisationId }, data: { timeZone: "America/New_York" } });
  const { framework } = await buildFramework(db, organisationId, { name: "Audit framework" });
  const induction = await buildInduction(db, organisationId, { personId: world.leader.id, jobRoleId: world.leaderRole.id, managerId: world.manager.id });
  const plan = await buildPlan(db, organisationId, { personId: world.leader.id });
  const conversation = await buildConversation(db, organisationId, { personId: world.leader.id, managerId: world.manager.id, privateNote: "Private" });
  ids = { framework: framework.id, induction: induction.id, plan: plan.id, conversation: conversation.id };

  const events: EventData[] = [
    { actorId: world.hr.id, action: "framework.edited", entityType: "Framework", entityId: framework.id, summary: "Renamed a competency", createdAt: "2026-01-08T15:00:00Z" },
    { actorId: world.manager.id, action: "inductionItem.signedOff", entityType: "Induction", entityId: induction.id, summary: "Signed off an item", createdAt: "2026-01-09T12:00:00Z" },
    { actorId: world.leader.id, action: "plan.actionAdded", entityType: "DevelopmentPlan", entityId: plan.id, summary: "Added a plan action", createdAt: "2026-01-10T03:30:00Z" },
    {
      actorId: world.hr.id,
      action: "conversation.private-note.opened",
      entityType: "Conversation",
      entityId: conversation.id,
      summary: "Opened the private note",
      details: { reason: "A grievance needs the record" },
      createdAt: "2026-01-10T16:00:00Z",
    },
    { actorId: world.manager.id, action: "conversation.logged", entityType: "Conversation", entityId: conversation.id, summary: "Logged a conversation", createdAt: "2026-01-11T09:00:00Z" },
    { actorId: world.hr.id, action: "person.updated", entityType: "Person", entityId: world.member.id, summary: "Changed Pat's manager", createdAt: "2026-01-12T09:00:00Z" },
    { actorId: world.hr.id, action: "people.exported", entityType: "Organisation", entityId: organisationId, summary: "=HYPERLINK(\"x\") exported", createdAt: "2026-01-13T09:00:00Z" },
    { actorId: world.hr.id, action: "framework.draftDiscarded", entityType: "Framework", entityId: "cgoneframework000000000000", summary: "Discarded a draft", createdAt: "2026-01-14T09:00:00Z" },
  ];
  for (const event of events) await record(organisationId, event);
  await record(world.foreignOrganisation.id, { actorId: world.foreignHr.id, action: "framework.edited", entityType: "Framework", entityId: framework.id, summary: "Theirs", createdAt: "2026-01-12T10:00:00Z" });
});

describe("the audit log page's data", () => {
  it("lists the organisation's events newest first, with who, and each object's name and link while it exists", async () => {
    const log = await page();
    expect(log.timeZone).toBe("America/New_York");
    expect(summaries(log)).toEqual([
      "Discarded a draft",
      '=HYPERLINK("x") exported',
      "Changed Pat's manager",
      "Logged a conversation",
      "Opened the private note",
      "Added a plan action",
      "Signed off an item",
      "Renamed a competency",
    ]);
    const bySummary = new Map(log.rows.map((row) => [row.summary, row]));
    expect(bySummary.get("Renamed a competency")?.actor).toEqual({ id: world.hr.id, name: world.hr.name, email: world.hr.email });
    expect(bySummary.get("Renamed a competency")?.object).toEqual({ entityType: "Framework", id: ids.framework, label: "Framework", name: "Audit framework", href: `/hr/frameworks/${ids.framework}` });
    expect(bySummary.get("Signed off an item")?.object).toMatchObject({ label: "Induction", name: world.leader.name, href: `/hr/enrolments/${ids.induction}` });
    expect(bySummary.get("Added a plan action")?.object).toMatchObject({ label: "Development plan", name: world.leader.name, href: `/hr/people/${world.leader.id}/plan` });
    expect(bySummary.get("Opened the private note")).toMatchObject({ reason: "A grievance needs the record", object: { href: `/hr/people/${world.leader.id}/conversations` } });
    expect(bySummary.get("Discarded a draft")?.object).toMatchObject({ label: "Framework", name: null, href: null });
    expect(bySummary.get('=HYPERLINK("x") exported')?.object).toMatchObject({ label: "Organisation", name: world.organisation.name, href: null });
    expect([log.newer, log.older]).toEqual([null, null]);
  });

  it("filters by object type, and by one object", async () => {
    expect(summaries(await page({ type: "frameworks" }))).toEqual(["Discarded a draft", "Renamed a competency"]);
    expect(summaries(await page({ type: "private-notes" }))).toEqual(["Opened the private note"]);
    expect(summaries(await page({ type: "conversations" }))).toEqual(["Logged a conversation"]);
    expect(summaries(await page({ type: "people" }))).toEqual(['=HYPERLINK("x") exported', "Changed Pat's manager"]);
    expect(summaries(await page({ type: "inductions" }))).toEqual(["Signed off an item"]);
    expect(summaries(await page({ object: ids.conversation }))).toEqual(["Logged a conversation", "Opened the private note"]);
    expect(summaries(await page({ object: ids.framework, type: "plans" }))).toEqual([]);
  });

  it("filters by a person who acted, who it was about, or either", async () => {
    const leader = { person: world.leader.email };
    expect(summaries(await page({ ...leader, involving: "by" }))).toEqual(["Added a plan action"]);
    // About the leader: their induction, their plan and their conversation (its note read by HR).
    expect(summaries(await page({ ...leader, involving: "about" }))).toEqual(["Logged a conversation", "Opened the private note", "Added a plan action", "Signed off an item"]);
    expect(summaries(await page(leader))).toEqual(["Logged a conversation", "Opened the private note", "Added a plan action", "Signed off an item"]);
    expect(summaries(await page({ person: world.member.email, involving: "about" }))).toEqual(["Changed Pat's manager"]);
    const manny = await page({ person: "manny", involving: "by", type: "conversations" });
    expect(manny.people.map((person) => person.id)).toEqual([world.manager.id]);
    expect(summaries(manny)).toEqual(["Logged a conversation"]);
  });

  it("says when a person filter matches nobody or too many people, and lists nothing", async () => {
    expect(await page({ person: "nobody-by-this-name" })).toMatchObject({ rows: [], personProblem: { kind: "nobody" } });
    const crowd = await buildOrganisation(db);
    for (let n = 0; n < 21; n += 1) await buildPerson(db, crowd.id, { name: `Twin ${n}` });
    await record(crowd.id, { actorId: null, action: "test.recorded", entityType: "Organisation", entityId: crowd.id, summary: "x", createdAt: "2026-01-01T00:00:00Z" });
    expect(await getAuditPage(crowd.id, filter({ person: "twin" }))).toMatchObject({ rows: [], personProblem: { kind: "too-many" } });
  });

  it("reads from and to as whole days on the organisation's clock", async () => {
    // 03:30 UTC on 10 January is 22:30 on 9 January in New York.
    expect(summaries(await page({ from: "2026-01-09", to: "2026-01-09" }))).toEqual(["Added a plan action", "Signed off an item"]);
    expect(summaries(await page({ from: "2026-01-10", to: "2026-01-10" }))).toEqual(["Opened the private note"]);
    expect(summaries(await page({ to: "2026-01-08" }))).toEqual(["Renamed a competency"]);
    expect(summaries(await page({ from: "2026-01-13" }))).toEqual(["Discarded a draft", '=HYPERLINK("x") exported']);
  });

  it("pages through the log 50 at a time by keyset, both ways, even when events share a moment", async () => {
    const organisation = await buildOrganisation(db);
    const actor = await buildPerson(db, organisation.id, { roles: ["HR_ADMIN"] });
    // 120 events, three to a second: the id orders events of one moment.
    await db.auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, n) => ({
        organisationId: organisation.id,
        actorId: actor.id,
        action: "test.recorded",
        entityType: "Person",
        entityId: actor.id,
        summary: `Event ${n}`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, Math.floor(n / 3))),
      })),
    });
    const expected = await db.auditEvent.findMany({ where: { organisationId: organisation.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    const read = (params: Record<string, string> = {}) => getAuditPage(organisation.id, filter(params));

    const first = await read();
    const second = await read({ before: first.older ?? "" });
    const third = await read({ before: second.older ?? "" });
    expect([first, second, third].map((log) => log.rows.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 20]);
    expect([first.newer, third.older]).toEqual([null, null]);
    expect([...first.rows, ...second.rows, ...third.rows].map((row) => row.id)).toEqual(expected.map((row) => row.id));

    const backToSecond = await read({ after: third.newer ?? "" });
    expect(backToSecond.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
    const backToFirst = await read({ after: backToSecond.newer ?? "" });
    expect(backToFirst.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
    expect(backToFirst.newer).toBeNull();
  });

  it("never shows another organisation's events or objects", async () => {
    const theirs = await getAuditPage(world.foreignOrganisation.id, filter({}));
    expect(summaries(theirs)).toEqual(["Theirs"]);
    // The foreign event names organisation A's framework id: it must not be resolved to A's framework.
    expect(theirs.rows[0]?.object).toMatchObject({ name: null, href: null });
    expect(summaries(await getAuditPage(world.foreignOrganisation.id, filter({ person: world.leader.email })))).toEqual([]);
  });
});

describe("how many statements a page takes, and which indexes serve them", () => {

  const PAGE_BUDGET = 10;
  const SESSION_STATEMENTS = 1;
  const BUSIEST = { person: "leah", involving: "either", type: "private-notes", from: "2026-01-01", to: "2026-01-31" };

  it("reads the busiest filter in six statements (time zone, people, what they own, events, their actors, object names), within a page's budget of 10", async () => {
    const busiest = (await captureStatements(() => page(BUSIEST))).length;
    expect(busiest).toBe(6);
    expect((await captureStatements(() => page())).length).toBe(4);
    expect(busiest + SESSION_STATEMENTS).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it("uses an index for every filter, never a scan of the whole audit table (EXPLAIN with sequential scans priced out)", async () => {
    const filters: Record<string, string>[] = [{}, BUSIEST, { type: "frameworks" }, { object: ids.conversation }, { person: world.hr.email, involving: "by" }, { from: "2026-01-10" }];
    const scans: string[] = [];
    let explained = 0;
    for (const params of filters) {
      const statements = (await captureStatements(() => page(params))).filter((statement) => /"AuditEvent"|"Induction"|"DevelopmentPlan"|"Conversation"/.test(statement.text));
      for (const statement of statements) {
        const plan = await db.$transaction(async (tx) => {
          await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
          return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${statement.text}`, ...statement.values);
        });
        explained += 1;
        // The person search reads names with ILIKE, as the people list does: only "Person" may be scanned.
        scans.push(...plan.map((row) => row["QUERY PLAN"]).filter((line) => /Seq Scan on "(?!Person")/.test(line)).map((line) => `${JSON.stringify(params)}: ${line.trim()}`));
      }
    }
    expect(explained).toBeGreaterThanOrEqual(filters.length * 2);
    expect(scans).toEqual([]);
  });
});

describe("the CSV exports", () => {
  const get = (handler: typeof exportLog, url: string) => handler(new Request(`http://localhost${url}`));

  it("exports the filtered log with formula-like cells neutralised, and records who exported what", async () => {
    signInAs(world.hr);
    const response = await get(exportLog, "/hr/audit/export?type=people&to=2026-01-31");
    signInAs(null);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    const { data } = Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true });
    expect(data[0]).toEqual(["When (America/New_York)", "Who", "Who's email", "What", "Action", "Object type", "Object", "Object id", "Reason given", "Details"]);
    expect(data.slice(1).map((row) => [row[0], row[1], row[3], row[4]])).toEqual([
      ["2026-01-13 04:00:00", world.hr.name, `'=HYPERLINK("x") exported`, "people.exported"],
      ["2026-01-12 04:00:00", world.hr.name, "Changed Pat's manager", "person.updated"],
    ]);

    const recorded = await db.auditEvent.findFirstOrThrow({ where: { organisationId: world.organisation.id, action: "audit.exported" }, orderBy: { createdAt: "desc" } });
    expect(recorded).toMatchObject({ actorId: world.hr.id, entityType: "Organisation", summary: "Exported 2 audit log entries as CSV", details: { rows: 2, filters: "type=people&to=2026-01-31" } });
  });

  it("exports readings of private notes with the reason given", async () => {
    signInAs(world.hr);
    const response = await get(exportLog, "/hr/audit/export?type=private-notes");
    signInAs(null);
    const { data } = Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true });
    expect(data.slice(1).map((row) => [row[3], row[5], row[6], row[8]])).toEqual([["Opened the private note", "Career conversation", world.leader.name, "A grievance needs the record"]]);
  });

  it("refuses bad filters with the reasons, and records nothing", async () => {
    const before = await db.auditEvent.count({ where: { organisationId: world.organisation.id } });
    signInAs(world.hr);
    const response = await get(exportLog, "/hr/audit/export?from=2026-02-30&type=everything&object=a%20b");
    signInAs(null);
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain("Enter the from date as a calendar day, for example 2026-11-23");
    expect(body).toContain("Choose an object type from the list");
    expect(body).toContain("An object id has only letters, digits, hyphens and underscores");
    expect(await db.auditEvent.count({ where: { organisationId: world.organisation.id } })).toBe(before);
  });

  it("records each people export: who, how many rows, which people", async () => {
    signInAs(world.hr);
    const response = await get(exportPeople, "/hr/people/export?status=all");
    signInAs(null);
    expect(response.status).toBe(200);
    const people = await db.person.count({ where: { organisationId: world.organisation.id } });
    const recorded = await db.auditEvent.findFirstOrThrow({ where: { organisationId: world.organisation.id, action: "people.exported", actorId: world.hr.id }, orderBy: { createdAt: "desc" } });
    expect(recorded).toMatchObject({ summary: `Exported ${people} people (everyone) as CSV`, details: { rows: people, status: "all" } });
    expect(summaries(await page({ type: "people", person: world.hr.email, involving: "by" }))[0]).toBe(recorded.summary);
  });
});
