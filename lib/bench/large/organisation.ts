import type { AppPrismaClient } from "@/lib/db/create-client";
import { todayIn } from "@/lib/inductions/dates";
import { chooseAccounts, type SignInAccount } from "./accounts";
import { assessmentTables, planAssessments } from "./assessments";
import { insertRows, tableRows, type TableRows } from "./bulk";
import { charterTables, planCharters } from "./charters";
import { coachingTables, planCoaching } from "./coaching";
import { randomFor, type PlanContext } from "./context";
import { conversationTables, planConversations } from "./conversations";
import { feedbackTables, planFeedback } from "./feedback";
import { frameworkTables, planFrameworks } from "./frameworks";
import { inductionTables, planInductions } from "./inductions";
import { giveHat, peopleTable, planPeople } from "./people";
import { planPlans, planTables } from "./plans";
import { createIds } from "./random";
import { familyCount, planRoles } from "./roles";
import { scaledSizes } from "./sizes";
import { planTemplates, templateTables } from "./templates";

/**
 * One organisation of the large seed, planned in memory first (pure: the same options give the
 * same organisation) and then written area by area in bulk, with a progress line per area.
 */

export type LargeSeedOptions = {
  /** 1 for the sizes of issue #7 (10,000 people); the same proportions at any other scale. */
  scale?: number;
  /** The random seed: the same seed gives the same shape. */
  seed?: number;
  name?: string;
  slug?: string;
  /** Everyone's e-mail domain, the sign-in accounts' too (hr@<domain>, …). */
  domain?: string;
  timeZone?: string;
  now?: Date;
  /** Fixed for repeatable ids (tests); a fresh one per run otherwise. */
  idSalt?: string;
  /** The sign-in accounts' password hash (hash once: argon2 is slow on purpose); none when null. */
  passwordHash?: string | null;
};

/** One area's tables, and the number its progress line leads with. */
export type PlannedArea = { name: string; count: number; tables: TableRows[] };

export type LargePlan = { organisationId: string; name: string; areas: PlannedArea[]; accounts: SignInAccount[] };

export const LARGE_ORGANISATION = { name: "Meridian Group (large)", slug: "large", domain: "large.test" } as const;

