import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AssessmentKind, ItemOwner, ItemStatus, LearningType, PlanActionStatus, SupportKind } from "@/lib/db/generated/enums";
import { peopleWithOverdueItems, peopleWithoutConversation } from "@/lib/dashboard/drill-down";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { getDashboard, getDashboardContext, type Dashboard } from "@/lib/dashboard/queries";
import { GET as exportDashboard } from "@/app/(app)/hr/dashboard/export/route";
import { addDays, fromDateOnly, todayIn, type DateOnly } from "@/lib/inductions/dates";
import { buildCharter, buildConversation, buildFramework, buildInduction, buildInductionTemplate, buildJobRole, buildOrganisation, buildPerson, buildPlan, buildRelationship, sampleCharter } from "@/tests/factories";
import { buildAssessment } from "@/tests/factories/coaching";
import { signInAs } from "@/tests/support/session";
import { countStatements } from "@/tests/support/statements";

/**
 * THE HR DASHBOARD on a small organisation built by hand. Every figure is counted here a second
 * way, by plain arithmetic over the plan of the organisation written out below (never by the
 * dashboard's SQL), for no filter and for each filter. A second organisation, with rows of every
 * kind, must change none of the first one's figures.
 */

const today = todayIn("Europe/London");
const day = (offset: number): DateOnly => addDays(today, offset);

type ItemPlan = { status: ItemStatus; due: number };
type PersonPlan = {
  key: string;
  manager: "mia" | "noah" | null;
  role: "lead" | "other";
  active: boolean;
  induction?: { cohort: "spring" | "autumn"; start: number; items: ItemPlan[] };
  conversations: number[];
  assessments?: { kind: AssessmentKind; start: Record<string, number>; end?: Record<string, number> }[];
  relationships: { kind: SupportKind; status: "ACTIVE" | "ENDED"; sessions: number[] }[];
  plan?: { type: LearningType; status: PlanActionStatus; due: number }[];
};

/** The value, or a failed test when there is none (the plan above is written by hand). */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("The plan of the organisation does not line up");
  return value;
}

/** The template's items, phase by phase: owners in order. */
const PHASE_OWNERS: ItemOwner[][] = [["HR", "INDIVIDUAL"], ["MANAGER", "INDIVIDUAL"], ["ORGANISATION"], ["INDIVIDUAL"]];
const ITEM_SLOTS = PHASE_OWNERS.flatMap((owners, phase) => owners.map((owner) => ({ phase, owner })));
const done = (due = -5): ItemPlan => ({ status: "DONE", due });
const waived = (due = -5): ItemPlan => ({ status: "WAIVED", due });
const open = (due: number): ItemPlan => ({ status: "OPEN", due });

const PEOPLE: PersonPlan[] = [
  {
    key: "lena",
    manager: "mia",
    role: "lead",
    active: true,
    induction: { cohort: "spring", start: -30, items: [done(), done(), open(-5), waived(), open(-5), open(5)] },
    conversations: [-10],
    assessments: [
      { kind: "MANAGER", start: { A: 1, B: 2 }, end: { A: 3, B: 2 } },
      { kind: "SELF", start: { A: 2 }, end: { A: 3 } },
    ],
    relationships: [{ kind: "COACHING", status: "ACTIVE", sessions: [0, -40, -200] }],
    plan: [
      { type: "EXPERIENCE", status: "DONE", due: -5 },
      { type: "EXPERIENCE", status: "NOT_STARTED", due: 20 },
      { type: "EXPERIENCE", status: "IN_PROGRESS", due: 40 },
      { type: "PEOPLE", status: "NOT_STARTED", due: 30 },
      { type: "FORMAL", status: "NOT_STARTED", due: 5 },
    ],
  },
  {
    key: "liam",
    manager: "mia",
    role: "lead",
    active: true,
    induction: { cohort: "autumn", start: -10, items: [open(-5), done(), open(5), open(5), open(5), open(5)] },
    conversations: [-100],
    assessments: [{ kind: "MANAGER", start: { A: 1 } }],
    relationships: [],
  },
  {
    key: "lara",
    manager: "noah",
    role: "other",
    active: true,
    // Her last item falls due today: open, not yet overdue.
    induction: { cohort: "spring", start: -60, items: [done(), done(), done(), open(-5), open(-5), open(0)] },
    conversations: [-89],
    assessments: [{ kind: "MANAGER", start: { A: 2, B: 1 }, end: { A: 3, B: 3 } }],
    relationships: [{ kind: "MENTORING", status: "ACTIVE", sessions: [-70] }],
    plan: [
      { type: "EXPERIENCE", status: "NOT_STARTED", due: -60 },
      { type: "PEOPLE", status: "DONE", due: -5 },
    ],
  },
  {
    key: "piet",
    manager: "noah",
    role: "other",
    active: true,
    conversations: [],
    relationships: [{ kind: "MENTORING", status: "ENDED", sessions: [-20] }],
    plan: [
      { type: "FORMAL", status: "NOT_STARTED", due: 0 },
      { type: "FORMAL", status: "NOT_STARTED", due: 0 },
    ],
  },
  {
    // Deactivated: counts nowhere among people, though rows about them remain.
    key: "gone",
    manager: "mia",
    role: "lead",
    active: false,
    conversations: [-1],
    relationships: [{ kind: "COACHING", status: "ACTIVE", sessions: [0] }],
    plan: [{ type: "EXPERIENCE", status: "NOT_STARTED", due: 0 }],
  },
];

