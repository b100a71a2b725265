import "server-only";
import { getAssessmentContext } from "@/lib/assessments/queries";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/db/errors";
import { notify } from "@/lib/notifications/commands";
import { answeredTitle, askedNotification } from "./labels";
import { canAnswerFeedback, canRequestFeedback, respondentErrors } from "./permissions";
import { FEEDBACK_LIMITS } from "./limits";
import { parseAnswers, parseCompetencies, type AnswerFeedbackInput, type DeclineFeedbackInput, type FeedbackCompetency, type RequestFeedbackInput } from "./schemas";

/**
 * Asking for feedback and answering it. A leader asks named colleagues of their organisation
 * about competencies their role's published charter requires; each colleague answers or
 * declines once. Audit events say who asked whom and who answered, never what was written.
 */

const ENTITY = "FeedbackRequest";

/** The colleagues asked, each active in the organisation; an unknown one is the error of the field it came from. */
async function checkRespondents(actor: SessionPerson, input: RequestFeedbackInput) {
  const problems = respondentErrors(actor.id, input, FEEDBACK_LIMITS.respondents);
  if (Object.keys(problems).length > 0) throw new InvalidError(problems);
  const ids = [...new Set([...input.respondentIds, ...(input.otherRespondentId ? [input.otherRespondentId] : [])])];
  const found = await db.person.findMany({ where: { id: { in: ids }, organisationId: actor.organisationId, active: true }, select: { id: true, name: true } });
  const known = new Set(found.map((person) => person.id));
  const unknown: Record<string, string[]> = {};
  if (input.respondentIds.some((id) => !known.has(id))) unknown.respondentIds = ["Choose colleagues from the list"];
  if (input.otherRespondentId && !known.has(input.otherRespondentId)) unknown.otherRespondentId = ["Choose a colleague from the list"];
  if (Object.keys(unknown).length > 0) throw new InvalidError(unknown);
  return found;
}

/** The competencies chosen, each one the leader's role's published charter requires, in the charter's order. */
async function checkCompetencies(actor: SessionPerson, keys: readonly string[]): Promise<FeedbackCompetency[]> {
  const context = await getAssessmentContext(actor.organisationId, actor.id);
  if (!context.charter || context.requirements.length === 0) {
    throw new ConflictError("Your role has no published charter with competencies yet, so there is nothing to ask about. HR publishes it from Job roles.");
  }
  const chosen = context.requirements.filter((requirement) => keys.includes(requirement.competencyKey));
  if (chosen.length !== keys.length) throw new InvalidError({ competencyKeys: ["Choose competencies from your role's charter"] });
  return chosen.map((requirement) => ({ key: requirement.competencyKey, name: requirement.competencyName }));
}

type Asked = { message: string; anonymous: boolean; competencyKeys: string[]; respondentIds: string[] };

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");

/**
 * The leader's request still waiting for answers that asks exactly this (the same form sent twice),
 * with the leader's row locked so that two such submissions at once queue here.
 */
async function sameOpenRequest(tx: Tx, actor: SessionPerson, asked: Asked): Promise<string | null> {
  await tx.$queryRaw`SELECT id FROM "Person" WHERE id = ${actor.id} AND "organisationId" = ${actor.organisationId} FOR UPDATE`;
  const candidates = await tx.feedbackRequest.findMany({
    where: {
      organisationId: actor.organisationId,
      requesterId: actor.id,
      message: asked.message,
      anonymous: asked.anonymous,
      responses: { some: { organisationId: actor.organisationId, answeredAt: null, declinedAt: null } },
    },
    select: { id: true, competencies: true, responses: { where: { organisationId: actor.organisationId }, select: { respondentId: true } } },
  });
  const same = candidates.find(
    (request) =>
      sameSet(parseCompetencies(request.competencies).map((competency) => competency.key), asked.competencyKeys) &&
      sameSet(request.responses.map((response) => response.respondentId), asked.respondentIds),
  );
  return same?.id ?? null;
}

