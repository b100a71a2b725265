import { z } from "zod";
import { idField, optionalId, optionalText } from "@/lib/validation/fields";
import { ANONYMITY_CHOICES, FEEDBACK_LIMITS } from "./limits";

/** Asking for feedback and answering it; and the shape of what a request and an answer store as JSON. */


const competencyKey = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** FeedbackRequest.competencies: the competencies asked about, with their names as the charter gave them then. */
export const storedCompetenciesSchema = z.array(z.object({ key: competencyKey, name: z.string() })).min(1).max(FEEDBACK_LIMITS.competencies);

/** FeedbackResponse.answers: one text per competency answered (competencies left blank are not stored). */
export const storedAnswersSchema = z.array(z.object({ competencyKey, text: z.string() })).max(FEEDBACK_LIMITS.competencies);

export type FeedbackCompetency = z.output<typeof storedCompetenciesSchema>[number];
export type FeedbackAnswer = z.output<typeof storedAnswersSchema>[number];

/** Stored JSON is checked on every read: a row that does not match fails loudly rather than showing something wrong. */
export function parseCompetencies(value: unknown): FeedbackCompetency[] {
  return storedCompetenciesSchema.parse(value);
}

export function parseAnswers(value: unknown): FeedbackAnswer[] {
  return value === null || value === undefined ? [] : storedAnswersSchema.parse(value);
}

/** A checkbox group: one value arrives as a string, several as an array, none as nothing. */
function chosenList(message: string, max: number, tooMany: string) {
  return z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(z.string({ message }).trim().regex(/^[A-Za-z0-9_-]{1,64}$/, message))
      .max(max, tooMany)
      .transform((values) => [...new Set(values)]),
  );
}

export const requestFeedbackSchema = z.object({
  respondentIds: chosenList("Choose colleagues from the list", FEEDBACK_LIMITS.respondents, `Ask at most ${FEEDBACK_LIMITS.respondents} colleagues at a time`),
  otherRespondentId: optionalId("a colleague"),
  competencyKeys: chosenList("Choose competencies from your charter", FEEDBACK_LIMITS.competencies, `Choose at most ${FEEDBACK_LIMITS.competencies} competencies`).pipe(
    z.array(z.string()).min(1, "Choose at least one competency to ask about"),
  ),
  anonymity: z.enum(ANONYMITY_CHOICES, { message: "Choose whether your colleagues' names are shown with their answers" }),
  message: optionalText("your message", FEEDBACK_LIMITS.message),
});

const answerText = optionalText("your feedback", FEEDBACK_LIMITS.answer);

export const answerFeedbackSchema = z
  .object({ responseId: idField, answer1: answerText, answer2: answerText, answer3: answerText, answer4: answerText, answer5: answerText })
  // answer1 … answer5 (ANSWER_FIELDS), in the order of the request's competencies.
  .transform(({ responseId, ...texts }) => ({ responseId, texts: [texts.answer1, texts.answer2, texts.answer3, texts.answer4, texts.answer5] }));

export const declineFeedbackSchema = z.object({ responseId: idField });

export type RequestFeedbackInput = z.output<typeof requestFeedbackSchema>;
export type AnswerFeedbackInput = z.output<typeof answerFeedbackSchema>;
export type DeclineFeedbackInput = z.output<typeof declineFeedbackSchema>;
