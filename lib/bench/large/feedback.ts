import { FEEDBACK_LIMITS } from "@/lib/feedback/limits";
import { addDays } from "@/lib/inductions/dates";
import { tableRows, type TableRows } from "./bulk";
import type { CurrentCharter } from "./charters";
import { daysFromToday, momentOn, randomFor, type PlanContext } from "./context";
import type { PersonPlan } from "./people";
import { FEEDBACK } from "./texts";

/**
 * Feedback requests from new leaders on competencies of their charter, sent to their manager,
 * peers and reports: most answered, a few declined, the newest still waiting.
 */

type Competency = { key: string; name: string };

export type FeedbackPlan = {
  requests: { id: string; organisationId: string; requesterId: string; message: string; competencies: Competency[]; anonymous: boolean; createdAt: Date }[];
  responses: {
    id: string;
    organisationId: string;
    requestId: string;
    respondentId: string;
    answers: { competencyKey: string; text: string }[] | null;
    answeredAt: Date | null;
    declinedAt: Date | null;
    createdAt: Date;
  }[];
};

/** The colleagues a person would ask: their manager, the people who share that manager, and their own reports. */
function colleagues(person: PersonPlan, people: readonly PersonPlan[]): PersonPlan[] {
  const manager = person.managerIndex === null ? undefined : people[person.managerIndex];
  const peers = manager ? manager.reports.map((index) => people[index]) : [];
  const reports = person.reports.map((index) => people[index]);
  return [manager, ...peers, ...reports].filter((colleague): colleague is PersonPlan => colleague !== undefined && colleague !== person && colleague.row.active);
}

export function planFeedback(context: PlanContext, people: readonly PersonPlan[], leaders: readonly PersonPlan[], charters: Map<string, CurrentCharter>): FeedbackPlan {
  const random = randomFor(context, "feedback");
  const plan: FeedbackPlan = { requests: [], responses: [] };
  const requesters = leaders.filter((person) => person.row.active && (charters.get(person.row.jobRoleId)?.competencies.length ?? 0) > 0);
  if (requesters.length === 0) return plan;

  for (let n = 0; n < context.sizes.feedbackRequests; n++) {
    const requester = random.pick(requesters);
    const respondents = random.sample(colleagues(requester, people), random.int(3, 6));
    if (respondents.length === 0) continue;
    const competencies = random.sample(charters.get(requester.row.jobRoleId)?.competencies ?? [], Math.min(FEEDBACK_LIMITS.competencies, random.int(1, 3)));
    const askedOn = daysFromToday(context, -random.int(0, 300));
    const requestId = context.ids();
    const createdAt = momentOn(context, askedOn, 9);
    plan.requests.push({ id: requestId, organisationId: context.organisationId, requesterId: requester.row.id, message: random.pick(FEEDBACK.messages), competencies, anonymous: random.chance(0.4), createdAt });
    for (const respondent of respondents) {
      const outcome = random.weighted([
        ["answered", 0.6],
        ["declined", 0.1],
        ["waiting", 0.3],
      ] as const);
      const repliedAt = momentOn(context, addDays(askedOn, random.int(1, 14)), 15);
      plan.responses.push({
        id: context.ids(),
        organisationId: context.organisationId,
        requestId,
        respondentId: respondent.row.id,
        answers: outcome === "answered" ? competencies.map((competency) => ({ competencyKey: competency.key, text: random.pick(FEEDBACK.answers) })) : null,
        answeredAt: outcome === "answered" ? repliedAt : null,
        declinedAt: outcome === "declined" ? repliedAt : null,
        createdAt,
      });
    }
  }
  return plan;
}

export function feedbackTables(plan: FeedbackPlan): TableRows[] {
  return [
    tableRows(
      "FeedbackRequest",
      { id: "text", organisationId: "text", requesterId: "text", message: "text", competencies: "json", anonymous: "bool", createdAt: "timestamp" },
      plan.requests,
    ),
    tableRows(
      "FeedbackResponse",
      { id: "text", organisationId: "text", requestId: "text", respondentId: "text", answers: "json", answeredAt: "timestamp", declinedAt: "timestamp", createdAt: "timestamp" },
      plan.responses,
    ),
  ];
}