export async function requestFeedback(actor: SessionPerson, input: RequestFeedbackInput) {
  if (!canRequestFeedback(actor)) throw new ForbiddenError("Only new leaders ask for feedback here.");
  const organisationId = actor.organisationId;
  // Colleagues first: their errors are the ones a person can fix from the form.
  const respondents = await checkRespondents(actor, input);
  const competencies = await checkCompetencies(actor, input.competencyKeys);
  const anonymous = input.anonymity === "anonymous";
  const names = competencies.map((competency) => competency.name);
  return db.$transaction(async (tx) => {
    const repeated = await sameOpenRequest(tx, actor, { message: input.message, anonymous, competencyKeys: competencies.map((competency) => competency.key), respondentIds: respondents.map((respondent) => respondent.id) });
    if (repeated) return { requestId: repeated, asked: respondents.length };
    const request = await tx.feedbackRequest.create({
      data: { organisationId, requesterId: actor.id, message: input.message, competencies, anonymous },
      select: { id: true },
    });
    const asked = askedNotification(actor.name, names, anonymous);
    for (const respondent of respondents) {
      const response = await tx.feedbackResponse.create({ data: { organisationId, requestId: request.id, respondentId: respondent.id }, select: { id: true } });
      await notify(tx, organisationId, [respondent.id], { ...asked, href: `/feedback/${response.id}` });
    }
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "feedback.requested",
      entityType: ENTITY,
      entityId: request.id,
      summary: `Asked ${respondents.length} ${respondents.length === 1 ? "colleague" : "colleagues"} for ${anonymous ? "anonymous" : "named"} feedback on ${names.join(", ")}`,
      details: { respondentIds: respondents.map((respondent) => respondent.id), competencyKeys: competencies.map((competency) => competency.key), anonymous },
    });
    return { requestId: request.id, asked: respondents.length };
  });
}

/** The caller's own part of a request, locked; anyone else's is "not found". */
async function ownResponse(tx: Tx, actor: SessionPerson, responseId: string) {
  await tx.$queryRaw`SELECT id FROM "FeedbackResponse" WHERE id = ${responseId} AND "organisationId" = ${actor.organisationId} FOR UPDATE`;
  const response = await tx.feedbackResponse.findFirst({
    where: { id: responseId, organisationId: actor.organisationId },
    select: {
      id: true,
      respondentId: true,
      answeredAt: true,
      declinedAt: true,
      request: { select: { id: true, requesterId: true, anonymous: true, competencies: true, requester: { select: { name: true } } } },
    },
  });
  if (!response || !canAnswerFeedback(actor, response)) throw new NotFoundError("feedback request");
  if (response.answeredAt) throw new ConflictError(`You have already answered this request; ${response.request.requester.name} has your answers.`);
  if (response.declinedAt) throw new ConflictError("You declined this request, so it can no longer be answered.");
  return response;
}

export async function answerFeedback(actor: SessionPerson, input: AnswerFeedbackInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const response = await ownResponse(tx, actor, input.responseId);
    const competencies = parseCompetencies(response.request.competencies);
    const answers = parseAnswers(
      competencies.map((competency, index) => ({ competencyKey: competency.key, text: input.texts[index] ?? "" })).filter((answer) => answer.text !== ""),
    );
    if (answers.length === 0) throw new InvalidError({ answer1: ["Write your feedback on at least one competency"] }, "Write your feedback on at least one competency.");
    await tx.feedbackResponse.update({ where: { id: response.id }, data: { answers, answeredAt: new Date() } });
    await notify(tx, organisationId, [response.request.requesterId], {
      // An anonymous request never names who answered, not even in the notification.
      title: answeredTitle(actor.name, response.request.anonymous),
      href: "/me/feedback",
    });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "feedback.answered",
      entityType: ENTITY,
      entityId: response.request.id,
      summary: `Answered ${response.request.requester.name}'s request for feedback`,
      details: { responseId: response.id, competencyKeys: answers.map((answer) => answer.competencyKey) },
    });
    return { responseId: response.id };
  });
}

export async function declineFeedback(actor: SessionPerson, input: DeclineFeedbackInput) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const response = await ownResponse(tx, actor, input.responseId);
    await tx.feedbackResponse.update({ where: { id: response.id }, data: { declinedAt: new Date() } });
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "feedback.declined",
      entityType: ENTITY,
      entityId: response.request.id,
      summary: `Declined ${response.request.requester.name}'s request for feedback`,
      details: { responseId: response.id },
    });
    return { responseId: response.id };
  });
}
