import type { ItemKind, ItemOwner } from "@/lib/db/generated/enums";

/** Display names for template items, kept apart from the schemas so client components do not ship zod. */

export const OWNER_LABELS: Record<ItemOwner, string> = {
  INDIVIDUAL: "New leader",
  MANAGER: "Manager",
  HR: "HR",
  ORGANISATION: "The organisation",
};

export const KIND_LABELS: Record<ItemKind, string> = {
  TASK: "Task",
  ACKNOWLEDGE_CHARTER: "Read and acknowledge the charter",
  REFLECTION: "Reflection",
  CONVERSATION: "Conversation",
  MINDSET_PRACTICE: "Mindset practice",
};

/** When an item is due, from its offset in days from the start date. */
export function dueLabel(offsetDays: number): string {
  if (offsetDays === 0) return "On the start date";
  const days = Math.abs(offsetDays);
  const span = `${days} ${days === 1 ? "day" : "days"}`;
  return offsetDays < 0 ? `${span} before the start date` : `${span} after the start date`;
}
