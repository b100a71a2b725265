import type { ItemStatus } from "@/lib/db/generated/enums";
import type { DateOnly } from "./dates";

/** Display names and date formats for running inductions, kept apart from zod so client components stay small. */

export { KIND_LABELS, OWNER_LABELS } from "./template-labels";

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
