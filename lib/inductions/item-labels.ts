import type { ItemKind, ItemOwner, ItemStatus } from "@/lib/db/generated/enums";
import type { DateOnly } from "./dates";

/** Display names and date formats for running inductions, kept apart from zod so client components stay small. */

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

export const STATUS_LABELS: Record<ItemStatus, string> = {
  OPEN: "To do",
  DONE: "Done",
  WAIVED: "Waived",
};

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "31 March 2027": a calendar day is the same day wherever the server runs. */
export function formatDay(value: DateOnly): string {
  return dayFormat.format(new Date(`${value}T00:00:00Z`));
}

/** "31 March 2027" for a moment, as the calendar reads in the organisation's time zone. */
export function formatMoment(value: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone }).format(value);
}
