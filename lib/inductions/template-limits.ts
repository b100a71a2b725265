/** How big templates and their parts may get; shared by the schemas and the forms (which must not ship zod). */
export const TEMPLATE_LIMITS = {
  name: 120,
  description: 2000,
  phaseName: 120,
  phases: 12,
  title: 200,
  guidance: 2000,
  /** Items in one template, counting those a mindset section adds. */
  items: 300,
  /** Due dates from a year before the start date to two years after it. */
  earliestOffset: -365,
  latestOffset: 730,
} as const;

/** HR's own mindset sections. Practices and prompts become item titles, so they share the title limit. */
export const MINDSET_LIMITS = {
  title: 120,
  summary: 1000,
  entry: TEMPLATE_LIMITS.title,
  entries: 12,
} as const;
