import { daysBetween, fromDateOnly, toDateOnly, type DateOnly } from "@/lib/inductions/dates";

/** A relationship's calendar: its usual length, and how often its two people meet (what HR sees instead of what was said). */

/** The same day `months` later, or the month's last day when it is shorter: 31 August + 6 months is 28 or 29 February. */
export function monthsLater(day: DateOnly, months: number): DateOnly {
  const date = fromDateOnly(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toDateOnly(target);
}

const DAYS_PER_MONTH = 365.25 / 12;

/** The last day the relationship ran: today, its end date, or the day it was ended early, whichever is first. */
export function lastRunningDay(today: DateOnly, endOn: DateOnly, endedOn: DateOnly | null): DateOnly {
  return [today, endOn, endedOn].filter((day): day is DateOnly => day !== null).sort()[0] ?? today;
}

/**
 * Sessions per month from the start to `until`, to one decimal place; a relationship younger
 * than a month counts as one month, so two sessions in its first week is "2 a month", not 8.
 * Null when it has not started by then.
 */
export function sessionsPerMonth(sessions: number, startOn: DateOnly, until: DateOnly): number | null {
  const days = daysBetween(startOn, until);
  if (days < 0) return null;
  const months = Math.max(1, days / DAYS_PER_MONTH);
  return Math.round((sessions / months) * 10) / 10;
}

export function formatRate(rate: number | null): string {
  return rate === null ? "Not started" : `${rate.toLocaleString("en-GB")} a month`;
}
