import type { AppPrismaClient } from "@/lib/db/create-client";

/** A feedback request from `requesterId` to each of `respondentIds`; `answers` answers the first ones in order. */
export async function buildFeedbackRequest(
  db: AppPrismaClient,
  organisationId: string,
  data: {
    requesterId: string;
    respondentIds: string[];
    competencies?: { key: string; name: string }[];
    anonymous?: boolean;
    message?: string;
    answers?: string[];
  },
) {
  const competencies = data.competencies ?? [{ key: "delegation", name: "Delegating" }];
  const request = await db.feedbackRequest.create({
    data: { organisationId, requesterId: data.requesterId, competencies, anonymous: data.anonymous ?? false, message: data.message ?? "How am I doing?" },
  });
  const responses = [];
  for (const [index, respondentId] of data.respondentIds.entries()) {
    const text = data.answers?.[index];
    responses.push(
      await db.feedbackResponse.create({
        data: {
          organisationId,
          requestId: request.id,
          respondentId,
          answers: text === undefined ? undefined : competencies.map((competency) => ({ competencyKey: competency.key, text })),
          answeredAt: text === undefined ? null : new Date(),
        },
      }),
    );
  }
  return { request, responses };
}
