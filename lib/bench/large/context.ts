import { addDays, daysBetween, type DateOnly } from "@/lib/inductions/dates";
import type { IdSource, Random } from "./random";
import { streamFor } from "./random";
import type { Sizes } from "./sizes";

/** What every area's planner shares: the organisation, its calendar and where ids and randomness come from. */
export type PlanContext = {
  organisationId: string;
  /** The organisation's day, which "overdue" and "due soon" are counted from. */
  today: DateOnly;
  now: Date;
  seed: number;
  ids: IdSource;
  sizes: Sizes;
  /** The e-mail domain of everyone in the organisation. */
  domain: string;
};

/** The step's own random stream (see streamFor). */
export function randomFor(context: PlanContext, step: string): Random {
  return streamFor(context.seed, step);
}

export function daysFromToday(context: PlanContext, days: number): DateOnly {
  return addDays(context.today, days);
}

export function daysUntil(context: PlanContext, day: DateOnly): number {
  return daysBetween(context.today, day);
}

/** A moment during the working day of `day`, never later than now. */
export function momentOn(context: PlanContext, day: DateOnly, hour = 10): Date {
  const moment = new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);
  return moment > context.now ? new Date(context.now.getTime() - 60_000) : moment;
}

/** The earlier of two days. */
export function earlier(a: DateOnly, b: DateOnly): DateOnly {
  return a < b ? a : b;
}
