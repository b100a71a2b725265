import "server-only";
import { getAssessmentContext } from "@/lib/assessments/queries";
import type { SessionPerson } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import { organisationToday } from "@/lib/inductions/induction-queries";
import { feedbackView, responseStatus, type FeedbackView, type ResponseStatus } from "./anonymity";
import { canAnswerFeedback } from "./permissions";
import type { Relation } from "./labels";
import { parseAnswers, parseCompetencies, type FeedbackAnswer, type FeedbackCompetency } from "./schemas";

/** Reads for the feedback pages; each returns plain objects. */

/** `relation`: how a colleague is related to the leader, closest first; null for anyone else in the organisation. */
export type ColleagueOption = { id: string; name: string; email: string; relation: Relation | null };

/**
 * Everyone active in the organisation but the leader, in one statement: their manager, the
 * people who report to them, their coach or mentor (on their running induction or in a
 * running coaching relationship) and their peers (the same manager) carry a relation.
 */
function listColleagues(organisationId: string, personId: string) {
  return db.$queryRaw<ColleagueOption[]>`
    SELECT p.id, p.name, p.email,
      CASE
        WHEN p.id = me."managerId" THEN 'manager'
        WHEN p."managerId" = me.id THEN 'report'
        WHEN EXISTS (SELECT 1 FROM "Induction" i WHERE i."organisationId" = me."organisationId" AND i."personId" = me.id AND i.status = 'ACTIVE' AND i."supporterId" = p.id)
          OR EXISTS (SELECT 1 FROM "SupportRelationship" r WHERE r."organisationId" = me."organisationId" AND r."leaderId" = me.id AND r.status = 'ACTIVE' AND r."supporterId" = p.id)
          THEN 'supporter'
        WHEN p."managerId" = me."managerId" THEN 'peer'
      END AS relation
    FROM "Person" me
    JOIN "Person" p ON p."organisationId" = me."organisationId" AND p.id <> me.id AND p.active
    WHERE me.id = ${personId} AND me."organisationId" = ${organisationId}
    ORDER BY p.name, p.id`;
}

export type RequestFormOptions = {
  /** The competencies the leader's role's published charter requires; empty when there is none. */
  competencies: { key: string; name: string; clusterName: string; expectation: string }[];
  roleTitle: string | null;
  colleagues: ColleagueOption[];
};

export async function getRequestFormOptions(actor: SessionPerson): Promise<RequestFormOptions> {
  const [context, colleagues] = await Promise.all([getAssessmentContext(actor.organisationId, actor.id), listColleagues(actor.organisationId, actor.id)]);
  return {
    competencies: context.requirements.map((requirement) => ({
      key: requirement.competencyKey,
      name: requirement.competencyName,
      clusterName: requirement.clusterName,
      expectation: requirement.expectation,
    })),
    roleTitle: context.role?.title ?? null,
    colleagues,
  };
}

export type OwnRequest = { id: string; message: string; createdAt: Date; competencies: FeedbackCompetency[]; view: FeedbackView };

/** Enough for a page: the newest requests. */
export const REQUESTS_SHOWN = 50;

/**
 * The leader's own requests, newest first, each with what they may see of the answers. For an
 * anonymous request the result carries no respondent's id or name, and no answer until enough arrived.
 */
