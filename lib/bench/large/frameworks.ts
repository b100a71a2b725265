import type { VersionStatus } from "@/lib/db/generated/enums";
import type { Competency, FrameworkDocument } from "@/lib/frameworks/document";
import { largeFramework } from "@/lib/frameworks/large-framework";
import { demoFramework } from "@/prisma/demo-charters";
import { tableRows, type TableRows } from "./bulk";
import { daysFromToday, momentOn, randomFor, type PlanContext } from "./context";
import type { IdSource, Random } from "./random";

/**
 * The large organisation's frameworks: the demo framework (the starter template as HR adapted
 * it) renamed for each function, and every tenth one at the size the editor must stay quick
 * with (largeFramework). Each has one to four published versions, each a small revision of the
 * one before, sometimes the oldest archived and sometimes a draft on top.
 */

export type FrameworkVersionRow = {
  id: string;
  organisationId: string;
  frameworkId: string;
  number: number;
  status: VersionStatus;
  content: FrameworkDocument;
  publishedAt: Date | null;
  publishedById: string | null;
  archivedAt: Date | null;
  createdAt: Date;
};

export type FrameworkPlan = {
  row: { id: string; organisationId: string; name: string; createdAt: Date };
  /** Adapted from the demo framework (its competency names) or one at the editor's full size. */
  base: "demo" | "large";
  versions: FrameworkVersionRow[];
};

const EXTRA_NAMES = [
  "Graduate leaders", "Board readiness", "Frontline supervisors", "Regional leadership (Europe)", "Regional leadership (Asia Pacific)",
  "Regional leadership (Americas)", "Acquired teams", "Project leadership", "Clinical leadership", "Store leadership",
];

/** New keys for every element, from the run's id source, so the same seed gives the same document. */
export function rekey(doc: FrameworkDocument, ids: IdSource): FrameworkDocument {
  const keys = new Map<string, string>();
  const key = (old: string) => {
    const known = keys.get(old);
    if (known) return known;
    const fresh = ids();
    keys.set(old, fresh);
    return fresh;
  };
  return {
    ...doc,
    scale: doc.scale.map((point) => ({ ...point, key: key(point.key) })),
    stages: doc.stages.map((stage) => ({ ...stage, key: key(stage.key) })),
    clusters: doc.clusters.map((cluster) => ({
      ...cluster,
      key: key(cluster.key),
      competencies: cluster.competencies.map((competency) => ({
        ...competency,
        key: key(competency.key),
        expectations: competency.expectations.map((expectation) => ({
          ...expectation,
          stageKey: key(expectation.stageKey),
          indicators: expectation.indicators.map((indicator) => ({ ...indicator, key: key(indicator.key) })),
        })),
      })),
    })),
  };
}

const allCompetencies = (doc: FrameworkDocument): Competency[] => doc.clusters.flatMap((cluster) => cluster.competencies);

/**
 * The next version of a framework as HR would revise it: a few expectations reworded, a few
 * indicators added and, now and then, a new competency with an expectation at every stage.
 */
export function reviseFramework(previous: FrameworkDocument, random: Random, ids: IdSource, number: number): FrameworkDocument {
  const doc = structuredClone(previous);
  const competencies = allCompetencies(doc);
  for (const competency of random.sample(competencies, 3)) {
    const expectation = random.pick(competency.expectations);
    if (!expectation.notApplicable) expectation.text = `${expectation.text} Reviewed for version ${number}.`;
  }
  for (const competency of random.sample(competencies, 2)) {
    const expectation = random.pick(competency.expectations);
    if (!expectation.notApplicable) expectation.indicators.push({ key: ids(), text: `Shows it in the team's own words, not only in their manager's (added in version ${number})` });
  }
  if (random.chance(0.4)) {
    const cluster = random.pick(doc.clusters);
    cluster.competencies.push({
      key: ids(),
      name: `Leading through change ${number}`,
      description: "Helps people through a change they did not choose: explains the why, listens to the worry and keeps the work going.",
      tags: ["change"],
      expectations: doc.stages.map((stage, index) => ({
        stageKey: stage.key,
        notApplicable: false,
        text: `At this stage, leads change for ${index === 0 ? "themselves and their peers" : "the people they lead"} and says what will stay the same.`,
        developAhead: false,
        indicators: [{ key: ids(), text: "Explains a change before people hear about it elsewhere" }],
      })),
    });
  }
  return doc;
}

