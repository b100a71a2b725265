import { randomUUID } from "node:crypto";
import type { AppPrismaClient } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AppRole, CareerStage, ItemKind, ItemOwner, VersionStatus, RoleTrack } from "@/lib/db/generated/enums";
import { fromDateOnly } from "@/lib/inductions/dates";
import { copyTemplate, DEFAULT_PHASES } from "@/lib/inductions/template-copy";
import type { CharterDocument } from "@/lib/charters/document";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { expertToLeaderTemplate } from "@/lib/frameworks/starter-template";

/** Shared by the seed and the tests: small builders that write real rows. */

export function uniqueSuffix() {
  return randomUUID().slice(0, 8);
}

export function buildOrganisation(db: AppPrismaClient, data: { name?: string; slug?: string } = {}) {
  const suffix = uniqueSuffix();
  return db.organisation.create({ data: { name: data.name ?? `Organisation ${suffix}`, slug: data.slug ?? `org-${suffix}` } });
}

export function buildJobRole(
  db: AppPrismaClient,
  organisationId: string,
  data: { title?: string; description?: string; track?: RoleTrack; careerStage?: CareerStage; usuallyFollowsId?: string | null } = {},
) {
  return db.jobRole.create({
    data: {
      organisationId,
      title: data.title ?? `Role ${uniqueSuffix()}`,
      description: data.description ?? "",
      track: data.track ?? "TECHNICAL_EXPERT",
      careerStage: data.careerStage ?? "EXPERT",
      usuallyFollowsId: data.usuallyFollowsId ?? null,
    },
  });
}

export function buildPerson(
  db: AppPrismaClient,
  organisationId: string,
  data: { name?: string; email?: string; roles?: AppRole[]; managerId?: string | null; jobRoleId?: string | null; passwordHash?: string | null; active?: boolean } = {},
) {
  const suffix = uniqueSuffix();
  return db.person.create({
    data: {
      organisationId,
      name: data.name ?? `Person ${suffix}`,
      email: (data.email ?? `person-${suffix}@example.test`).toLowerCase(),
      roles: data.roles ?? [],
      managerId: data.managerId ?? null,
      jobRoleId: data.jobRoleId ?? null,
      passwordHash: data.passwordHash ?? null,
      active: data.active ?? true,
    },
  });
}

/** A framework with one version (the "Expert to leader" template unless `content` is given). */
export async function buildFramework(
  db: AppPrismaClient,
  organisationId: string,
  data: { status?: VersionStatus; content?: FrameworkDocument; name?: string; publishedById?: string | null } = {},
) {
  const content = data.content ?? { ...expertToLeaderTemplate(), name: data.name ?? `Framework ${uniqueSuffix()}` };
  const status = data.status ?? "DRAFT";
  const framework = await db.framework.create({ data: { organisationId, name: content.name || "Untitled framework" } });
  const version = await db.frameworkVersion.create({
    data: {
      organisationId,
      frameworkId: framework.id,
      number: 1,
      status,
      content: content as unknown as Prisma.InputJsonValue,
      publishedAt: status === "DRAFT" ? null : new Date(),
      publishedById: data.publishedById ?? null,
      archivedAt: status === "ARCHIVED" ? new Date() : null,
    },
  });
  return { framework, version, content };
}

/** A filled-in charter for the job role, requiring the first `requireCount` competencies of the framework at its stage `stageIndex`. */
export function sampleCharter(framework: FrameworkDocument, { requireCount = 3, stageIndex = 0 } = {}): CharterDocument {
  const stage = framework.stages[Math.min(stageIndex, framework.stages.length - 1)];
  if (!stage) throw new Error("sampleCharter needs a framework with at least one stage");
  const competencies = framework.clusters.flatMap((cluster) => cluster.competencies).slice(0, requireCount);
  return {
    purpose: "Keeps the team's systems healthy and the team able to deliver.",
    leadership: "Sets direction and grows the people in the team.",
    management: "Plans the work and keeps its processes running.",
    accountabilities: ["The team's delivery"],
    decisionRights: ["How the team organises its work"],
    keyRelationships: ["Product manager: agree priorities"],
    successMeasures: ["The team meets its commitments"],
    expectations: ["Spends most of their time on people, not code"],
    support: ["A coach for the first six months"],
    individualCommitments: ["Hold a career conversation with each report every quarter"],
    organisationCommitments: ["Give the new leader a mentor within a month"],
    requirements: competencies.map((competency) => ({ competencyKey: competency.key, stageKey: stage.key, developAhead: false })),
  };
}

