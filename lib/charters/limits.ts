/** How much a charter may hold: enough for any real role, small enough to print on two pages. */
export const CHARTER_LIMITS = {
  text: 2000,
  item: 500,
  items: 20,
  requirements: 300,
  question: 2000,
} as const;