export async function listOwnRequests(actor: SessionPerson): Promise<{ timeZone: string; requests: OwnRequest[] }> {
  const [{ timeZone }, rows] = await Promise.all([
    organisationToday(actor.organisationId),
    db.feedbackRequest.findMany({
      where: { organisationId: actor.organisationId, requesterId: actor.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: REQUESTS_SHOWN,
      select: {
        id: true,
        message: true,
        createdAt: true,
        anonymous: true,
        competencies: true,
        responses: {
          where: { organisationId: actor.organisationId },
          orderBy: [{ respondent: { name: "asc" } }, { id: "asc" }],
          select: { answers: true, answeredAt: true, declinedAt: true, respondent: { select: { id: true, name: true } } },
        },
      },
    }),
  ]);
  const requests = rows.map((row) => {
    const competencies = parseCompetencies(row.competencies);
    const responses = row.responses.map((response) => ({ ...response, answers: parseAnswers(response.answers) }));
    return { id: row.id, message: row.message, createdAt: row.createdAt, competencies, view: feedbackView({ anonymous: row.anonymous, competencies }, responses) };
  });
  return { timeZone, requests };
}

export type AskedOfMe = {
  /** The response's id: the colleague's part of the request. */
  id: string;
  requester: string;
  anonymous: boolean;
  competencies: FeedbackCompetency[];
  askedAt: Date;
  status: ResponseStatus;
  at: Date | null;
};

/** Enough for a page: the newest requests asked of the person. */
const ASKED_SHOWN = 100;

/** What colleagues asked of the person: still to answer first, then answered or declined; newest first within each. */
export async function listAskedOfMe(actor: SessionPerson): Promise<{ timeZone: string; open: AskedOfMe[]; closed: AskedOfMe[] }> {
  const [{ timeZone }, rows] = await Promise.all([
    organisationToday(actor.organisationId),
    db.feedbackResponse.findMany({
      where: { organisationId: actor.organisationId, respondentId: actor.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: ASKED_SHOWN,
      select: {
        id: true,
        answeredAt: true,
        declinedAt: true,
        createdAt: true,
        request: { select: { anonymous: true, competencies: true, requester: { select: { name: true } } } },
      },
    }),
  ]);
  const items = rows.map(
    (row): AskedOfMe => ({
      id: row.id,
      requester: row.request.requester.name,
      anonymous: row.request.anonymous,
      competencies: parseCompetencies(row.request.competencies),
      askedAt: row.createdAt,
      status: responseStatus(row),
      at: row.answeredAt ?? row.declinedAt,
    }),
  );
  return { timeZone, open: items.filter((item) => item.status === "waiting"), closed: items.filter((item) => item.status !== "waiting") };
}

/** For My tasks: how many requests are waiting for the person's answer. */
export function countOpenAskedOf(actor: SessionPerson) {
  return db.feedbackResponse.count({ where: { organisationId: actor.organisationId, respondentId: actor.id, answeredAt: null, declinedAt: null } });
}

export type ResponseToAnswer = {
  id: string;
  requester: string;
  message: string;
  anonymous: boolean;
  askedAt: Date;
  /** Each competency asked, with what the leader's role expects of it where the charter still says. */
  competencies: (FeedbackCompetency & { expectation: string })[];
  answers: FeedbackAnswer[];
  status: ResponseStatus;
  at: Date | null;
  timeZone: string;
};

/** The person's own part of a request; anyone else's, or another organisation's, is "not found". */
export async function getResponseToAnswer(actor: SessionPerson, responseId: string): Promise<ResponseToAnswer> {
  const row = await db.feedbackResponse.findFirst({
    where: { id: responseId, organisationId: actor.organisationId },
    select: {
      id: true,
      respondentId: true,
      answers: true,
      answeredAt: true,
      declinedAt: true,
      createdAt: true,
      request: { select: { requesterId: true, message: true, anonymous: true, competencies: true, requester: { select: { name: true } } } },
    },
  });
  if (!row || !canAnswerFeedback(actor, row)) throw new NotFoundError("feedback request");
  const open = !row.answeredAt && !row.declinedAt;
  const [{ timeZone }, context] = await Promise.all([organisationToday(actor.organisationId), open ? getAssessmentContext(actor.organisationId, row.request.requesterId) : null]);
  const expectations = new Map(context?.requirements.map((requirement) => [requirement.competencyKey, requirement.expectation]));
  return {
    id: row.id,
    requester: row.request.requester.name,
    message: row.request.message,
    anonymous: row.request.anonymous,
    askedAt: row.createdAt,
    competencies: parseCompetencies(row.request.competencies).map((competency) => ({ ...competency, expectation: expectations.get(competency.key) ?? "" })),
    answers: parseAnswers(row.answers),
    status: responseStatus(row),
    at: row.answeredAt ?? row.declinedAt,
    timeZone,
  };
}
