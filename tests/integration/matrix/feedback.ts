import { getAssessmentContext } from "@/lib/assessments/queries";
import { db } from "@/lib/db/client";
import { parseAnswers, parseCompetencies } from "@/lib/feedback/schemas";
import { ANSWER_FIELDS, FEEDBACK_LIMITS } from "@/lib/feedback/limits";
import { buildCharter, buildFeedbackRequest, buildFramework, sampleCharter } from "@/tests/factories";
import type { CrossTenantCase, FieldSpec, FormInput, MatrixEntry, MatrixWorld, Person } from "./core";

/**
 * Feedback on competencies: a new leader asks colleagues of their organisation about
 * competencies of their role's charter; only the colleague asked answers or declines. Which
 * person of organisation A may read or answer which request is proved in feedback.test.ts.
 */

/** The competency keys the leader's role's published charter requires, publishing one first if there is none. */
async function leadersCompetencyKeys(world: MatrixWorld): Promise<string[]> {
  let context = await getAssessmentContext(world.organisation.id, world.leader.id);
  if (context.requirements.length === 0) {
    const framework = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
    const newest = await db.charterVersion.findFirst({ where: { charter: { jobRoleId: world.leaderRole.id } }, orderBy: { number: "desc" }, select: { number: true } });
    await buildCharter(db, world.organisation.id, {
      jobRoleId: world.leaderRole.id,
      frameworkVersionId: framework.version.id,
      content: sampleCharter(framework.content),
      status: "PUBLISHED",
      number: (newest?.number ?? 0) + 1,
    });
    context = await getAssessmentContext(world.organisation.id, world.leader.id);
  }
  return context.requirements.slice(0, 2).map((requirement) => requirement.competencyKey);
}

const FIVE_COMPETENCIES = ["listening", "delegating", "deciding", "coaching", "planning"].map((key) => ({ key, name: `Name of ${key}` }));

/** A fresh request put to the caller (or to the member when signed out), asked by someone else of organisation A. */
async function responseFor(world: MatrixWorld, caller: Person | null) {
  const requester = caller?.id === world.leader.id ? world.manager : world.leader;
  const respondent = caller ?? world.member;
  const { responses } = await buildFeedbackRequest(db, world.organisation.id, { requesterId: requester.id, respondentIds: [respondent.id], competencies: FIVE_COMPETENCIES });
  return responses[0]?.id ?? "";
}

/** A request put to organisation A's member, for the other organisation to try. */
async function membersResponse(world: MatrixWorld) {
  return responseFor(world, world.member);
}

const answersInput = (responseId: string): FormInput => ({
  responseId,
  ...Object.fromEntries(ANSWER_FIELDS.map((field, index) => [field, `Observation ${index + 1}: clear and kind.`])),
});

const answerFields = Object.fromEntries(ANSWER_FIELDS.map((field) => [field, { kind: "text", max: FEEDBACK_LIMITS.answer, required: false }])) as Record<string, FieldSpec>;

export const FEEDBACK_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/me/feedback/actions.ts#requestFeedbackAction": {
    type: "action",
    access: ["LEADER"],
    async validInput(world) {
      return {
        respondentIds: [world.member.id, world.manager.id],
        otherRespondentId: world.coach.id,
        competencyKeys: await leadersCompetencyKeys(world),
        anonymity: "anonymous",
        message: "What should I keep doing, and what should I change?",
      };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const competencyKeys = await leadersCompetencyKeys(world);
      return [
        { label: "ask organisation A's people (ticked)", input: { respondentIds: [world.member.id, world.manager.id], competencyKeys, anonymity: "named", message: "" }, field: "respondentIds" },
        { label: "ask organisation A's person (someone else)", input: { otherRespondentId: world.member.id, competencyKeys, anonymity: "named", message: "" }, field: "otherRespondentId" },
      ];
    },
    fields: {
      respondentIds: { kind: "choices", values: ["person"], max: FEEDBACK_LIMITS.respondents },
      otherRespondentId: { kind: "reference", of: "person" },
      competencyKeys: { kind: "choices", values: ["competency"], max: FEEDBACK_LIMITS.competencies },
      anonymity: { kind: "choice", values: ["named", "anonymous"] },
      message: { kind: "text", max: FEEDBACK_LIMITS.message, required: false },
    },
    async readBack(_world, _caller, _input, outcome) {
      // By the id the redirect names: the same request sent again while open is the one already made.
      const requestId = outcome.kind === "redirect" ? outcome.location.split("#request-")[1] : undefined;
      const request = await db.feedbackRequest.findUniqueOrThrow({ where: { id: requestId ?? "" } });
      return { message: request.message, organisationId: request.organisationId };
    },
  },

  "app/(app)/feedback/actions.ts#answerFeedbackAction": {
    type: "action",
    access: "signed-in",
    validInput: async (world, caller) => answersInput(await responseFor(world, caller)),
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "answer a request put to organisation A's colleague", input: answersInput(await membersResponse(world)) }];
    },
    fields: { responseId: { kind: "id", of: "feedbackResponse" }, ...answerFields },
    async readBack(_world, _caller, input) {
      const response = await db.feedbackResponse.findUniqueOrThrow({ where: { id: String(input.responseId) }, include: { request: true } });
      const answers = parseAnswers(response.answers);
      const competencies = parseCompetencies(response.request.competencies);
      const stored = Object.fromEntries(ANSWER_FIELDS.map((field, index) => [field, answers.find((answer) => answer.competencyKey === competencies[index]?.key)?.text ?? ""]));
      return { ...stored, organisationId: response.organisationId };
    },
  },

  "app/(app)/feedback/actions.ts#declineFeedbackAction": {
    type: "action",
    access: "signed-in",
    validInput: async (world, caller) => ({ responseId: await responseFor(world, caller) }),
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "decline a request put to organisation A's colleague", input: { responseId: await membersResponse(world) } }];
    },
    fields: { responseId: { kind: "id", of: "feedbackResponse" } },
  },
};
