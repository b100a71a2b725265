import type { CharterDocument, Requirement } from "@/lib/charters/document";
import type { VersionStatus } from "@/lib/db/generated/enums";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { DEMO_CHARTERS, resolveDemoCharter } from "@/prisma/demo-charters";
import { DEMO_ROLES } from "@/prisma/demo-organisation";
import { tableRows, type TableRows } from "./bulk";
import { randomFor, type PlanContext } from "./context";
import { latestPublished, type FrameworkPlan, type FrameworkVersionRow } from "./frameworks";
import type { Random } from "./random";
import type { RolePlan } from "./roles";

/**
 * A charter for every job role, adapted from the demo charter of the same step of the ladder
 * and pinned to a published version of its family's framework: version 1 pinned to the oldest
 * published framework version, often a version 2 pinned to the newest, now and then a draft.
 */

export type CharterVersionRow = {
  id: string;
  organisationId: string;
  charterId: string;
  number: number;
  status: VersionStatus;
  content: CharterDocument;
  frameworkVersionId: string;
  publishedAt: Date | null;
  publishedById: string | null;
  archivedAt: Date | null;
  createdAt: Date;
};

/** What later steps need of a role's current charter: the version people acknowledge and are assessed against. */
export type CurrentCharter = {
  charterVersionId: string;
  frameworkId: string;
  /** The required competencies, with their names in the pinned framework version. */
  competencies: { key: string; name: string }[];
  /** Points on the pinned framework's proficiency scale. */
  scalePoints: number;
  /** Competency keys by name in the pinned framework version. */
  competencyKeys: Map<string, string>;
};

export type ChartersPlan = {
  charters: { id: string; organisationId: string; jobRoleId: string; createdAt: Date }[];
  versions: CharterVersionRow[];
  /** By job role id. */
  current: Map<string, CurrentCharter>;
};

const CAREER_STAGES = ["EXPERT", "FIRST_TIME_LEADER", "LEADER_OF_LEADERS", "ENTERPRISE_LEADER"];
const DAY = 86_400_000;

/** Replaces every mention of the demo role's title with the role's own. */
function retitled(role: RolePlan, charter: CharterDocument): CharterDocument {
  const demoTitle = DEMO_ROLES.find((demo) => demo.key === role.demoRole)?.title;
  if (!demoTitle) return charter;
  const swap = (text: string) => text.split(demoTitle).join(role.row.title);
  return Object.fromEntries(
    Object.entries(charter).map(([section, value]) => [section, typeof value === "string" ? swap(value) : section === "requirements" ? value : (value as string[]).map(swap)]),
  ) as CharterDocument;
}

/** Requirements on a framework at the editor's full size: a dozen competencies at the stage that matches the role's career stage. */
function requirementsOnLarge(role: RolePlan, doc: FrameworkDocument, random: Random): Requirement[] {
  const rank = Math.max(0, CAREER_STAGES.indexOf(role.row.careerStage));
  const stage = doc.stages[Math.round((rank * (doc.stages.length - 1)) / (CAREER_STAGES.length - 1))];
  if (!stage) throw new Error(`The framework "${doc.name}" has no stages.`);
  const competencies = random.sample(
    doc.clusters.flatMap((cluster) => cluster.competencies),
    12,
  );
  return competencies.map((competency, index) => ({ competencyKey: competency.key, stageKey: stage.key, developAhead: index < 2 }));
}

function charterContent(role: RolePlan, framework: FrameworkPlan, doc: FrameworkDocument, random: Random): CharterDocument {
  if (framework.base === "demo") return retitled(role, resolveDemoCharter(role.demoRole, doc));
  const demo = DEMO_CHARTERS[role.demoRole];
  if (!demo) throw new Error(`There is no demo charter "${role.demoRole}" to adapt.`);
  return retitled(role, { ...demo, requirements: requirementsOnLarge(role, doc, random) });
}