type Ids = {
  organisationId: string;
  people: Record<string, string>;
  managers: Record<"mia" | "noah", string>;
  roles: Record<"lead" | "other", string>;
  cohorts: Record<"spring" | "autumn", string>;
  competencies: Record<"A" | "B", { key: string; name: string }>;
};

// ---------------------------------------------------------------------------------------------
// The second count: plain arithmetic over PEOPLE, one reading of each filter per kind of row.

type Scope = { cohort?: "spring" | "autumn"; role?: "lead" | "other"; manager?: "mia" | "noah"; from?: number; to?: number };

const inRange = (offset: number, scope: Scope) => (scope.from === undefined || offset >= scope.from) && (scope.to === undefined || offset <= scope.to);

function inductionCounted(person: PersonPlan, scope: Scope): boolean {
  const induction = person.induction;
  if (!induction) return false;
  return (
    (!scope.cohort || induction.cohort === scope.cohort) &&
    (!scope.role || person.role === scope.role) &&
    (!scope.manager || person.manager === scope.manager) &&
    inRange(induction.start, scope)
  );
}

function personCounted(person: PersonPlan, scope: Scope): boolean {
  return person.active && (!scope.cohort || person.induction?.cohort === scope.cohort) && (!scope.role || person.role === scope.role) && (!scope.manager || person.manager === scope.manager);
}

type Tally = { done: number; waived: number; open: number; overdue: number };
const emptyTally = (): Tally => ({ done: 0, waived: 0, open: 0, overdue: 0 });

function tallyItem(tally: Tally, item: ItemPlan) {
  if (item.status === "DONE") tally.done += 1;
  else if (item.status === "WAIVED") tally.waived += 1;
  else if (item.due < 0) tally.overdue += 1;
  else tally.open += 1;
}

function expectedPhases(scope: Scope, cohort?: "spring" | "autumn") {
  const phases = PHASE_OWNERS.map(emptyTally);
  for (const person of PEOPLE) {
    if (!inductionCounted(person, scope) || (cohort && person.induction?.cohort !== cohort)) continue;
    person.induction?.items.forEach((item, index) => tallyItem(must(phases[must(ITEM_SLOTS[index]).phase]), item));
  }
  return phases;
}

function expectedOwners(scope: Scope) {
  const owners = new Map<ItemOwner, Tally>();
  for (const person of PEOPLE) {
    if (!inductionCounted(person, scope)) continue;
    person.induction?.items.forEach((item, index) => {
      const owner = must(ITEM_SLOTS[index]).owner;
      const tally = owners.get(owner) ?? emptyTally();
      owners.set(owner, tally);
      tallyItem(tally, item);
    });
  }
  return owners;
}