/** A charter for the job role with one version pinned to `frameworkVersionId` (content from `sampleCharter` unless given). */
export async function buildCharter(
  db: AppPrismaClient,
  organisationId: string,
  data: { jobRoleId: string; frameworkVersionId: string | null; content: CharterDocument; status?: VersionStatus; number?: number; publishedById?: string | null },
) {
  const status = data.status ?? "DRAFT";
  const charter = await db.charter.upsert({
    where: { jobRoleId: data.jobRoleId },
    create: { organisationId, jobRoleId: data.jobRoleId },
    update: {},
  });
  const version = await db.charterVersion.create({
    data: {
      organisationId,
      charterId: charter.id,
      number: data.number ?? 1,
      status,
      content: data.content as unknown as Prisma.InputJsonValue,
      frameworkVersionId: data.frameworkVersionId,
      publishedAt: status === "DRAFT" ? null : new Date(),
      publishedById: data.publishedById ?? null,
      archivedAt: status === "ARCHIVED" ? new Date() : null,
    },
  });
  return { charter, version };
}

type TemplateItemData = {
  title?: string;
  owner?: ItemOwner;
  kind?: ItemKind;
  dueOffsetDays?: number;
  needsSignOff?: boolean;
  competencyKey?: string | null;
  guidance?: string;
};

/** An induction template with the default phases and, in each, the items given for it (one task for the individual by default). */
export async function buildInductionTemplate(
  db: AppPrismaClient,
  organisationId: string,
  data: { name?: string; jobRoleId?: string | null; items?: TemplateItemData[][] } = {},
) {
  const template = await db.inductionTemplate.create({ data: { organisationId, name: data.name ?? `Induction ${uniqueSuffix()}`, jobRoleId: data.jobRoleId ?? null } });
  const phases = [];
  for (const [position, phase] of DEFAULT_PHASES.entries()) {
    const created = await db.templatePhase.create({ data: { organisationId, templateId: template.id, name: phase.name, position } });
    phases.push(created);
    const items = data.items?.[position] ?? [{}];
    for (const [itemPosition, item] of items.entries()) {
      await db.templateItem.create({
        data: {
          organisationId,
          templateId: template.id,
          phaseId: created.id,
          position: itemPosition,
          title: item.title ?? `${phase.name}: item ${itemPosition + 1}`,
          guidance: item.guidance ?? "",
          owner: item.owner ?? "INDIVIDUAL",
          kind: item.kind ?? "TASK",
          dueOffsetDays: item.dueOffsetDays ?? phase.dueOffsetDays,
          needsSignOff: item.needsSignOff ?? false,
          competencyKey: item.competencyKey ?? null,
        },
      });
    }
  }
  return { template, phases };
}

/** Enrols `personId` by copying the template (a fresh default one unless given), dated from `startDate` ("YYYY-MM-DD"). */
export async function buildInduction(
  db: AppPrismaClient,
  organisationId: string,
  data: { personId: string; jobRoleId: string; managerId?: string | null; supporterId?: string | null; startDate?: string; templateId?: string; cohortId?: string | null },
) {
  const templateId = data.templateId ?? (await buildInductionTemplate(db, organisationId, { jobRoleId: data.jobRoleId })).template.id;
  const template = await db.inductionTemplate.findUniqueOrThrow({ where: { id: templateId }, include: { phases: true, items: true } });
  const startDate = data.startDate ?? new Date().toISOString().slice(0, 10);
  const induction = await db.induction.create({
    data: {
      organisationId,
      personId: data.personId,
      jobRoleId: data.jobRoleId,
      templateId,
      cohortId: data.cohortId ?? null,
      managerId: data.managerId ?? null,
      supporterId: data.supporterId ?? null,
      startDate: fromDateOnly(startDate),
    },
  });
  for (const phase of copyTemplate(template, startDate)) {
    const created = await db.inductionPhase.create({ data: { organisationId, inductionId: induction.id, name: phase.name, position: phase.position } });
    await db.inductionItem.createMany({
      data: phase.items.map(({ dueDate, ...item }) => ({ ...item, organisationId, inductionId: induction.id, phaseId: created.id, dueDate: fromDateOnly(dueDate) })),
    });
  }
  return induction;
}

export { buildConversation } from "./conversations";
export { buildPlan } from "./plans";
export { buildRelationship, buildSupporterProfile } from "./coaching";
export { buildFeedbackRequest } from "./feedback";
