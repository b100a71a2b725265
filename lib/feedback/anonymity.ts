import type { FeedbackAnswer, FeedbackCompetency } from "./schemas";

/**
 * What a leader may see of the answers to one of their requests. A named request shows each
 * answer with its author as it arrives. An anonymous one shows nothing until at least
 * ANONYMITY_THRESHOLD colleagues have answered (declines do not count); then the answers,
 * grouped by competency, without names and sorted by their text so that neither the order
 * of arrival nor the order of the people asked gives anyone away.
 */

export const ANONYMITY_THRESHOLD = 3;

export type ResponseInput = {
  respondent: { id: string; name: string };
  answers: FeedbackAnswer[];
  answeredAt: Date | null;
  declinedAt: Date | null;
};

export type FeedbackTally = { asked: number; answered: number; declined: number; waiting: number };

export type ResponseStatus = "answered" | "declined" | "waiting";

export type NamedFeedbackView = {
  anonymous: false;
  tally: FeedbackTally;
  people: { id: string; name: string; status: ResponseStatus; at: Date | null }[];
  competencies: (FeedbackCompetency & { answers: { name: string; text: string; answeredAt: Date }[] })[];
};

export type AnonymousFeedbackView = {
  anonymous: true;
  tally: FeedbackTally;
  /** Whether the answers are shown: at least ANONYMITY_THRESHOLD colleagues answered. */
  shown: boolean;
  /** Whether enough answers could still arrive for them to be shown. */
  reachable: boolean;
  /** Empty until shown; then each competency's answers, without names, sorted by text. */
  competencies: (FeedbackCompetency & { texts: string[] })[];
};

export type FeedbackView = NamedFeedbackView | AnonymousFeedbackView;

export function responseStatus(response: { answeredAt: Date | null; declinedAt: Date | null }): ResponseStatus {
  return response.answeredAt ? "answered" : response.declinedAt ? "declined" : "waiting";
}

export function tallyResponses(responses: readonly ResponseInput[]): FeedbackTally {
  const count = (status: ResponseStatus) => responses.filter((response) => responseStatus(response) === status).length;
  return { asked: responses.length, answered: count("answered"), declined: count("declined"), waiting: count("waiting") };
}

const textFor = (response: ResponseInput, key: string) => response.answers.find((answer) => answer.competencyKey === key)?.text ?? "";

function anonymousAnswersShown(tally: FeedbackTally): boolean {
  return tally.answered >= ANONYMITY_THRESHOLD;
}

export function feedbackView(request: { anonymous: boolean; competencies: readonly FeedbackCompetency[] }, responses: readonly ResponseInput[]): FeedbackView {
  const tally = tallyResponses(responses);
  const answered = responses.filter((response) => response.answeredAt !== null);
  if (!request.anonymous) {
    const byArrival = [...answered].sort((a, b) => (a.answeredAt?.getTime() ?? 0) - (b.answeredAt?.getTime() ?? 0));
    return {
      anonymous: false,
      tally,
      people: responses.map((response) => ({
        id: response.respondent.id,
        name: response.respondent.name,
        status: responseStatus(response),
        at: response.answeredAt ?? response.declinedAt,
      })),
      competencies: request.competencies.map((competency) => ({
        ...competency,
        answers: byArrival.flatMap((response) => {
          const text = textFor(response, competency.key);
          return text && response.answeredAt ? [{ name: response.respondent.name, text, answeredAt: response.answeredAt }] : [];
        }),
      })),
    };
  }
  const shown = anonymousAnswersShown(tally);
  return {
    anonymous: true,
    tally,
    shown,
    reachable: tally.answered + tally.waiting >= ANONYMITY_THRESHOLD,
    competencies: shown
      ? request.competencies.map((competency) => ({
          ...competency,
          texts: answered
            .map((response) => textFor(response, competency.key))
            .filter((text) => text !== "")
            .sort((a, b) => a.localeCompare(b, "en-GB") || (a < b ? -1 : a > b ? 1 : 0)),
        }))
      : [],
  };
}
