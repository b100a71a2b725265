import { describe, expect, it } from "vitest";
import { planLargeOrganisation, progressLine, type LargePlan } from "@/lib/bench/large/organisation";
import { scaledSizes } from "@/lib/bench/large/sizes";
import { checkCharter } from "@/lib/charters/completeness";
import type { CharterDocument } from "@/lib/charters/document";
import { charterDocumentSchema } from "@/lib/charters/schemas";
import { storedAnswersSchema, storedCompetenciesSchema } from "@/lib/feedback/schemas";
import { checkCompleteness } from "@/lib/frameworks/completeness";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { frameworkDocumentSchema } from "@/lib/frameworks/schemas";
import { addDays } from "@/lib/inductions/dates";

const NOW = new Date("2026-11-20T12:00:00Z");
const TODAY = "2026-11-20";
const SCALE = 0.1;
const options = { scale: SCALE, seed: 11, now: NOW, idSalt: "unittest01", passwordHash: "hash" };

type Row = Record<string, unknown>;
const rowsOf = (plan: LargePlan, table: string): Row[] => plan.areas.flatMap((area) => area.tables.filter((entry) => entry.table === table).flatMap((entry) => entry.rows as Row[]));

describe("the large seed's plan", () => {
  const plan = planLargeOrganisation(options);
  const rows = (table: string) => rowsOf(plan, table);
  const byId = (table: string) => new Map(rows(table).map((row) => [row.id as string, row]));

  it("is the same organisation for the same seed, and another for another seed", { timeout: 30_000 }, () => {
    const small = { ...options, scale: 0.03 };
    const first = JSON.stringify(planLargeOrganisation(small));
    expect(JSON.stringify(planLargeOrganisation(small))).toBe(first);
    expect(JSON.stringify(planLargeOrganisation({ ...small, seed: 12 }))).not.toBe(first);
  });

  it("has the sizes of issue #7 at its scale", () => {
    const sizes = scaledSizes(SCALE);
    expect(rows("Person")).toHaveLength(sizes.people);
    expect(rows("Framework")).toHaveLength(sizes.frameworks);
    expect(rows("JobRole")).toHaveLength(sizes.jobRoles);
    expect(rows("Charter")).toHaveLength(sizes.jobRoles);
    expect(rows("Induction")).toHaveLength(sizes.inductions);
    expect(rows("Cohort")).toHaveLength(sizes.cohorts);
    expect(rows("Conversation")).toHaveLength(sizes.conversations);
    expect(rows("DevelopmentPlan")).toHaveLength(sizes.plans);
    expect(rows("SupportRelationship").length).toBeGreaterThan(sizes.relationships * 0.95);
    const people = plan.areas.find((area) => area.name === "people");
    expect(people && progressLine(people, 3.14)).toBe(`people ${sizes.people.toLocaleString("en-GB")} ✔ 3.1 s`);
  });

  it("puts every row in the organisation, with ids no other row has", () => {
    const tables = plan.areas.flatMap((area) => area.tables);
    const strays = tables.flatMap((table) => table.rows.filter((row) => table.table !== "Organisation" && row.organisationId !== plan.organisationId).map(() => table.table));
    expect(strays).toEqual([]);
    const ids = tables.flatMap((table) => table.rows.map((row) => row.id));
    expect(new Set(ids).size).toBe(ids.length);
    const emails = rows("Person").map((person) => person.email);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it("writes valid framework documents, complete wherever a version is published, with drafts and (with the charters) archived versions among them", () => {
    const versions = rows("FrameworkVersion");
    for (const version of versions) {
      expect(frameworkDocumentSchema.safeParse(version.content).success).toBe(true);
      if (version.status !== "DRAFT") expect(checkCompleteness(version.content as FrameworkDocument)).toEqual([]);
    }
    const perFramework = new Map<unknown, number>();
    for (const version of versions) if (version.status === "PUBLISHED") perFramework.set(version.frameworkId, (perFramework.get(version.frameworkId) ?? 0) + 1);
    expect(perFramework.size).toBe(rows("Framework").length);
    expect([...perFramework.values()].some((count) => count >= 3)).toBe(true);
    const statuses = [...versions, ...rows("CharterVersion")].map((version) => version.status);
    expect(new Set(statuses)).toEqual(new Set(["PUBLISHED", "ARCHIVED", "DRAFT"]));
  });

  it("pins every charter version to a published version of a framework, and publishes only complete charters", () => {
    const frameworkVersions = byId("FrameworkVersion");
    for (const version of rows("CharterVersion")) {
      const pinned = frameworkVersions.get(version.frameworkVersionId as string);
      expect(pinned?.status).toBe("PUBLISHED");
      expect(charterDocumentSchema.safeParse(version.content).success).toBe(true);
      if (version.status !== "DRAFT") expect(checkCharter(version.content as CharterDocument, pinned?.content as FrameworkDocument)).toEqual([]);
    }
  });

  it("gives every induction its template's phases and items, at most one running induction per person, and items in every state", () => {
    const inductions = rows("Induction");
    const items = rows("InductionItem");
    const templateItems = rows("TemplateItem");
    const itemsOf = new Map<unknown, Row[]>();
    for (const item of items) itemsOf.set(item.inductionId, [...(itemsOf.get(item.inductionId) ?? []), item]);
    for (const induction of inductions) {
      const own = itemsOf.get(induction.id) ?? [];
      const template = templateItems.filter((item) => item.templateId === induction.templateId);
      expect(own).toHaveLength(template.length);
      expect(own.map((item) => item.dueDate).sort()).toEqual(template.map((item) => addDays(induction.startDate as string, item.dueOffsetDays as number)).sort());
    }
    const running = inductions.filter((induction) => induction.status === "ACTIVE").map((induction) => induction.personId);
    expect(new Set(running).size).toBe(running.length);

    const open = items.filter((item) => item.status === "OPEN");
    const overdueOwners = new Set(open.filter((item) => (item.dueDate as string) < TODAY).map((item) => item.owner));
    expect(overdueOwners).toEqual(new Set(["INDIVIDUAL", "MANAGER", "HR", "ORGANISATION"]));
    expect(open.some((item) => (item.dueDate as string) >= TODAY)).toBe(true);
    expect(items.some((item) => item.status === "WAIVED")).toBe(true);
    expect(items.filter((item) => item.status !== "OPEN").every((item) => item.completedAt && (item.completedAt as Date) <= NOW)).toBe(true);
  });

  it("rates start and end assessments on the competencies of the charter they name, within its scale", () => {
    const assessments = rows("Assessment");
    expect(new Set(assessments.map((assessment) => `${assessment.moment}:${assessment.kind}`))).toEqual(new Set(["START:SELF", "START:MANAGER", "END:SELF", "END:MANAGER"]));
    const charterVersions = byId("CharterVersion");
    const ratingsOf = new Map<unknown, Row[]>();
    for (const rating of rows("AssessmentRating")) ratingsOf.set(rating.assessmentId, [...(ratingsOf.get(rating.assessmentId) ?? []), rating]);
    for (const assessment of assessments) {
      const required = (charterVersions.get(assessment.charterVersionId as string)?.content as CharterDocument).requirements.map((requirement) => requirement.competencyKey);
      const ratings = ratingsOf.get(assessment.id) ?? [];
      expect(ratings.map((rating) => rating.competencyKey)).toEqual(required);
      expect(ratings.every((rating) => (rating.level as number) >= 1 && (rating.level as number) <= 4)).toBe(true);
    }
  });

  it("holds conversations with private notes, overdue next dates and actions, and plans across the 70/20/10", () => {
    const conversations = rows("Conversation");
    expect(conversations.every((conversation) => (conversation.nextConversationOn as string) > (conversation.heldOn as string) && (conversation.heldOn as string) <= TODAY)).toBe(true);
    expect(conversations.some((conversation) => (conversation.nextConversationOn as string) < TODAY)).toBe(true);
    expect(rows("ConversationPrivateNote").length).toBeGreaterThan(conversations.length * 0.3);
    expect(rows("ConversationAction").some((action) => action.status === "OPEN" && (action.dueOn as string) < TODAY)).toBe(true);
    const types = rows("PlanAction").map((action) => action.type);
    const share = (type: string) => types.filter((candidate) => candidate === type).length / types.length;
    expect(share("EXPERIENCE")).toBeGreaterThan(0.5);
    expect(share("PEOPLE")).toBeGreaterThan(0.08);
    expect(share("FORMAL")).toBeGreaterThan(0.08);
  });

  it("stores feedback in the shapes the app reads, and relationships between two different people", () => {
    for (const request of rows("FeedbackRequest")) expect(storedCompetenciesSchema.safeParse(request.competencies).success).toBe(true);
    for (const response of rows("FeedbackResponse")) if (response.answers) expect(storedAnswersSchema.safeParse(response.answers).success).toBe(true);
    expect(rows("SupportRelationship").every((relationship) => relationship.supporterId !== relationship.leaderId && (relationship.endOn as string) >= (relationship.startOn as string))).toBe(true);
    expect(rows("SupportSession").length).toBeGreaterThan(rows("SupportRelationship").length);
  });

  it("signs in as an HR admin, a manager of about eight, their report in an induction, and a coach", () => {
    const people = rows("Person");
    const find = (email: string) => people.find((person) => person.email === email);
    const [hr, manager, leader, coach] = ["hr", "manager", "leader", "coach"].map((local) => find(`${local}@large.test`));
    expect(plan.accounts.map((account) => account.email)).toEqual(["hr@large.test", "manager@large.test", "leader@large.test", "coach@large.test"]);
    for (const person of [hr, manager, leader, coach]) expect(person?.passwordHash).toBe("hash");
    expect(hr?.roles).toContain("HR_ADMIN");
    expect(coach?.roles).toContain("COACH");
    expect(people.filter((person) => person.managerId === manager?.id).length).toBeGreaterThanOrEqual(6);
    expect(leader?.managerId).toBe(manager?.id);
    expect(rows("Induction").some((induction) => induction.personId === leader?.id && induction.status === "ACTIVE")).toBe(true);
    expect(people.filter((person) => person.passwordHash !== null)).toHaveLength(4);
  });
});
