import type { ItemKind, ItemOwner } from "@/lib/db/generated/enums";
import { addDays, type DateOnly } from "./dates";

/** What enrolling copies from a template: phases and items, each item dated from the start date. */

export type TemplateShape = {
  phases: { id: string; name: string; position: number }[];
  items: {
    phaseId: string;
    position: number;
    title: string;
    guidance: string;
    owner: ItemOwner;
    kind: ItemKind;
    dueOffsetDays: number;
    competencyKey: string | null;
    needsSignOff: boolean;
  }[];
};

export type CopiedPhase = {
  name: string;
  position: number;
  items: (Omit<TemplateShape["items"][number], "phaseId" | "dueOffsetDays"> & { dueDate: DateOnly })[];
};

export function copyTemplate(template: TemplateShape, startDate: DateOnly): CopiedPhase[] {
  return [...template.phases]
    .sort((a, b) => a.position - b.position)
    .map((phase, phaseIndex) => ({
      name: phase.name,
      position: phaseIndex,
      items: template.items
        .filter((item) => item.phaseId === phase.id)
        .sort((a, b) => a.position - b.position)
        .map((item, itemIndex) => ({
          title: item.title,
          guidance: item.guidance,
          owner: item.owner,
          kind: item.kind,
          competencyKey: item.competencyKey,
          needsSignOff: item.needsSignOff,
          position: itemIndex,
          dueDate: addDays(startDate, item.dueOffsetDays),
        })),
    }));
}

/** The phases a new template starts with; HR renames, adds and removes them. */
export const DEFAULT_PHASES = [
  { name: "Before the start date", dueOffsetDays: -7 },
  { name: "First 30 days", dueOffsetDays: 30 },
  { name: "Days 31–60", dueOffsetDays: 60 },
  { name: "Days 61–90", dueOffsetDays: 90 },
] as const;