function expectedCoverage(scope: Scope) {
  const start = scope.from ?? (scope.to ?? 0) - 89;
  const end = scope.to ?? 0;
  const byManager = new Map<string, { people: number; covered: number }>();
  let people = 0;
  let covered = 0;
  for (const person of PEOPLE) {
    if (!person.manager || !personCounted(person, scope)) continue;
    const had = person.conversations.some((offset) => offset >= start && offset <= end);
    people += 1;
    covered += had ? 1 : 0;
    const entry = byManager.get(person.manager) ?? { people: 0, covered: 0 };
    entry.people += 1;
    entry.covered += had ? 1 : 0;
    byManager.set(person.manager, entry);
  }
  return { people, covered, byManager };
}

function expectedChanges(scope: Scope) {
  const changes = new Map<string, { sum: number; count: number; people: Set<string> }>();
  for (const person of PEOPLE) {
    if (!inductionCounted(person, scope)) continue;
    for (const assessment of person.assessments ?? []) {
      for (const [competency, level] of Object.entries(assessment.end ?? {})) {
        const before = assessment.start[competency];
        if (before === undefined) continue;
        const key = `${competency}:${assessment.kind}`;
        const entry = changes.get(key) ?? { sum: 0, count: 0, people: new Set<string>() };
        entry.sum += level - before;
        entry.count += 1;
        entry.people.add(person.key);
        changes.set(key, entry);
      }
    }
  }
  return new Map([...changes].map(([key, entry]) => [key, { average: entry.sum / entry.count, people: entry.people.size }]));
}

function expectedCoaching(scope: Scope) {
  const end = day(scope.to ?? 0);
  const start = scope.from !== undefined ? day(scope.from) : `${monthsBefore(end.slice(0, 7), 5)}-01`;
  const months = new Map<string, { coaching: number; mentoring: number }>();
  for (let month = start.slice(0, 7); month <= end.slice(0, 7); month = monthsBefore(month, -1)) months.set(month, { coaching: 0, mentoring: 0 });
  const active = { COACHING: 0, MENTORING: 0 };
  for (const person of PEOPLE) {
    if (!personCounted(person, scope)) continue;
    for (const relationship of person.relationships) {
      if (relationship.status === "ACTIVE") active[relationship.kind] += 1;
      for (const offset of relationship.sessions) {
        const held = day(offset);
        if (held < start || held > end) continue;
        const entry = must(months.get(held.slice(0, 7)));
        if (relationship.kind === "COACHING") entry.coaching += 1;
        else entry.mentoring += 1;
      }
    }
  }
  return { active, months: [...months].map(([month, counts]) => ({ month, ...counts })) };
}

/** "YYYY-MM" `count` months earlier (later when negative). */
function monthsBefore(month: string, count: number): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  const date = new Date(Date.UTC(year, number - 1 - count, 1));
  return date.toISOString().slice(0, 7);
}

function expectedPlans(scope: Scope) {
  let plans = 0;
  const counts = { EXPERIENCE: { count: 0, done: 0 }, PEOPLE: { count: 0, done: 0 }, FORMAL: { count: 0, done: 0 } };
  for (const person of PEOPLE) {
    if (!person.plan || !personCounted(person, scope)) continue;
    plans += 1;
    for (const action of person.plan) {
      if (!inRange(action.due, scope)) continue;
      counts[action.type].count += 1;
      if (action.status === "DONE") counts[action.type].done += 1;
    }
  }
  return { plans, counts };
}

// ---------------------------------------------------------------------------------------------
// Building the organisation

