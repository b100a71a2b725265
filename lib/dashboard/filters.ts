import { addDays, isDateOnly, type DateOnly } from "@/lib/inductions/dates";

/**
 * What the HR dashboard is narrowed to. Every section reads the same filters:
 * - cohort, job role, manager: inductions by their own cohort, role and manager; people (for
 *   conversations, coaching and plans) by an induction in the cohort, their job role and their manager;
 * - from/to: inductions by start date; conversations, coaching sessions and plan actions by their
 *   own date (held on, due on). Conversations and sessions look back over a default period
 *   ending today when no range is given.
 */
export type DashboardFilters = { cohortId?: string; jobRoleId?: string; managerId?: string; from?: DateOnly; to?: DateOnly };

export const FILTER_KEYS = ["cohortId", "jobRoleId", "managerId", "from", "to"] as const satisfies readonly (keyof DashboardFilters)[];

/** Ids are cuids; anything longer is not one of ours and is ignored rather than sent to the database. */
const MAX_ID_LENGTH = 64;

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function read(params: SearchParams, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

/** The filters in a query string; unusable values (bad dates, over-long ids) are dropped, and a reversed range is put the right way round. */
export function parseFilters(params: SearchParams): DashboardFilters {
  const filters: DashboardFilters = {};
  for (const key of ["cohortId", "jobRoleId", "managerId"] as const) {
    const value = read(params, key);
    if (value && value.length <= MAX_ID_LENGTH) filters[key] = value;
  }
  const from = read(params, "from");
  const to = read(params, "to");
  if (from && isDateOnly(from)) filters.from = from;
  if (to && isDateOnly(to)) filters.to = to;
  if (filters.from && filters.to && filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from];
  return filters;
}

/** The filters as a query string (without "?"), in a fixed order, for shareable links and exports. */
export function filterQuery(filters: DashboardFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

export const COVERAGE_DAYS = 90;
export const ACTIVITY_MONTHS = 6;

export type Period = { start: DateOnly; end: DateOnly };

/** Conversation coverage: the range asked for, else the 90 days up to its end (today by default). */
export function coveragePeriod(filters: DashboardFilters, today: DateOnly): Period {
  const end = filters.to ?? today;
  return { start: filters.from ?? addDays(end, -(COVERAGE_DAYS - 1)), end };
}

/** Coaching sessions: the range asked for, else the six calendar months up to its end (today by default), this month included. */
export function activityPeriod(filters: DashboardFilters, today: DateOnly): Period {
  const end = filters.to ?? today;
  if (filters.from) return { start: filters.from, end };
  const [year, month] = end.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 1 - (ACTIVITY_MONTHS - 1), 1));
  return { start: first.toISOString().slice(0, 10), end };
}