function frameworkName(index: number, familyNames: readonly string[]): string {
  if (index < familyNames.length) return `${familyNames[index]} leadership framework`;
  const extra = index - familyNames.length;
  return `${EXTRA_NAMES[extra % EXTRA_NAMES.length]} framework${extra >= EXTRA_NAMES.length ? ` ${Math.floor(extra / EXTRA_NAMES.length) + 1}` : ""}`;
}

/** `publisherIds`: the HR admins who publish versions. */
export function planFrameworks(context: PlanContext, familyNames: readonly string[], publisherIds: readonly string[]): FrameworkPlan[] {
  const random = randomFor(context, "frameworks");
  return Array.from({ length: context.sizes.frameworks }, (_, index) => {
    const name = frameworkName(index, familyNames);
    const base = index % 10 === 9 ? "large" : "demo";
    let content: FrameworkDocument = { ...rekey(base === "large" ? largeFramework() : demoFramework(), context.ids), name, description: `How ${name.replace(/ framework.*$/, "")} expects its leaders to grow, stage by stage.` };
    const id = context.ids();
    const published = random.weighted([
      [1, 0.15],
      [2, 0.35],
      [3, 0.35],
      [4, 0.15],
    ]);
    const withDraft = random.chance(0.3);
    let day = -random.int(500, 800);
    const versions: FrameworkVersionRow[] = [];
    for (let number = 1; number <= published + (withDraft ? 1 : 0); number++) {
      if (number > 1) content = reviseFramework(content, random, context.ids, number);
      const isDraft = number > published;
      const archived = !isDraft && number === 1 && published >= 3 && random.chance(0.3);
      const publishedOn = daysFromToday(context, day);
      versions.push({
        id: context.ids(),
        organisationId: context.organisationId,
        frameworkId: id,
        number,
        status: isDraft ? "DRAFT" : archived ? "ARCHIVED" : "PUBLISHED",
        content,
        publishedAt: isDraft ? null : momentOn(context, publishedOn, 11),
        publishedById: isDraft ? null : random.pick(publisherIds),
        archivedAt: archived ? momentOn(context, daysFromToday(context, -random.int(10, 100))) : null,
        createdAt: momentOn(context, daysFromToday(context, day - random.int(3, 20)), 9),
      });
      day = Math.min(-5, day + random.int(90, 200));
    }
    return { row: { id, organisationId: context.organisationId, name, createdAt: versions[0]?.createdAt ?? context.now }, base, versions };
  });
}

/** The newest version HR has published and not archived: what new charters pin. */
export function latestPublished(framework: FrameworkPlan): FrameworkVersionRow {
  const version = framework.versions.filter((candidate) => candidate.status === "PUBLISHED").at(-1);
  if (!version) throw new Error(`The framework "${framework.row.name}" has no published version.`);
  return version;
}

export function frameworkTables(frameworks: readonly FrameworkPlan[]): TableRows[] {
  return [
    tableRows("Framework", { id: "text", organisationId: "text", name: "text", createdAt: "timestamp" }, frameworks.map((framework) => framework.row)),
    tableRows(
      "FrameworkVersion",
      {
        id: "text",
        organisationId: "text",
        frameworkId: "text",
        number: "int",
        status: "enum:VersionStatus",
        content: "json",
        publishedAt: "timestamp",
        publishedById: "text",
        archivedAt: "timestamp",
        createdAt: "timestamp",
      },
      frameworks.flatMap((framework) => framework.versions),
    ),
  ];
}