async function buildOrganisationFromPlan(): Promise<Ids> {
  const organisation = await buildOrganisation(db);
  const organisationId = organisation.id;
  const roles = {
    lead: (await buildJobRole(db, organisationId, { title: "Team lead" })).id,
    other: (await buildJobRole(db, organisationId, { title: "Principal engineer" })).id,
  };
  const cohorts = {
    spring: (await db.cohort.create({ data: { organisationId, name: "Spring" } })).id,
    autumn: (await db.cohort.create({ data: { organisationId, name: "Autumn" } })).id,
  };
  const managers = {
    mia: (await buildPerson(db, organisationId, { name: "Mia Manager", roles: ["MANAGER"] })).id,
    noah: (await buildPerson(db, organisationId, { name: "Noah Manager", roles: ["MANAGER"] })).id,
  };
  const coach = await buildPerson(db, organisationId, { name: "Cora Coach", roles: ["COACH"] });
  const { version, content } = await buildFramework(db, organisationId, { status: "PUBLISHED" });
  const [first, second] = content.clusters.flatMap((cluster) => cluster.competencies).map((competency) => ({ key: competency.key, name: competency.name }));
  const competencies = { A: must(first), B: must(second) };
  const charter = await buildCharter(db, organisationId, { jobRoleId: roles.lead, frameworkVersionId: version.id, content: sampleCharter(content), status: "PUBLISHED" });
  const { template } = await buildInductionTemplate(db, organisationId, { items: PHASE_OWNERS.map((owners) => owners.map((owner) => ({ owner }))) });

  const people: Record<string, string> = {};
  for (const plan of PEOPLE) {
    const managerId = plan.manager ? managers[plan.manager] : null;
    const person = await buildPerson(db, organisationId, { name: `${plan.key} Example`, roles: ["LEADER"], managerId, jobRoleId: roles[plan.role], active: plan.active });
    people[plan.key] = person.id;
    let inductionId: string | null = null;
    if (plan.induction) {
      const induction = await buildInduction(db, organisationId, {
        personId: person.id,
        jobRoleId: roles[plan.role],
        managerId,
        templateId: template.id,
        cohortId: cohorts[plan.induction.cohort],
        startDate: day(plan.induction.start),
      });
      inductionId = induction.id;
      const items = await db.inductionItem.findMany({ where: { inductionId }, orderBy: [{ phase: { position: "asc" } }, { position: "asc" }] });
      for (const [index, item] of items.entries()) {
        const wanted = must(plan.induction.items[index]);
        await db.inductionItem.update({ where: { id: item.id }, data: { status: wanted.status, dueDate: fromDateOnly(day(wanted.due)) } });
      }
    }
    for (const offset of plan.conversations) {
      await buildConversation(db, organisationId, { personId: person.id, managerId: managerId ?? managers.mia, heldOn: day(offset), privateNote: "PRIVATE: not for the dashboard" });
    }
    for (const assessment of plan.assessments ?? []) {
      const levels = (moment: Record<string, number>) => Object.fromEntries(Object.entries(moment).map(([key, level]) => [competencies[key as "A" | "B"].key, level]));
      const common = { subjectId: person.id, assessorId: managerId ?? person.id, charterVersionId: charter.version.id, kind: assessment.kind, inductionId };
      await buildAssessment(db, organisationId, { ...common, moment: "START", levels: levels(assessment.start) });
      if (assessment.end) await buildAssessment(db, organisationId, { ...common, moment: "END", levels: levels(assessment.end) });
      // A check-in never counts as the start or the end.
      await buildAssessment(db, organisationId, { ...common, moment: "ON_DEMAND", levels: levels({ A: 4, B: 4 }) });
    }
    for (const relationship of plan.relationships) {
      await buildRelationship(db, organisationId, {
        supporterId: coach.id,
        leaderId: person.id,
        kind: relationship.kind,
        status: relationship.status,
        startOn: day(-250),
        sessions: relationship.sessions.map((offset) => ({ heldOn: day(offset) })),
      });
    }
    if (plan.plan) {
      await buildPlan(db, organisationId, {
        personId: person.id,
        goals: [{ title: "Lead the team", actions: plan.plan.map((action, index) => ({ title: `Action ${index + 1}`, type: action.type, status: action.status, dueOn: day(action.due) })) }],
      });
    }
  }
  return { organisationId, people, managers, roles, cohorts, competencies };
}

/** A second organisation with a row of every kind the dashboard counts. */
async function buildForeignOrganisation() {
  const organisation = await buildOrganisation(db);
  const organisationId = organisation.id;
  const role = await buildJobRole(db, organisationId, { title: "Foreign lead" });
  // Named like a formula, so the export must neutralise it.
  const cohort = await db.cohort.create({ data: { organisationId, name: "=Foreign cohort" } });
  const manager = await buildPerson(db, organisationId, { name: "Foreign Manager", roles: ["MANAGER"] });
  const leader = await buildPerson(db, organisationId, { name: "Foreign Leader", roles: ["LEADER"], managerId: manager.id, jobRoleId: role.id });
  const { template } = await buildInductionTemplate(db, organisationId, { items: [[{ owner: "HR" }], [{ owner: "HR" }], [{ owner: "HR" }], [{ owner: "HR" }]] });
  const induction = await buildInduction(db, organisationId, { personId: leader.id, jobRoleId: role.id, managerId: manager.id, templateId: template.id, cohortId: cohort.id, startDate: day(-100) });
  await buildConversation(db, organisationId, { personId: leader.id, managerId: manager.id, heldOn: day(-3) });
  await buildRelationship(db, organisationId, { supporterId: manager.id, leaderId: leader.id, kind: "COACHING", startOn: day(-30), sessions: [{ heldOn: day(-2) }] });
  await buildPlan(db, organisationId, { personId: leader.id });
  const hr = await buildPerson(db, organisationId, { name: "Foreign HR", roles: ["HR_ADMIN"] });
  return { organisationId, cohortId: cohort.id, inductionId: induction.id, hr };
}