function current(version: CharterVersionRow, pinned: FrameworkVersionRow, frameworkId: string): CurrentCharter {
  const names = new Map(pinned.content.clusters.flatMap((cluster) => cluster.competencies).map((competency) => [competency.key, competency.name]));
  return {
    charterVersionId: version.id,
    frameworkId,
    competencies: version.content.requirements.map((requirement) => ({ key: requirement.competencyKey, name: names.get(requirement.competencyKey) ?? requirement.competencyKey })),
    scalePoints: pinned.content.scale.length,
    competencyKeys: new Map([...names].map(([key, name]) => [name, key])),
  };
}

export function frameworkForFamily(frameworks: readonly FrameworkPlan[], family: number): FrameworkPlan {
  const framework = frameworks[family % frameworks.length];
  if (!framework) throw new Error("The large organisation needs at least one framework.");
  return framework;
}

export function planCharters(context: PlanContext, roles: readonly RolePlan[], frameworks: readonly FrameworkPlan[], publisherIds: readonly string[]): ChartersPlan {
  const random = randomFor(context, "charters");
  const plan: ChartersPlan = { charters: [], versions: [], current: new Map() };
  const latest = (moment: Date, days: number) => new Date(Math.min(context.now.getTime() - 3_600_000, moment.getTime() + days * DAY));

  for (const role of roles) {
    const framework = frameworkForFamily(frameworks, role.family);
    const published = framework.versions.filter((version) => version.status === "PUBLISHED");
    const oldest = published[0] ?? latestPublished(framework);
    const newest = latestPublished(framework);
    const charterId = context.ids();
    const v1Content = charterContent(role, framework, oldest.content, random);
    const v1PublishedAt = latest(oldest.publishedAt ?? context.now, random.int(1, 30));
    plan.charters.push({ id: charterId, organisationId: context.organisationId, jobRoleId: role.row.id, createdAt: new Date(v1PublishedAt.getTime() - random.int(2, 20) * DAY) });

    const version = (number: number, status: VersionStatus, content: CharterDocument, pinned: FrameworkVersionRow, publishedAt: Date | null): CharterVersionRow => ({
      id: context.ids(),
      organisationId: context.organisationId,
      charterId,
      number,
      status,
      content,
      frameworkVersionId: pinned.id,
      publishedAt,
      publishedById: publishedAt ? random.pick(publisherIds) : null,
      archivedAt: status === "ARCHIVED" ? latest(publishedAt ?? context.now, random.int(30, 120)) : null,
      createdAt: new Date((publishedAt ?? context.now).getTime() - random.int(1, 10) * DAY),
    });

    const hasSecond = random.chance(0.5);
    const first = version(1, hasSecond && random.chance(0.3) ? "ARCHIVED" : "PUBLISHED", v1Content, oldest, v1PublishedAt);
    const versions = [first];
    if (hasSecond) {
      const revised = charterContent(role, framework, newest.content, random);
      revised.successMeasures = [...revised.successMeasures, "People who join the role say in their first month that they know what is expected of them"];
      versions.push(version(2, "PUBLISHED", revised, newest, latest(new Date(Math.max(v1PublishedAt.getTime(), newest.publishedAt?.getTime() ?? 0)), random.int(1, 60))));
    }
    if (random.chance(0.1)) versions.push(version(versions.length + 1, "DRAFT", charterContent(role, framework, newest.content, random), newest, null));
    plan.versions.push(...versions);

    const currentVersion = versions.filter((candidate) => candidate.status === "PUBLISHED").at(-1) ?? first;
    const pinned = currentVersion.frameworkVersionId === newest.id ? newest : oldest;
    plan.current.set(role.row.id, current(currentVersion, pinned, framework.row.id));
  }
  return plan;
}

export function charterTables(plan: ChartersPlan): TableRows[] {
  return [
    tableRows("Charter", { id: "text", organisationId: "text", jobRoleId: "text", createdAt: "timestamp" }, plan.charters),
    tableRows(
      "CharterVersion",
      {
        id: "text",
        organisationId: "text",
        charterId: "text",
        number: "int",
        status: "enum:VersionStatus",
        content: "json",
        frameworkVersionId: "text",
        publishedAt: "timestamp",
        publishedById: "text",
        archivedAt: "timestamp",
        createdAt: "timestamp",
      },
      plan.versions,
    ),
  ];
}
