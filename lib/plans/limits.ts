/** How long a title may be and how much one plan holds; apart from the zod schemas so client forms can use them without loading zod. */
export const PLAN_LIMITS = { title: 200, goals: 12, actions: 60 } as const;