// ---------------------------------------------------------------------------------------------

let ids: Ids;
let foreign: Awaited<ReturnType<typeof buildForeignOrganisation>>;

beforeAll(async () => {
  ids = await buildOrganisationFromPlan();
  foreign = await buildForeignOrganisation();
}, 120_000);

const filtersOf = (scope: Scope): DashboardFilters => ({
  ...(scope.cohort ? { cohortId: ids.cohorts[scope.cohort] } : {}),
  ...(scope.role ? { jobRoleId: ids.roles[scope.role] } : {}),
  ...(scope.manager ? { managerId: ids.managers[scope.manager] } : {}),
  ...(scope.from !== undefined ? { from: day(scope.from) } : {}),
  ...(scope.to !== undefined ? { to: day(scope.to) } : {}),
});

const PHASE_NAMES = ["Before the start date", "First 30 days", "Days 31–60", "Days 61–90"];
const MANAGER_NAMES = { mia: "Mia Manager", noah: "Noah Manager" };

function checkDashboard(dashboard: Dashboard, scope: Scope) {
  const phases = expectedPhases(scope);
  expect(dashboard.inductions.overall).toEqual(
    phases.flatMap((tally, position) => (tally.done + tally.waived + tally.open + tally.overdue ? [{ position, phase: PHASE_NAMES[position], ...tally }] : [])),
  );
  for (const cohort of ["spring", "autumn"] as const) {
    const rows = dashboard.inductions.byCohort.filter((row) => row.cohortId === ids.cohorts[cohort]);
    const wanted = expectedPhases(scope, cohort).flatMap((tally, position) => (tally.done + tally.waived + tally.open + tally.overdue ? [{ position, ...tally }] : []));
    expect(rows.map(({ position, done, waived, open, overdue }) => ({ position, done, waived, open, overdue }))).toEqual(wanted);
  }
  expect(dashboard.inductions.byCohort.every((row) => Object.values(ids.cohorts).includes(row.cohortId ?? ""))).toBe(true);
  const owners = expectedOwners(scope);
  expect(new Map(dashboard.inductions.byOwner.map(({ owner, ...tally }) => [owner, tally]))).toEqual(owners);

  const coverage = expectedCoverage(scope);
  expect({ people: dashboard.coverage.people, covered: dashboard.coverage.covered }).toEqual({ people: coverage.people, covered: coverage.covered });
  expect(dashboard.coverage.byManager).toEqual(
    (["mia", "noah"] as const).flatMap((manager) => {
      const entry = coverage.byManager.get(manager);
      return entry ? [{ managerId: ids.managers[manager], manager: MANAGER_NAMES[manager], ...entry }] : [];
    }),
  );

  const changes = expectedChanges(scope);
  expect(new Map(dashboard.assessments.map((row) => [`${row.competencyKey === ids.competencies.A.key ? "A" : "B"}:${row.kind}`, { average: row.averageChange, people: row.people }]))).toEqual(changes);
  for (const row of dashboard.assessments) expect(row.competency).toBe(row.competencyKey === ids.competencies.A.key ? ids.competencies.A.name : ids.competencies.B.name);

  const coaching = expectedCoaching(scope);
  expect(dashboard.coaching.active).toEqual(coaching.active);
  expect(dashboard.coaching.months).toEqual(coaching.months);

  const plans = expectedPlans(scope);
  expect(dashboard.plans.plans).toBe(plans.plans);
  expect(dashboard.plans.balance.map(({ type, count, done }) => ({ type, count, done }))).toEqual(
    (["EXPERIENCE", "PEOPLE", "FORMAL"] as const).map((type) => ({ type, ...plans.counts[type] })),
  );
}

