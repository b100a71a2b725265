import type { ItemKind } from "@/lib/db/generated/enums";
import type { MindsetSectionContent } from "./mindset-library";

/**
 * What adding a mindset section to a phase creates: one practice item per practice and one
 * reflection per prompt, all the new leader's, due on the day HR chose for the section.
 */

export type MindsetItemDraft = {
  title: string;
  guidance: string;
  owner: "INDIVIDUAL";
  kind: Extract<ItemKind, "MINDSET_PRACTICE" | "REFLECTION">;
  dueOffsetDays: number;
  competencyKey: null;
  needsSignOff: false;
};

export function mindsetItems(section: MindsetSectionContent, dueOffsetDays: number): MindsetItemDraft[] {
  const common = { owner: "INDIVIDUAL", dueOffsetDays, competencyKey: null, needsSignOff: false } as const;
  const from = `From the mindset section \u201c${section.title}\u201d.`;
  return [
    ...section.practices.map((practice) => ({
      ...common,
      kind: "MINDSET_PRACTICE" as const,
      title: practice,
      guidance: `${from} ${section.summary}`.trim(),
    })),
    ...section.prompts.map((prompt) => ({
      ...common,
      kind: "REFLECTION" as const,
      title: prompt,
      guidance: `${from} Write a reflection on this question. You decide whether your manager or your coach or mentor may read it.`,
    })),
  ];
}
