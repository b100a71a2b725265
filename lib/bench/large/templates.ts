import type { ItemKind, ItemOwner } from "@/lib/db/generated/enums";
import { DEFAULT_PHASES, type TemplateShape } from "@/lib/inductions/template-copy";
import { DEMO_TEMPLATES } from "@/prisma/demo-inductions";
import { DEMO_ROLES } from "@/prisma/demo-organisation";
import { tableRows, type TableRows } from "./bulk";
import type { CurrentCharter } from "./charters";
import { momentOn, daysFromToday, randomFor, type PlanContext } from "./context";
import type { RolePlan, RungKey } from "./roles";

/**
 * An induction template for each first-time and second-step leadership role, adapted from the
 * demo template of the same kind of move, with competencies from the role charter's framework.
 */

/** The demo template each enrolled step of the ladder is adapted from. */
const DEMO_TEMPLATE_FOR: Partial<Record<RungKey, string>> = { teamLead: "em", leadSpecialist: "staff", manager: "dslead" };

type TemplateItemRow = TemplateShape["items"][number] & { id: string; organisationId: string; templateId: string; owner: ItemOwner; kind: ItemKind };

export type TemplatePlan = {
  row: { id: string; organisationId: string; name: string; description: string; jobRoleId: string; createdAt: Date };
  phases: (TemplateShape["phases"][number] & { organisationId: string; templateId: string })[];
  items: TemplateItemRow[];
};

/** Templates by job role id. */
export function planTemplates(context: PlanContext, roles: readonly RolePlan[], charters: Map<string, CurrentCharter>): Map<string, TemplatePlan> {
  const random = randomFor(context, "templates");
  const templates = new Map<string, TemplatePlan>();
  for (const role of roles) {
    const demoKey = DEMO_TEMPLATE_FOR[role.rung];
    const demo = DEMO_TEMPLATES.find((template) => template.roleKey === demoKey);
    if (!demo) continue;
    const demoTitle = DEMO_ROLES.find((demoRole) => demoRole.key === demo.roleKey)?.title ?? demo.name;
    const swap = (text: string) => text.split(demoTitle).join(role.row.title);
    const competencyKeys = charters.get(role.row.id)?.competencyKeys ?? new Map<string, string>();
    const templateId = context.ids();
    const plan: TemplatePlan = {
      row: {
        id: templateId,
        organisationId: context.organisationId,
        name: `${role.row.title} induction`,
        description: swap(demo.description),
        jobRoleId: role.row.id,
        createdAt: momentOn(context, daysFromToday(context, -random.int(700, 900))),
      },
      phases: [],
      items: [],
    };
    demo.phases.forEach((items, position) => {
      const phase = { id: context.ids(), organisationId: context.organisationId, templateId, name: DEFAULT_PHASES[position]?.name ?? `Phase ${position + 1}`, position };
      plan.phases.push(phase);
      items.forEach((item, itemPosition) => {
        plan.items.push({
          id: context.ids(),
          organisationId: context.organisationId,
          templateId,
          phaseId: phase.id,
          position: itemPosition,
          title: swap(item.title),
          guidance: swap(item.guidance),
          owner: item.owner,
          kind: item.kind,
          dueOffsetDays: item.dueOffsetDays,
          // Only where the role charter's framework version has the competency the demo names.
          competencyKey: item.competency ? (competencyKeys.get(item.competency) ?? null) : null,
          needsSignOff: item.needsSignOff === true,
        });
      });
    });
    templates.set(role.row.id, plan);
  }
  return templates;
}

export function templateTables(templates: Iterable<TemplatePlan>): TableRows[] {
  const list = [...templates];
  return [
    tableRows("InductionTemplate", { id: "text", organisationId: "text", name: "text", description: "text", jobRoleId: "text", createdAt: "timestamp" }, list.map((template) => template.row)),
    tableRows("TemplatePhase", { id: "text", organisationId: "text", templateId: "text", name: "text", position: "int" }, list.flatMap((template) => template.phases)),
    tableRows(
      "TemplateItem",
      {
        id: "text",
        organisationId: "text",
        templateId: "text",
        phaseId: "text",
        position: "int",
        title: "text",
        guidance: "text",
        owner: "enum:ItemOwner",
        kind: "enum:ItemKind",
        dueOffsetDays: "int",
        competencyKey: "text",
        needsSignOff: "bool",
      },
      list.flatMap((template) => template.items),
    ),
  ];
}