describe("the HR dashboard's figures", () => {
  it("with no filter: every section, counted by hand", async () => {
    const dashboard = await getDashboard(ids.organisationId, {}, today);
    checkDashboard(dashboard, {});
    // The same figures written out, so a slip in the arithmetic above cannot hide one in the SQL.
    expect(dashboard.inductions.overall.map(({ done, waived, open, overdue }) => [done, waived, open, overdue])).toEqual([
      [5, 0, 0, 1],
      [1, 1, 2, 2],
      [0, 0, 1, 2],
      [0, 0, 3, 0],
    ]);
    expect(dashboard.inductions.byOwner.find((row) => row.owner === "ORGANISATION")).toMatchObject({ open: 1, overdue: 2 });
    expect(dashboard.inductions.byOwner.find((row) => row.owner === "HR")).toMatchObject({ done: 2, overdue: 1 });
    expect([dashboard.coverage.people, dashboard.coverage.covered]).toEqual([4, 2]);
    expect({ start: dashboard.coverage.start, end: dashboard.coverage.end }).toEqual({ start: day(-89), end: today });
    expect(dashboard.assessments.find((row) => row.competencyKey === ids.competencies.A.key && row.kind === "MANAGER")).toMatchObject({ averageChange: 1.5, people: 2 });
    expect(dashboard.coaching.active).toEqual({ COACHING: 1, MENTORING: 1 });
    expect(dashboard.coaching.months).toHaveLength(6);
    expect(dashboard.coaching.months.reduce((sum, month) => sum + month.coaching + month.mentoring, 0)).toBe(4);
    expect(dashboard.plans).toEqual({
      plans: 3,
      actions: 9,
      balance: [
        { type: "EXPERIENCE", count: 4, done: 1, share: 45, target: 70 },
        { type: "PEOPLE", count: 2, done: 1, share: 22, target: 20 },
        { type: "FORMAL", count: 3, done: 0, share: 33, target: 10 },
      ],
    });
  });

  it.each<[string, Scope]>([
    ["cohort", { cohort: "spring" }],
    ["another cohort", { cohort: "autumn" }],
    ["job role", { role: "other" }],
    ["the other job role", { role: "lead" }],
    ["manager", { manager: "noah" }],
    ["date range", { from: -40, to: 0 }],
    ["a past date range", { from: -120, to: -50 }],
    ["a date range in the past weeks", { from: -50, to: -10 }],
    ["everything at once", { cohort: "spring", role: "lead", manager: "mia", from: -40, to: 0 }],
  ])("filtered by %s", async (_name, scope) => {
    checkDashboard(await getDashboard(ids.organisationId, filtersOf(scope), today), scope);
  });

  it("never counts another organisation's rows, even when asked for its cohort", async () => {
    const mine = await getDashboard(ids.organisationId, { cohortId: foreign.cohortId }, today);
    expect(mine.inductions).toEqual({ overall: [], byCohort: [], byOwner: [] });
    expect([mine.coverage.people, mine.plans.plans, mine.coaching.active.COACHING, mine.assessments.length]).toEqual([0, 0, 0, 0]);

    const theirs = await getDashboard(foreign.organisationId, {}, today);
    expect(theirs.inductions.byOwner).toEqual([{ owner: "HR", done: 0, waived: 0, open: 0, overdue: 4 }]);
    expect([theirs.coverage.people, theirs.coverage.covered, theirs.plans.plans, theirs.coaching.active.COACHING]).toEqual([1, 1, 1, 1]);
  });

  it("reads the filter choices and today in one statement, and the whole page within the budget of 10", async () => {
    const context = await getDashboardContext(ids.organisationId);
    expect(context.today).toBe(todayIn(context.timeZone));
    expect(context.cohorts.map((cohort) => cohort.name)).toEqual(["Autumn", "Spring"]);
    expect(context.jobRoles.map((role) => role.name)).toEqual(["Principal engineer", "Team lead"]);
    expect(context.managers.map((manager) => manager.name)).toEqual(["Mia Manager", "Noah Manager"]);

    const statements = await countStatements(async () => {
      await getDashboardContext(ids.organisationId);
      await getDashboard(ids.organisationId, { cohortId: ids.cohorts.spring }, today);
    });
    // One for the context, five for the sections; with the session's person, the headline figures (two) and the recent changes, the page runs ten.
    expect(statements).toBe(6);
  });
});

