import { describe, expect, it } from "vitest";
import { seedLargeOrganisation } from "@/lib/bench/large/organisation";
import { checkCharter } from "@/lib/charters/completeness";
import { charterDocumentSchema } from "@/lib/charters/schemas";
import { db } from "@/lib/db/client";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { frameworkDocumentSchema } from "@/lib/frameworks/schemas";
import { listTeamInductions } from "@/lib/inductions/induction-queries";
import { listPeople } from "@/lib/people/queries";
import { uniqueSuffix } from "@/tests/factories";

/** Foreign keys whose row must sit in the same organisation as the row pointing at it. */
const SAME_ORGANISATION: [table: string, column: string, target: string][] = [
  ["Person", "managerId", "Person"],
  ["Person", "jobRoleId", "JobRole"],
  ["FrameworkVersion", "frameworkId", "Framework"],
  ["CharterVersion", "frameworkVersionId", "FrameworkVersion"],
  ["TemplateItem", "phaseId", "TemplatePhase"],
  ["Induction", "personId", "Person"],
  ["Induction", "managerId", "Person"],
  ["Induction", "templateId", "InductionTemplate"],
  ["Induction", "cohortId", "Cohort"],
  ["InductionItem", "inductionId", "Induction"],
  ["InductionItem", "phaseId", "InductionPhase"],
  ["CharterAcknowledgement", "charterVersionId", "CharterVersion"],
  ["Assessment", "charterVersionId", "CharterVersion"],
  ["AssessmentRating", "assessmentId", "Assessment"],
  ["Conversation", "personId", "Person"],
  ["ConversationAction", "conversationId", "Conversation"],
  ["ConversationAction", "ownerId", "Person"],
  ["PlanAction", "planId", "DevelopmentPlan"],
  ["PlanAction", "goalId", "PlanGoal"],
  ["SupporterStrength", "frameworkId", "Framework"],
  ["SupportRelationship", "leaderId", "Person"],
  ["SupportSession", "relationshipId", "SupportRelationship"],
  ["FeedbackResponse", "requestId", "FeedbackRequest"],
  ["FeedbackResponse", "respondentId", "Person"],
];

const count = async (sql: string, ...values: unknown[]) => Number((await db.$queryRawUnsafe<{ count: bigint }[]>(sql, ...values))[0]?.count ?? -1);

describe("seed:large at a small scale", () => {
  it("writes every planned row into its own organisation, in the shapes the app reads", async () => {
    const suffix = uniqueSuffix();
    const domain = `large-${suffix}.test`;
    const lines: string[] = [];
    const { organisationId, written, accounts } = await seedLargeOrganisation(db, { scale: 0.01, seed: 3, name: `Large ${suffix}`, slug: `large-${suffix}`, domain, passwordHash: null }, (line) => lines.push(line));

    // A progress line for the plan and for each area, each with its count and time.
    expect(lines[0]).toMatch(/^planned Large .*: [\d,]+ rows ✔ \d+\.\d s$/);
    expect(lines.slice(1).every((line) => /^[a-z ]+ [\d,]+( \(.*\))? ✔ \d+\.\d s$/.test(line))).toBe(true);
    expect(lines).toHaveLength(13);

    for (const [table, rows] of written) {
      const stored = await count(`SELECT count(*) AS count FROM "${table}" WHERE "${table === "Organisation" ? "id" : "organisationId"}" = $1`, organisationId);
      expect(stored, table).toBe(rows);
    }
    expect(written.get("Person")).toBe(100);
    expect(written.get("Conversation")).toBe(300);

    for (const [table, column, target] of SAME_ORGANISATION) {
      const strays = await count(`SELECT count(*) AS count FROM "${table}" c JOIN "${target}" t ON t.id = c."${column}" WHERE c."organisationId" = $1 AND t."organisationId" <> c."organisationId"`, organisationId);
      expect(strays, `${table}.${column}`).toBe(0);
    }

    const withoutItems = await count(`SELECT count(*) AS count FROM "Induction" i WHERE i."organisationId" = $1 AND NOT EXISTS (SELECT 1 FROM "InductionItem" it WHERE it."inductionId" = i.id)`, organisationId);
    expect(withoutItems).toBe(0);

    const frameworks = await db.frameworkVersion.findMany({ where: { organisationId }, select: { id: true, status: true, content: true } });
    for (const version of frameworks) expect(frameworkDocumentSchema.safeParse(version.content).success).toBe(true);
    const charters = await db.charterVersion.findMany({ where: { organisationId }, select: { status: true, content: true, frameworkVersion: { select: { status: true, content: true } } } });
    expect(charters.length).toBeGreaterThan(0);
    for (const charter of charters) {
      expect(charter.frameworkVersion?.status).toBe("PUBLISHED");
      const parsed = charterDocumentSchema.parse(charter.content);
      if (charter.status === "PUBLISHED") expect(checkCharter(parsed, charter.frameworkVersion?.content as unknown as FrameworkDocument)).toEqual([]);
    }

    // The app's own queries read it: the people list and the manager's team with their report's induction.
    const people = await listPeople(organisationId, { status: "all" });
    expect(people.total).toBe(100);
    const manager = await db.person.findUniqueOrThrow({ where: { email: `manager@${domain}` }, select: { id: true, name: true, email: true, roles: true, organisationId: true } });
    const team = await listTeamInductions({ ...manager, organisationName: `Large ${suffix}` });
    const leader = team.rows.find((row) => row.person.email === `leader@${domain}`);
    expect(leader?.induction?.status).toBe("ACTIVE");
    expect(leader?.induction?.counts.total).toBeGreaterThan(0);
    expect(accounts.map((account) => account.email)).toEqual(["hr", "manager", "leader", "coach"].map((local) => `${local}@${domain}`));
  });
});
