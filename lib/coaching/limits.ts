/** How much the bench, relationship and session forms take; shared by the schemas and the forms (which stay free of zod). */
export const COACHING_LIMITS = { capacity: 50, about: 1000, strengths: 12, goals: 2000, notes: 4000 } as const;
