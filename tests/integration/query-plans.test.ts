import { appendFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import AppLayout from "@/app/(app)/layout";
import EditFrameworkDraftPage from "@/app/(app)/hr/frameworks/[id]/edit/page";
import HrLayout from "@/app/(app)/hr/layout";
import HrHomePage from "@/app/(app)/hr/page";
import PeoplePage from "@/app/(app)/hr/people/page";
import MeLayout from "@/app/(app)/me/layout";
import MyTransitionPage from "@/app/(app)/me/page";
import MyTeamPage from "@/app/(app)/team/page";
import { LARGE_ORGANISATION } from "@/lib/bench/large/organisation";
import { analyse, seedLargeWorld } from "@/lib/bench/large/world";
import { LARGE_TABLE_ROWS, sequentialScans } from "@/lib/bench/statements";
import { db } from "@/lib/db/client";
import type { TracedStatement } from "@/lib/db/sql-trace";
import { signInAs } from "@/tests/support/session";
import { captureStatements } from "@/tests/support/statements";

/**
 * The main pages on the large organisation (seed:large at full size, 10,000 people): each runs at
 * most 10 SQL statements, layouts included, and no plan of theirs reads a large table with a
 * sequential scan. Plans, not timings: EXPLAIN after ANALYZE, on the seeded data.
 *
 * The dashboard aggregates the whole organisation, which here holds 98% of every table's rows:
 * reading them all in order is the planner's right choice, and it would choose an index once the
 * table held other tenants' rows in earnest. So its plans are checked with sequential scans
 * priced out (enable_seqscan off): any sequential scan left means no index serves that path.
 */

const PAGE_BUDGET = 10;
const children = null;
const noSearch = () => Promise.resolve({});

type Account = "hr" | "manager" | "leader";
type PageCase = { name: string; as: Account; wholeOrganisation?: true; render(ids: { frameworkId: string; cohortId: string; managerId: string }): Promise<unknown>[] };

const PAGES: PageCase[] = [
  { name: "the HR dashboard", as: "hr", wholeOrganisation: true, render: () => [AppLayout({ children }), HrLayout({ children }), HrHomePage({ searchParams: noSearch() })] },
  {
    name: "the HR dashboard filtered by cohort, manager and dates",
    as: "hr",
    wholeOrganisation: true,
    render: ({ cohortId, managerId }) => [AppLayout({ children }), HrLayout({ children }), HrHomePage({ searchParams: Promise.resolve({ cohort: cohortId, manager: managerId, from: "2026-01-01", to: "2026-12-31" }) })],
  },
  { name: "the people list", as: "hr", render: () => [AppLayout({ children }), HrLayout({ children }), PeoplePage({ searchParams: noSearch() })] },
  { name: "the people list, page 20", as: "hr", render: () => [AppLayout({ children }), HrLayout({ children }), PeoplePage({ searchParams: Promise.resolve({ page: "20" }) })] },
  { name: "the framework editor", as: "hr", render: ({ frameworkId }) => [AppLayout({ children }), HrLayout({ children }), EditFrameworkDraftPage({ params: Promise.resolve({ id: frameworkId }) })] },
  { name: "my transition", as: "leader", render: () => [AppLayout({ children }), MeLayout({ children }), MyTransitionPage()] },
  { name: "my team", as: "manager", render: () => [AppLayout({ children }), MyTeamPage()] },
];

let people: Record<Account, { id: string }>;
let ids: { frameworkId: string; cohortId: string; managerId: string };
let largeTables: Set<string>;

beforeAll(async () => {
  const world = await seedLargeWorld(db, { scale: 1, seed: 7 }, () => undefined);
  const organisationId = world.organisationId;
  const byEmail = async (local: string) => db.person.findFirstOrThrow({ where: { organisationId, email: `${local}@${LARGE_ORGANISATION.domain}` }, select: { id: true } });
  people = { hr: await byEmail("hr"), manager: await byEmail("manager"), leader: await byEmail("leader") };

  // The editor opens a draft: give the framework with the most versions one.
  const framework = await db.frameworkVersion.findFirstOrThrow({ where: { organisationId, status: "PUBLISHED" }, orderBy: { number: "desc" } });
  await db.frameworkVersion.create({ data: { organisationId, frameworkId: framework.frameworkId, number: framework.number + 1, status: "DRAFT", content: framework.content ?? {} } });
  const cohort = await db.cohort.findFirstOrThrow({ where: { organisationId }, orderBy: { name: "asc" } });
  ids = { frameworkId: framework.frameworkId, cohortId: cohort.id, managerId: people.manager.id };

  await analyse(db, () => undefined);
  // Large means more than LARGE_TABLE_ROWS rows of this organisation where a table has an
  // organisationId (other test files may share the database, and their rows must not make its
  // 300 job roles count as large), and more than that many rows in all for the tables without one.
  const tables = await db.$queryRawUnsafe<{ name: string; tenant: boolean; rows: number }[]>(
    `SELECT c.relname AS name, c.reltuples::bigint::int AS rows,
            EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = 'public' AND k.table_name = c.relname AND k.column_name = 'organisationId') AS tenant
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'`,
  );
  largeTables = new Set();
  for (const table of tables) {
    const rows = table.tenant
      ? ((await db.$queryRawUnsafe<{ rows: number }[]>(`SELECT count(*)::int AS rows FROM "${table.name}" WHERE "organisationId" = $1`, organisationId))[0]?.rows ?? 0)
      : table.rows;
    if (rows > LARGE_TABLE_ROWS) largeTables.add(table.name);
  }
}, 600_000);

async function explain(statement: TracedStatement, { withoutSeqScans }: { withoutSeqScans: boolean }): Promise<string> {
  const rows = await db.$transaction(async (tx) => {
    if (withoutSeqScans) await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${statement.text}`, ...statement.values);
  });
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

describe("the main pages on the large organisation", () => {
  it("has the large tables the checks are about", () => {
    for (const table of ["Person", "Induction", "InductionItem", "Conversation", "DevelopmentPlan", "PlanAction", "Assessment", "AssessmentRating"]) expect(largeTables, table).toContain(table);
  });

  for (const page of PAGES) {
    it(`${page.name}: at most ${PAGE_BUDGET} statements, none a sequential scan of a large table`, async () => {
      signInAs(people[page.as]);
      const statements = await captureStatements(() => Promise.all(page.render(ids)), { distinct: true });
      expect(statements.length).toBeGreaterThan(1);
      expect(statements.length, statements.map((statement) => statement.text.replace(/\s+/g, " ").slice(0, 160)).join("\n")).toBeLessThanOrEqual(PAGE_BUDGET);

      const scans: string[] = [];
      for (const statement of statements) {
        expect(statement.text, "a page only reads").toMatch(/^\s*(select|with)\b/i);
        const plan = await explain(statement, { withoutSeqScans: page.wholeOrganisation === true });
        if (process.env.QUERY_PLANS_OUT) appendFileSync(process.env.QUERY_PLANS_OUT, `\n=== ${page.name}\n${statement.text}\n${plan}\n`);
        for (const table of sequentialScans(plan).filter((name) => largeTables.has(name))) scans.push(`${table}, in the statement ${statement.text.replace(/\s+/g, " ").trim().slice(0, 120)}…`);
      }
      expect(scans).toEqual([]);
    });
  }
});
