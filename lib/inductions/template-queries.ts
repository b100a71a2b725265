import "server-only";
import { parseCharter } from "@/lib/charters/queries";
import { resolveRequirements } from "@/lib/charters/requirements";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import { parseContent as parseFramework } from "@/lib/frameworks/queries";
import { splitCounts, type OwnerCounts } from "./template-summary";

/** Reads for HR's induction templates; every query is scoped to the caller's organisation. */

export type CompetencyOption = { key: string; name: string; clusterName: string; stageName: string };

/**
 * The competencies a template's items may develop: those the job role's published charter
 * requires. A template without a role, or a role without a published charter, offers none.
 */
export async function listCharterCompetencies(organisationId: string, jobRoleId: string | null): Promise<{ hasCharter: boolean; competencies: CompetencyOption[] }> {
  if (!jobRoleId) return { hasCharter: false, competencies: [] };
  // Only the two documents: the editor page stays within its budget of SQL statements.
  const charter = await db.charterVersion.findFirst({
    where: { organisationId, status: "PUBLISHED", charter: { jobRoleId, organisationId } },
    orderBy: { number: "desc" },
    select: { content: true, frameworkVersion: { select: { content: true } } },
  });
  if (!charter?.frameworkVersion) return { hasCharter: false, competencies: [] };
  return {
    hasCharter: true,
    competencies: resolveRequirements(parseCharter(charter.content).requirements, parseFramework(charter.frameworkVersion.content)).map((requirement) => ({
      key: requirement.competencyKey,
      name: requirement.competencyName,
      clusterName: requirement.clusterName,
      stageName: requirement.stageName,
    })),
  };
}

/** Every template with its role, size and who owns its items. */
export async function listTemplates(organisationId: string) {
  const [templates, counts] = await Promise.all([
    db.inductionTemplate.findMany({
      where: { organisationId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        description: true,
        updatedAt: true,
        jobRole: { select: { id: true, title: true } },
        _count: { select: { phases: { where: { organisationId } } } },
      },
    }),
    db.templateItem.groupBy({ by: ["templateId", "owner"], where: { organisationId }, _count: { _all: true } }),
  ]);
  const byTemplate = new Map<string, OwnerCounts>();
  for (const row of counts) {
    const owners = byTemplate.get(row.templateId) ?? { INDIVIDUAL: 0, MANAGER: 0, HR: 0, ORGANISATION: 0 };
    owners[row.owner] = row._count._all;
    byTemplate.set(row.templateId, owners);
  }
  return templates.map(({ _count, ...template }) => {
    const split = splitCounts(byTemplate.get(template.id) ?? { INDIVIDUAL: 0, MANAGER: 0, HR: 0, ORGANISATION: 0 });
    return { ...template, phases: _count.phases, items: split.individual + split.organisation, split };
  });
}

const itemColumns = {
  id: true,
  position: true,
  title: true,
  guidance: true,
  owner: true,
  kind: true,
  dueOffsetDays: true,
  competencyKey: true,
  needsSignOff: true,
} as const;

/**
 * One template as its editor shows it: phases in order, items in order, and the competencies
 * items may link to. It names its job role by id only: the editor lists the roles anyway.
 */
export async function getTemplateEditor(organisationId: string, id: string) {
  const template = await db.inductionTemplate.findFirst({
    where: { id, organisationId },
    select: {
      id: true,
      name: true,
      description: true,
      version: true,
      jobRoleId: true,
      _count: { select: { inductions: { where: { organisationId } } } },
      phases: {
        where: { organisationId },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, name: true, position: true, items: { where: { organisationId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: itemColumns } },
      },
    },
  });
  if (!template) throw new NotFoundError("induction template");
  const { _count, ...rest } = template;
  const charter = await listCharterCompetencies(organisationId, template.jobRoleId);
  return { ...rest, inductions: _count.inductions, ...charter };
}

export type TemplateEditorData = Awaited<ReturnType<typeof getTemplateEditor>>;
export type TemplatePhaseData = TemplateEditorData["phases"][number];
export type TemplateItemData = TemplatePhaseData["items"][number];
