import { afterEach, describe, expect, it } from "vitest";
import { enrolPersonAction } from "@/app/(app)/hr/cohorts/actions";
import { importCohortAction, previewCohortImportAction } from "@/app/(app)/hr/cohorts/import/actions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import type { CohortImportPreview } from "@/lib/inductions/cohort-import";
import { findEnrolledPerson, getCohort, listCohorts } from "@/lib/inductions/cohort-queries";
import { writeCohortCsv, type CohortCsvRecord } from "@/lib/inductions/cohort-csv";
import { toDateOnly, todayIn } from "@/lib/inductions/dates";
import { getEnrolmentOptions } from "@/lib/inductions/enrolment-queries";
import { buildInduction, buildInductionTemplate, buildJobRole, buildPerson } from "@/tests/factories";
import { describeOutcome, invoke, refusal, succeeded, type Outcome } from "@/tests/support/action-outcome";
import { changes, snapshotDatabase } from "@/tests/support/database-snapshot";
import { signInAs } from "@/tests/support/session";
import { buildWorld, type World } from "@/tests/support/world";

/** A calendar day `days` after (or before) `day`, counted without lib/inductions/dates.ts. */
function shift(day: string, days: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The last Sunday of a month: when Europe's clocks change in March and October. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

const LONDON_TODAY = () => todayIn("Europe/London");

/** A leadership role with a template: one item per phase at the given offsets, the second for the manager to do and sign off. */
async function roleWithTemplate(world: World, offsets = [-7, 14, 45, 80]) {
  const role = await buildJobRole(db, world.organisation.id, { title: `Team Lead ${Math.random().toString(36).slice(2, 8)}`, track: "PEOPLE_LEADER", careerStage: "FIRST_TIME_LEADER" });
  const { template } = await buildInductionTemplate(db, world.organisation.id, {
    name: `${role.title} induction`,
    jobRoleId: role.id,
    items: offsets.map((dueOffsetDays, phase) => [
      { title: `Item ${phase + 1}`, dueOffsetDays, owner: phase === 1 ? "MANAGER" : "INDIVIDUAL", needsSignOff: phase === 1, kind: phase === 0 ? "ACKNOWLEDGE_CHARTER" : "TASK" },
    ]),
  });
  return { role, template };
}

function enrol(input: Record<string, string>): Promise<Outcome> {
  return invoke(() => enrolPersonAction(null, input));
}

async function inductionOf(personId: string) {
  return db.induction.findFirstOrThrow({
    where: { personId },
    include: { phases: { orderBy: { position: "asc" }, include: { items: { orderBy: { position: "asc" } } } }, cohort: true },
  });
}

const dueDates = (induction: Awaited<ReturnType<typeof inductionOf>>) => induction.phases.flatMap((phase) => phase.items.map((item) => toDateOnly(item.dueDate)));

function fieldErrorsOf(outcome: Outcome) {
  const refused = refusal(outcome);
  if (!refused) throw new Error(`Expected a refusal, but the action ${describeOutcome(outcome)}`);
  return refused.fieldErrors ?? {};
}

const serverTimeZone = process.env.TZ;
afterEach(() => {
  if (serverTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = serverTimeZone;
});

describe("enrolling one person", () => {
  it("copies the template dated from a start date in the past, moves them into the role under the manager, audits and notifies", async () => {
    const world = await buildWorld();
    const { role, template } = await roleWithTemplate(world);
    const person = await buildPerson(db, world.organisation.id, { name: "Ola Expert", jobRoleId: world.expertRole.id, managerId: world.leader.id });
    signInAs(world.hr);

    const startDate = shift(LONDON_TODAY(), -40);
    const outcome = await enrol({ personId: person.id, jobRoleId: role.id, startDate, managerId: world.manager.id, supporterId: world.coach.id, cohortName: "", templateId: "" });
    expect(outcome.kind, describeOutcome(outcome)).toBe("redirect");

    const induction = await inductionOf(person.id);
    expect(outcome).toEqual({ kind: "redirect", location: `/hr/cohorts?enrolled=${induction.id}` });
    expect(induction).toMatchObject({ organisationId: world.organisation.id, jobRoleId: role.id, templateId: template.id, managerId: world.manager.id, supporterId: world.coach.id, cohortId: null, status: "ACTIVE" });
    expect(toDateOnly(induction.startDate)).toBe(startDate);
    expect(induction.phases.map((phase) => phase.name)).toEqual(["Before the start date", "First 30 days", "Days 31–60", "Days 61–90"]);
    expect(dueDates(induction)).toEqual([shift(startDate, -7), shift(startDate, 14), shift(startDate, 45), shift(startDate, 80)]);
    expect(induction.phases[1]?.items[0]).toMatchObject({ title: "Item 2", owner: "MANAGER", needsSignOff: true, kind: "TASK", status: "OPEN", organisationId: world.organisation.id });

    const moved = await db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(moved).toMatchObject({ jobRoleId: role.id, managerId: world.manager.id, roles: ["LEADER"] });
    expect(moved.version).toBeGreaterThan(person.version);

    const audit = await db.auditEvent.findMany({ where: { organisationId: world.organisation.id, action: { in: ["induction.enrolled", "person.updated"] } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((event) => [event.action, event.entityId, event.actorId])).toEqual([
      ["induction.enrolled", induction.id, world.hr.id],
      ["person.updated", person.id, world.hr.id],
    ]);

    const notified = await db.notification.findMany({ where: { organisationId: world.organisation.id }, select: { recipientId: true, href: true } });
    expect(notified).toEqual(
      expect.arrayContaining([
        { recipientId: person.id, href: "/me" },
        { recipientId: world.manager.id, href: "/team" },
        { recipientId: world.coach.id, href: "/coaching" },
      ]),
    );
    expect(notified).toHaveLength(3);
  });

  it("keeps a running induction as it was copied when the template changes later", async () => {
    const world = await buildWorld();
    const { role, template } = await roleWithTemplate(world);
    const person = await buildPerson(db, world.organisation.id);
    signInAs(world.hr);
    expect(succeeded(await enrol({ personId: person.id, jobRoleId: role.id, startDate: LONDON_TODAY(), managerId: world.manager.id }))).toBe(true);
    const before = await inductionOf(person.id);

    const first = await db.templateItem.findFirstOrThrow({ where: { templateId: template.id, position: 0 }, orderBy: { dueOffsetDays: "asc" } });
    await db.templateItem.update({ where: { id: first.id }, data: { title: "Renamed in the template", dueOffsetDays: 99, owner: "HR" } });
    await db.templateItem.deleteMany({ where: { templateId: template.id, title: "Item 4" } });
    await db.templatePhase.update({ where: { id: first.phaseId }, data: { name: "Renamed phase" } });
    await db.templateItem.create({ data: { organisationId: world.organisation.id, templateId: template.id, phaseId: first.phaseId, position: 5, title: "Added later", owner: "INDIVIDUAL", kind: "TASK", dueOffsetDays: 3 } });

    const after = await inductionOf(person.id);
    expect(after.phases.map((phase) => [phase.name, phase.items.map((item) => [item.title, item.owner, toDateOnly(item.dueDate)])])).toEqual(
      before.phases.map((phase) => [phase.name, phase.items.map((item) => [item.title, item.owner, toDateOnly(item.dueDate)])]),
    );
    expect(after.phases[0]?.name).toBe("Before the start date");
    expect(after.phases[0]?.items.map((item) => item.title)).toEqual(["Item 1"]);
  });

  it("counts due dates in calendar days across the clocks changing, whatever the server's time zone", async () => {
    const world = await buildWorld();
    const { role } = await roleWithTemplate(world, [-7, 7, 14, 30]);
    signInAs(world.hr);
    const year = Number(LONDON_TODAY().slice(0, 4));

    for (const [change, zone] of [
      [lastSunday(year, 3), "America/New_York"],
      [lastSunday(year, 10), "Australia/Sydney"],
    ] as const) {
      process.env.TZ = zone;
      expect(new Date(`${change}T12:00:00Z`).getTimezoneOffset(), `the process runs in ${zone}`).not.toBe(0);
      const person = await buildPerson(db, world.organisation.id);
      // Starts ten days before the clocks change: the second item falls three days before it, the third four days after.
      const startDate = shift(change, -10);
      expect(succeeded(await enrol({ personId: person.id, jobRoleId: role.id, startDate, managerId: world.manager.id }))).toBe(true);
      const induction = await inductionOf(person.id);
      expect(toDateOnly(induction.startDate)).toBe(startDate);
      expect(dueDates(induction)).toEqual([shift(change, -17), shift(change, -3), shift(change, 4), shift(change, 20)]);
    }
  });

  it("refuses a second induction while one is running, from the database's own rule, and writes nothing", async () => {
    const world = await buildWorld();
    const { role } = await roleWithTemplate(world);
    const person = await buildPerson(db, world.organisation.id, { name: "Twice Tried" });
    signInAs(world.hr);
    const input = { personId: person.id, jobRoleId: role.id, startDate: LONDON_TODAY(), managerId: world.manager.id };
    expect(succeeded(await enrol(input))).toBe(true);

    const before = await snapshotDatabase();
    const again = await enrol({ ...input, cohortName: "Second go" });
    expect(fieldErrorsOf(again)).toEqual({ personId: ["This person already has an induction in progress, so they cannot be enrolled again until it is complete."] });
    expect(changes(before, await snapshotDatabase())).toEqual([]);

    await db.induction.updateMany({ where: { personId: person.id }, data: { status: "COMPLETED", completedAt: new Date() } });
    expect(succeeded(await enrol(input))).toBe(true);
    expect(await db.induction.count({ where: { personId: person.id } })).toBe(2);
  });

  it("explains each field it cannot accept, all at once, and writes nothing", async () => {
    const world = await buildWorld();
    const noTemplate = await buildJobRole(db, world.organisation.id, { title: "Head of Nothing Yet" });
    await db.cohort.create({ data: { organisationId: world.organisation.id, name: "Spring leaders" } });
    const person = await buildPerson(db, world.organisation.id);
    signInAs(world.hr);

    const before = await snapshotDatabase();
    const outcome = await enrol({
      personId: person.id,
      jobRoleId: noTemplate.id,
      startDate: shift(LONDON_TODAY(), 400),
      managerId: person.id,
      supporterId: world.manager.id,
      cohortName: "spring LEADERS",
    });
    const errors = fieldErrorsOf(outcome);
    expect(errors.jobRoleId?.[0]).toBe("Head of Nothing Yet has no induction template yet. Create one under Inductions (/hr/inductions) first, or choose a template below.");
    expect(errors.startDate).toEqual(["Choose a start date no more than a year before or after today."]);
    expect(errors.managerId).toEqual(["A person cannot be their own manager"]);
    expect(errors.supporterId).toEqual(["Choose an active coach or mentor from your organisation"]);
    expect(errors.cohortName).toEqual(["Your organisation already has a cohort called “Spring leaders”. Use that exact name to join it, or choose a different name."]);
    expect(changes(before, await snapshotDatabase())).toEqual([]);
  });

  it("uses a template HR chooses over the role's own, and refuses an empty one", async () => {
    const world = await buildWorld();
    const { role } = await roleWithTemplate(world);
    const chosen = await buildInductionTemplate(db, world.organisation.id, { name: "Chosen by hand", items: [[{ title: "Only this" }], [], [], []] });
    const empty = await buildInductionTemplate(db, world.organisation.id, { name: "Nothing in it", items: [[], [], [], []] });
    const person = await buildPerson(db, world.organisation.id);
    signInAs(world.hr);

    const input = { personId: person.id, jobRoleId: role.id, startDate: LONDON_TODAY(), managerId: world.manager.id };
    expect(fieldErrorsOf(await enrol({ ...input, templateId: empty.template.id }))).toEqual({ templateId: ["The template “Nothing in it” has no items yet, so there would be nothing to do."] });
    expect(succeeded(await enrol({ ...input, templateId: chosen.template.id }))).toBe(true);
    const induction = await inductionOf(person.id);
    expect(induction.templateId).toBe(chosen.template.id);
    expect(induction.phases.flatMap((phase) => phase.items.map((item) => item.title))).toEqual(["Only this"]);
  });

  it("starts a cohort by name and lets the next person join it by the same name", async () => {
    const world = await buildWorld();
    const { role } = await roleWithTemplate(world);
    const [first, second] = [await buildPerson(db, world.organisation.id), await buildPerson(db, world.organisation.id)];
    signInAs(world.hr);
    const input = { jobRoleId: role.id, startDate: LONDON_TODAY(), managerId: world.manager.id, cohortName: "  Autumn 2026  " };

    const outcome = await enrol({ ...input, personId: first.id });
    const cohort = await db.cohort.findFirstOrThrow({ where: { organisationId: world.organisation.id } });
    expect(cohort.name).toBe("Autumn 2026");
    expect(outcome).toMatchObject({ kind: "redirect", location: expect.stringMatching(new RegExp(`^/hr/cohorts/${cohort.id}\\?enrolled=`)) });
    expect(succeeded(await enrol({ ...input, personId: second.id, cohortName: "Autumn 2026" }))).toBe(true);
    expect(await db.cohort.count({ where: { organisationId: world.organisation.id } })).toBe(1);
    expect(await db.induction.count({ where: { cohortId: cohort.id } })).toBe(2);
  });
});

// ---------------------------------------------------------------------------------

function csvForm(csv: string) {
  const data = new FormData();
  data.set("csv", csv);
  return data;
}

async function preview(csv: string): Promise<CohortImportPreview> {
  const result = await previewCohortImportAction(null, csvForm(csv));
  if (!result.ok || !result.data) throw new Error(`Preview refused: ${JSON.stringify(result)}`);
  return result.data;
}

/** A world with two roles that have templates and three people ready to enrol. */
async function cohortWorld() {
  const world = await buildWorld();
  const lead = await roleWithTemplate(world);
  const staff = await roleWithTemplate(world, [-3, 10, 40, 70]);
  const people = await Promise.all(["Ana", "Bo", "Cy"].map((name) => buildPerson(db, world.organisation.id, { name: `${name} Importable`, email: `${name.toLowerCase()}.${Math.random().toString(36).slice(2, 8)}@example.test` })));
  signInAs(world.hr);
  const start = shift(LONDON_TODAY(), -5);
  const row = (person: { email: string }, overrides: Partial<CohortCsvRecord> = {}): CohortCsvRecord => ({
    email: person.email,
    jobRole: lead.role.title,
    startDate: start,
    managerEmail: world.manager.email,
    cohort: "Spring leaders",
    ...overrides,
  });
  return { world, lead, staff, people, start, row };
}

describe("cohort CSV import", () => {
  it("previews every row with its errors and writes nothing", async () => {
    const { world, lead, people, row } = await cohortWorld();
    const [ana, bo, cy] = people as [World["hr"], World["hr"], World["hr"]];
    const enrolled = await buildPerson(db, world.organisation.id, { name: "Already Going" });
    await buildInduction(db, world.organisation.id, { personId: enrolled.id, jobRoleId: lead.role.id, templateId: lead.template.id });
    const noTemplate = await buildJobRole(db, world.organisation.id, { title: "Templateless Lead" });
    const deactivated = await buildPerson(db, world.organisation.id, { name: "Gone Away", active: false });

    const csv = writeCohortCsv([
      row(ana),
      row(bo, { jobRole: "staff engineer lead that does not exist" }),
      row(cy, { startDate: "02/03/2026", managerEmail: "nobody@example.test" }),
      row(world.foreignHr),
      row(enrolled),
      row(ana, { cohort: "spring leaders" }),
      row(deactivated, { jobRole: noTemplate.title }),
    ]);
    const before = await snapshotDatabase();
    const result = await preview(csv);
    expect(changes(before, await snapshotDatabase())).toEqual([]);

    expect(result).toMatchObject({ total: 7, ready: 0, withErrors: 7 });
    const errors = Object.fromEntries(result.rows.map((one) => [one.row, one.errors]));
    expect(errors[2]).toEqual(["The same email is also on row 7. Enrol each person once."]);
    expect(errors[3]).toEqual(["Your organisation has no job role called “staff engineer lead that does not exist”. Use a title exactly as it appears under Job roles."]);
    expect(errors[4]).toEqual(["The start date “02/03/2026” is not a date written as YYYY-MM-DD, like 2026-03-02.", "Nobody in your organisation has the manager email “nobody@example.test”."]);
    // Another organisation's person reads as unknown, and nothing about them shows.
    expect(errors[5]).toEqual([`Nobody in your organisation has the email “${world.foreignHr.email}”. Add them under People first.`]);
    expect(result.rows[3]?.name).toBe("");
    expect(errors[6]).toEqual(["Already Going already has an induction in progress, so they cannot be enrolled again until it is complete."]);
    expect(errors[7]).toEqual([
      "The same email is also on row 2. Enrol each person once.",
      "Row 2 writes this cohort as “Spring leaders”. Write its name the same way on every row.",
    ]);
    expect(errors[8]).toEqual(["Gone Away is deactivated. Reactivate them before enrolling them.", "Templateless Lead has no induction template yet. Create one under Inductions (/hr/inductions) first."]);
  });

  it("says what will happen to each ready row", async () => {
    const { world, lead, staff, people, row, start } = await cohortWorld();
    const [ana, bo, cy] = people as [World["hr"], World["hr"], World["hr"]];
    await db.cohort.create({ data: { organisationId: world.organisation.id, name: "Autumn leaders" } });
    const result = await preview(writeCohortCsv([row(ana), row(bo, { jobRole: staff.role.title.toUpperCase(), cohort: "" }), row(cy, { cohort: "Autumn leaders" })]));
    expect(result).toMatchObject({ total: 3, ready: 3, withErrors: 0 });
    const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${start}T00:00:00Z`));
    expect(result.rows.map((one) => [one.name, one.outcome])).toEqual([
      ["Ana Importable", `Will be enrolled in “${lead.template.name}” from ${day}, reporting to Manny Manager, starting a new cohort`],
      ["Bo Importable", `Will be enrolled in “${staff.template.name}” from ${day}, reporting to Manny Manager`],
      ["Cy Importable", `Will be enrolled in “${lead.template.name}” from ${day}, reporting to Manny Manager, joining the existing cohort`],
    ]);
  });

  it("finds a manager loop the file would make, including one between two of its rows", async () => {
    const { world, people, row } = await cohortWorld();
    const [ana, bo, cy] = people as [World["hr"], World["hr"], World["hr"]];
    await db.person.update({ where: { id: cy.id }, data: { managerId: world.member.id } });
    const result = await preview(writeCohortCsv([row(ana, { managerEmail: bo.email }), row(bo, { managerEmail: ana.email }), row(world.member, { managerEmail: cy.email })]));
    expect(result.rows.map((one) => one.errors)).toEqual([
      ["Bo Importable reports to Ana Importable already, directly or through others, so this would make a loop."],
      ["Ana Importable reports to Bo Importable already, directly or through others, so this would make a loop."],
      ["Cy Importable reports to Pat Plain already, directly or through others, so this would make a loop."],
    ]);
  });

  it("enrols nobody when any row has an error", async () => {
    const { people, row } = await cohortWorld();
    const [ana, bo] = people as [World["hr"], World["hr"]];
    const before = await snapshotDatabase();
    const result = await importCohortAction(null, csvForm(writeCohortCsv([row(ana), row(bo, { startDate: "2026-02-30" })])));
    expect(result).toEqual({ ok: false, message: "Nobody was enrolled: 1 row has errors. Fix them and check the file again.", fieldErrors: { csv: ["1 of 2 rows have errors."] } });
    expect(changes(before, await snapshotDatabase())).toEqual([]);
  });

  it("checks the file again on import: someone enrolled since the preview stops the whole file", async () => {
    const { world, lead, people, row } = await cohortWorld();
    const [ana, bo] = people as [World["hr"], World["hr"]];
    const csv = writeCohortCsv([row(ana), row(bo)]);
    expect((await preview(csv)).withErrors).toBe(0);
    await buildInduction(db, world.organisation.id, { personId: bo.id, jobRoleId: lead.role.id, templateId: lead.template.id });

    const before = await snapshotDatabase();
    const result = await importCohortAction(null, csvForm(csv));
    expect(refusal({ kind: "result", value: result })?.message).toBe("Nobody was enrolled: 1 row has errors. Fix them and check the file again.");
    expect(changes(before, await snapshotDatabase())).toEqual([]);
  });

  it("enrols everyone in one go: copies, moves, one cohort, an audit event each and one for the import", async () => {
    const { world, lead, staff, people, row, start } = await cohortWorld();
    const [ana, bo, cy] = people as [World["hr"], World["hr"], World["hr"]];
    const csv = writeCohortCsv([row(ana), row(bo, { jobRole: staff.role.title, managerEmail: world.leader.email }), row(cy, { cohort: "" })]);
    const result = await importCohortAction(null, csvForm(csv));
    expect(result).toMatchObject({ ok: true, message: "Enrolled 3 people.", data: { enrolled: 3, cohorts: [{ name: "Spring leaders" }] } });

    const inductions = await db.induction.findMany({ where: { personId: { in: [ana.id, bo.id, cy.id] } }, include: { cohort: true, items: { orderBy: { dueDate: "asc" } } } });
    const byPerson = new Map(inductions.map((induction) => [induction.personId, induction]));
    expect(byPerson.get(ana.id)).toMatchObject({ jobRoleId: lead.role.id, templateId: lead.template.id, managerId: world.manager.id, cohort: { name: "Spring leaders" } });
    expect(byPerson.get(bo.id)).toMatchObject({ jobRoleId: staff.role.id, templateId: staff.template.id, managerId: world.leader.id, cohort: { name: "Spring leaders" } });
    expect(byPerson.get(cy.id)?.cohortId).toBeNull();
    expect(byPerson.get(bo.id)?.items.map((item) => toDateOnly(item.dueDate))).toEqual([shift(start, -3), shift(start, 10), shift(start, 40), shift(start, 70)]);
    expect(await db.person.findUniqueOrThrow({ where: { id: bo.id } })).toMatchObject({ jobRoleId: staff.role.id, managerId: world.leader.id, roles: ["LEADER"] });

    const events = await db.auditEvent.groupBy({ by: ["action"], where: { organisationId: world.organisation.id }, _count: true });
    expect(Object.fromEntries(events.map((event) => [event.action, event._count]))).toMatchObject({ "induction.enrolled": 3, "inductions.imported": 1 });
  });
});

// ---------------------------------------------------------------------------------

describe("enrolment and cohort reads stay inside the organisation", () => {
  it("lists, opens and offers only the organisation's own cohorts, inductions, people, roles and templates", async () => {
    const world = await buildWorld();
    const ours = await roleWithTemplate(world);
    const ourCohort = await db.cohort.create({ data: { organisationId: world.organisation.id, name: "Our cohort" } });
    await buildInduction(db, world.organisation.id, { personId: world.leader.id, jobRoleId: ours.role.id, templateId: ours.template.id, cohortId: ourCohort.id, managerId: world.manager.id });

    const foreign = world.foreignOrganisation.id;
    const theirCoach = await buildPerson(db, foreign, { name: "Their Coach", roles: ["COACH"] });
    const theirTemplate = await buildInductionTemplate(db, foreign, { name: "Their template", jobRoleId: world.foreignRole.id });
    const theirCohort = await db.cohort.create({ data: { organisationId: foreign, name: "Their cohort" } });
    const theirInduction = await buildInduction(db, foreign, { personId: world.foreignHr.id, jobRoleId: world.foreignRole.id, templateId: theirTemplate.template.id, cohortId: theirCohort.id });
    const theirLoner = await buildPerson(db, foreign, { name: "Their Loner" });
    await buildInduction(db, foreign, { personId: theirLoner.id, jobRoleId: world.foreignRole.id, templateId: theirTemplate.template.id });

    const listed = await listCohorts(world.organisation.id);
    expect(listed.cohorts.map((cohort) => [cohort.name, cohort.members])).toEqual([["Our cohort", 1]]);
    expect(listed.ungrouped).toEqual([]);
    expect(listed.ungroupedTotal).toBe(0);

    await expect(getCohort(world.organisation.id, theirCohort.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getCohort(world.organisation.id, ourCohort.id)).inductions.map((induction) => induction.personName)).toEqual(["Leah Leader"]);
    expect(await findEnrolledPerson(world.organisation.id, theirInduction.id)).toBeNull();

    const options = await getEnrolmentOptions(world.organisation.id);
    const ids = JSON.stringify(options);
    for (const theirs of [world.foreignHr.id, theirCoach.id, theirLoner.id, world.foreignRole.id, theirTemplate.template.id, "Their cohort"]) expect(ids).not.toContain(theirs);
    expect(options.people.map((person) => person.id)).not.toContain(world.leader.id);
    expect(options.managers.map((person) => person.id)).toContain(world.leader.id);
    expect(options.coaches.map((person) => person.id)).toEqual([world.coach.id]);
    expect(options.jobRoles.find((role) => role.id === ours.role.id)?.template).toMatchObject({ id: ours.template.id, items: 4 });
    expect(options.cohortNames).toEqual(["Our cohort"]);
  });

  it("averages a cohort's progress and counts its overdue items", async () => {
    const world = await buildWorld();
    const { role, template } = await roleWithTemplate(world);
    const cohort = await db.cohort.create({ data: { organisationId: world.organisation.id, name: "Measured" } });
    const start = shift(LONDON_TODAY(), -50);
    const [one, two] = [await buildPerson(db, world.organisation.id), await buildPerson(db, world.organisation.id)];
    for (const person of [one, two]) await buildInduction(db, world.organisation.id, { personId: person.id, jobRoleId: role.id, templateId: template.id, cohortId: cohort.id, startDate: start });
    // One person has done their first two items (the second, needing sign-off, is signed off); the other nothing.
    const items = await db.inductionItem.findMany({ where: { induction: { personId: one.id } }, orderBy: { dueDate: "asc" } });
    await db.inductionItem.updateMany({ where: { id: { in: items.slice(0, 2).map((item) => item.id) } }, data: { status: "DONE", completedAt: new Date(), signedOffAt: new Date() } });

    const [summary] = (await listCohorts(world.organisation.id)).cohorts;
    // 50% and 0%: average 25. Overdue: the items due 57, 36 and 5 days ago that are still open, one for the first person and three for the second.
    expect(summary).toMatchObject({ name: "Measured", members: 2, running: 2, averagePercent: 25, overdue: 4 });
    const detail = await getCohort(world.organisation.id, cohort.id);
    expect(detail.inductions.map((induction) => [induction.progress.percent, induction.progress.overdue]).sort()).toEqual([
      [0, 3],
      [50, 1],
    ]);
  });
});