describe("the people behind the figures", () => {
  it("lists new leaders with overdue items, of one owner or of any", async () => {
    const names = (rows: { name: string }[]) => rows.map((row) => row.name);
    expect(names(await peopleWithOverdueItems(ids.organisationId, {}, today, "MANAGER"))).toEqual(["lena Example"]);
    expect(names(await peopleWithOverdueItems(ids.organisationId, {}, today, "ORGANISATION"))).toEqual(["lara Example", "lena Example"]);
    const all = await peopleWithOverdueItems(ids.organisationId, {}, today, null);
    expect(all.map(({ name, count, date, detail }) => ({ name, count, date, detail }))).toEqual([
      { name: "lara Example", count: 2, date: day(-5), detail: "Principal engineer" },
      { name: "lena Example", count: 2, date: day(-5), detail: "Team lead" },
      { name: "liam Example", count: 1, date: day(-5), detail: "Team lead" },
    ]);
    expect(names(await peopleWithOverdueItems(ids.organisationId, filtersOf({ cohort: "spring" }), today, "HR"))).toEqual([]);
    expect(await peopleWithOverdueItems(foreign.organisationId, { cohortId: ids.cohorts.spring }, today, null)).toEqual([]);
  });

  it("lists people without a recent conversation, with their last one's date and never its notes", async () => {
    const result = await peopleWithoutConversation(ids.organisationId, {}, today);
    expect(result.people).toEqual([
      { id: ids.people.liam, name: "liam Example", detail: "Mia Manager", count: null, date: day(-100) },
      { id: ids.people.piet, name: "piet Example", detail: "Noah Manager", count: null, date: null },
    ]);
    expect(JSON.stringify(result)).not.toContain("PRIVATE");
    const noah = await peopleWithoutConversation(ids.organisationId, { managerId: ids.managers.noah }, today);
    expect(noah.people.map((person) => person.name)).toEqual(["piet Example"]);
  });
});

describe("the CSV export", () => {
  const csvOf = async (query: string) => {
    const response = await exportDashboard(new Request(`http://localhost/hr/dashboard/export?${query}`));
    expect(response.headers.get("content-type")).toContain("text/csv");
    return (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
  };

  it("gives a section's table under the filters of the link, in the organisation of the HR admin", async () => {
    const hr = await buildPerson(db, ids.organisationId, { name: "Hilda HR", roles: ["HR_ADMIN"] });
    signInAs(hr);
    const owners = expectedOwners({ manager: "noah" });
    expect(await csvOf(`section=owners&managerId=${ids.managers.noah}`)).toEqual([
      "Owner,Done,Waived,Open,Overdue",
      // In the order the owners are declared: the new leader, their manager, HR, the organisation.
      ...(["INDIVIDUAL", "MANAGER", "HR", "ORGANISATION"] as const).flatMap((owner) => {
        const tally = owners.get(owner);
        const label = { INDIVIDUAL: "New leader", MANAGER: "Manager", HR: "HR", ORGANISATION: "The organisation" }[owner];
        return tally ? [`${label},${tally.done},${tally.waived},${tally.open},${tally.overdue}`] : [];
      }),
      "",
    ]);
    const coverage = await csvOf(`section=coverage&from=${day(-120)}&to=${day(-50)}`);
    expect(coverage.slice(0, 2)).toEqual([`Manager,People,With a conversation ${day(-120)} to ${day(-50)},Coverage %`, "Everyone,4,2,50"]);
    expect((await csvOf("section=phases")).join("\n")).not.toContain("Foreign");
    const response = await exportDashboard(new Request("http://localhost/hr/dashboard/export?section=nothing"));
    expect(response.status).toBe(404);
  });

  it("neutralises a cell a spreadsheet would run as a formula", async () => {
    signInAs(foreign.hr);
    const phases = await csvOf("section=phases");
    expect(phases.filter((line) => line.includes("Foreign cohort"))).toEqual(PHASE_NAMES.map((phase) => `"'=Foreign cohort",${phase},0,0,0,1`));
    signInAs(null);
  });
});
