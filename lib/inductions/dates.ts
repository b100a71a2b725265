/**
 * Calendar dates without a time of day ("2026-11-23"). Start and due dates are days, not
 * instants: a due date is the start date plus whole days, and "today" is the organisation's
 * calendar day in its own time zone, so an item due today is not overdue until the day ends there.
 */

export type DateOnly = string;

const PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isDateOnly(value: string): value is DateOnly {
  if (!PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** How PostgreSQL `date` columns arrive (midnight UTC) and must be written. */
export function toDateOnly(date: Date): DateOnly {
  return date.toISOString().slice(0, 10);
}

export function fromDateOnly(value: DateOnly): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function addDays(value: DateOnly, days: number): DateOnly {
  const date = fromDateOnly(value);
  date.setUTCDate(date.getUTCDate() + days);
  return toDateOnly(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DateOnly, to: DateOnly): number {
  return Math.round((fromDateOnly(to).getTime() - fromDateOnly(from).getTime()) / 86_400_000);
}

/** The calendar day it is in `timeZone` at `now`. */
export function todayIn(timeZone: string, now: Date = new Date()): DateOnly {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
