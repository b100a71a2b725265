/** How big the large organisation is at scale 1 (issue #7), and the same proportions at any scale. */

export const LARGE_SIZES = {
  people: 10_000,
  frameworks: 60,
  jobRoles: 300,
  inductions: 3_000,
  cohorts: 40,
  conversations: 30_000,
  plans: 5_000,
  relationships: 800,
  feedbackRequests: 1_500,
  hrAdmins: 12,
  supporters: 400,
} as const;

export type Sizes = { [K in keyof typeof LARGE_SIZES]: number };

/** Every role family has one role per step of the career ladder (roles.ts). */
export const ROLES_PER_FAMILY = 6;

/** The smallest organisation the generators are built for: a manager, their reports and one role family. */
const MINIMUM: Partial<Sizes> = { people: 20, frameworks: 1, jobRoles: ROLES_PER_FAMILY, cohorts: 1, hrAdmins: 1, supporters: 2 };

export function scaledSizes(scale: number): Sizes {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) throw new Error(`The scale must be a number above 0 and at most 10; got ${scale}.`);
  const entries = Object.entries(LARGE_SIZES).map(([key, size]) => [key, Math.max(MINIMUM[key as keyof Sizes] ?? 0, Math.round(size * scale))]);
  return Object.fromEntries(entries) as Sizes;
}
