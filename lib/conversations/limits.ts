/** How long each piece of a career conversation may be; shared by the forms (as maxLength) and the schemas. */
export const CONVERSATION_LIMITS = { prompt: 2000, nextRole: 200, notes: 5000, preparation: 2000, action: 300, reasonMin: 10, reasonMax: 500 } as const;
