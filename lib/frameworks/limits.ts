/** The caps on one framework version (kept apart from zod so client components can read them); lib/frameworks/schemas.ts and the CSV import enforce them. */
export const FRAMEWORK_LIMITS = {
  name: 120,
  description: 4000,
  expectationText: 4000,
  indicatorText: 1000,
  tag: 50,
  tagsPerCompetency: 20,
  scalePoints: 10,
  stages: 20,
  clusters: 100,
  competencies: 500,
  indicatorsPerExpectation: 20,
} as const;