export function planLargeOrganisation(options: LargeSeedOptions = {}): LargePlan {
  const name = options.name ?? LARGE_ORGANISATION.name;
  const timeZone = options.timeZone ?? "Europe/London";
  const now = options.now ?? new Date();
  const context: PlanContext = {
    organisationId: "",
    today: todayIn(timeZone, now),
    now,
    seed: options.seed ?? 7,
    ids: createIds(options.idSalt),
    sizes: scaledSizes(options.scale ?? 1),
    domain: options.domain ?? LARGE_ORGANISATION.domain,
  };
  context.organisationId = context.ids();
  const organisation = tableRows("Organisation", { id: "text", name: "text", slug: "text", timeZone: "text" }, [
    { id: context.organisationId, name, slug: options.slug ?? LARGE_ORGANISATION.slug, timeZone },
  ]);

  const families = familyCount(context.sizes.jobRoles);
  const roles = planRoles(context.organisationId, families, context.ids);
  const people = planPeople(context, roles, families);
  const hats = randomFor(context, "hats");
  const hrAdmins = giveHat(
    people.filter((person) => person.rung === "expert"),
    "HR_ADMIN",
    context.sizes.hrAdmins,
    hats,
  );
  const coaches = giveHat(
    people.filter((person) => person.index > 0 && (person.reports.length > 0 || person.rung === "leadSpecialist" || person.rung === "principal")),
    "COACH",
    context.sizes.supporters,
    hats,
  );
  const publishers = hrAdmins.map((person) => person.row.id);
  const familyNames = [...new Set(roles.map((role) => role.familyName))];
  const frameworks = planFrameworks(context, familyNames, publishers);
  const charters = planCharters(context, roles, frameworks, publishers);
  const templates = planTemplates(context, roles, charters.current);
  const inductions = planInductions(context, people, roles, templates, charters.current, hrAdmins, coaches);
  const leaders = [...new Set(inductions.inductions.map((induction) => induction.person))];
  const assessments = planAssessments(context, inductions.inductions);
  const conversations = planConversations(context, people, hrAdmins);
  const plans = planPlans(context, people, new Set(leaders), charters.current);
  const coaching = planCoaching(context, coaches, leaders, hrAdmins, charters.current);
  const feedback = planFeedback(context, people, leaders, charters.current);

  const accounts = chooseAccounts(context, people, hrAdmins, inductions.inductions, coaching);
  for (const { person, account } of accounts) {
    person.row.email = account.email;
    person.row.passwordHash = options.passwordHash ?? null;
  }

  return {
    organisationId: context.organisationId,
    name,
    accounts: accounts.map(({ account }) => account),
    areas: [
      { name: "organisation", count: 1, tables: [organisation] },
      { name: "job roles", count: roles.length, tables: [tableRows("JobRole", { id: "text", organisationId: "text", title: "text", description: "text", track: "enum:RoleTrack", careerStage: "enum:CareerStage", usuallyFollowsId: "text" }, roles.map((role) => role.row))] },
      { name: "people", count: people.length, tables: [peopleTable(people)] },
      { name: "frameworks", count: frameworks.length, tables: frameworkTables(frameworks) },
      { name: "charters", count: charters.charters.length, tables: charterTables(charters) },
      { name: "induction templates", count: templates.size, tables: templateTables(templates.values()) },
      { name: "inductions", count: inductions.inductions.length, tables: inductionTables(inductions) },
      { name: "assessments", count: assessments.assessments.length, tables: assessmentTables(assessments) },
      { name: "career conversations", count: conversations.conversations.length, tables: conversationTables(conversations) },
      { name: "development plans", count: plans.plans.length, tables: planTables(plans) },
      { name: "coaching and mentoring relationships", count: coaching.relationships.length, tables: coachingTables(coaching) },
      { name: "feedback requests", count: feedback.requests.length, tables: feedbackTables(feedback) },
    ],
  };
}

const number = (value: number) => value.toLocaleString("en-GB");

/** "inductions 3,000 (Cohort 40, InductionPhase 12,000, …) ✔ 5.2 s" */
export function progressLine(area: PlannedArea, seconds: number): string {
  const others = area.tables.length > 1 ? ` (${area.tables.map((table) => `${table.table} ${number(table.rows.length)}`).join(", ")})` : "";
  return `${area.name} ${number(area.count)}${others} ✔ ${seconds.toFixed(1)} s`;
}

/** Writes the plan's areas in order (each area's tables after the ones they point at); returns the rows written per table. */
export async function writeLargePlan(db: AppPrismaClient, plan: LargePlan, log: (line: string) => void): Promise<Map<string, number>> {
  const written = new Map<string, number>();
  for (const area of plan.areas) {
    const started = performance.now();
    for (const table of area.tables) written.set(table.table, (written.get(table.table) ?? 0) + (await insertRows(db, table)));
    log(progressLine(area, (performance.now() - started) / 1000));
  }
  return written;
}

/** Plans and writes one organisation; returns its id, the rows written per table and the sign-in accounts. */
export async function seedLargeOrganisation(db: AppPrismaClient, options: LargeSeedOptions, log: (line: string) => void) {
  const started = performance.now();
  const plan = planLargeOrganisation(options);
  const rows = plan.areas.reduce((sum, area) => sum + area.tables.reduce((tableSum, table) => tableSum + table.rows.length, 0), 0);
  log(`planned ${plan.name}: ${number(rows)} rows ✔ ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const written = await writeLargePlan(db, plan, log);
  return { organisationId: plan.organisationId, written, accounts: plan.accounts };
}
