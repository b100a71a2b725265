import { ANONYMITY_THRESHOLD } from "./anonymity";

/** Words shown about feedback, kept apart from the database code so client components can use them. */

export type Relation = "manager" | "report" | "supporter" | "peer";

export const RELATION_LABELS: Record<Relation, string> = {
  manager: "Your manager",
  report: "Reports to you",
  supporter: "Your coach or mentor",
  peer: "Has the same manager as you",
};

export const ANONYMITY_LABELS = {
  named: {
    title: "Named",
    description: "Each answer is shown with the colleague's name, as soon as they send it.",
  },
  anonymous: {
    title: "Anonymous",
    description: `Answers are shown without names, and only once at least ${ANONYMITY_THRESHOLD} colleagues have answered; until then you see only how many have. Ask four or more people, as some may not answer.`,
  },
} as const;

/** What the colleague is told before answering about whether their name will be shown. */
export function visibilityNote(requester: string, anonymous: boolean): string {
  return anonymous
    ? `${requester} asked for anonymous feedback: your name is not shown with your answers, and they see no answer until at least ${ANONYMITY_THRESHOLD} colleagues have answered. ${requester} does know whom they asked.`
    : `${requester} asked for named feedback: they will see your name beside your answers.`;
}

/** What the colleague asked is told in their notification. */
export function askedNotification(requester: string, competencyNames: readonly string[], anonymous: boolean) {
  return { title: `${requester} asks for your feedback`, body: `On ${competencyNames.join(", ")}. ${visibilityNote(requester, anonymous)}` };
}

/** The leader's notification when someone answers: never named when the request is anonymous. */
export const answeredTitle = (respondent: string, anonymous: boolean) => (anonymous ? "A colleague answered your request for feedback" : `${respondent} answered your request for feedback`);
