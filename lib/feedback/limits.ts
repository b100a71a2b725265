/** How much one request may ask, and its choices; apart from zod so client components stay small. */

export const FEEDBACK_LIMITS = { respondents: 10, competencies: 5, message: 1000, answer: 2000 } as const;

export const ANONYMITY_CHOICES = ["named", "anonymous"] as const;

/** The answer form names one textarea per competency asked, in the request's order: answer1 … answer5. */
export const ANSWER_FIELDS = Array.from({ length: FEEDBACK_LIMITS.competencies }, (_, index) => `answer${index + 1}`);
