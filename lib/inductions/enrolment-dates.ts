import { daysBetween, fromDateOnly, type DateOnly } from "./dates";

/** How far from today a start date may be: far enough for a late enrolment or early planning, near enough to catch a mistyped year. */
export const ENROLMENT_WINDOW_DAYS = 365;

export function isWithinEnrolmentWindow(startDate: DateOnly, today: DateOnly): boolean {
  return Math.abs(daysBetween(today, startDate)) <= ENROLMENT_WINDOW_DAYS;
}

export const OUTSIDE_ENROLMENT_WINDOW = "Choose a start date no more than a year before or after today.";

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "3 March 2026": a calendar day as people read it (DATE columns arrive as midnight UTC, so UTC keeps the day). */
export function formatDay(day: DateOnly): string {
  return DAY_FORMAT.format(fromDateOnly(day));
}
