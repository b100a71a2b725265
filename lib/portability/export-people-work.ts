import { storedAnswersSchema, storedCompetenciesSchema } from "@/lib/feedback/schemas";
import { toDateOnly } from "@/lib/inductions/dates";
import { groupBy, sortRecords } from "./ordering";
import { iso, isoOrNull, type PeopleLookups, type Tx } from "./export-shared";

/** Work between people: career conversations, development plans, the coaching bench and its relationships, feedback. */

export async function readConversations(tx: Tx, organisationId: string, complete: boolean, refs: PeopleLookups) {
  const where = { organisationId };
  // The private note (ConversationPrivateNote) and its access log (NoteAccess) are never read here.
  const conversations = await tx.conversation.findMany({
    where,
    select: {
      id: true,
      personId: true,
      managerId: true,
      heldOn: true,
      aspirations: true,
      strengths: true,
      energisers: true,
      developmentAreas: true,
      nextRole: true,
      track: true,
      supportNeeded: true,
      sharedNotes: true,
      nextConversationOn: true,
      createdAt: true,
    },
  });
  const actions = await tx.conversationAction.findMany({ where, select: { conversationId: true, ownerId: true, description: true, dueOn: true, status: true, completedAt: true, createdAt: true } });
  const preparations = await tx.conversationPreparation.findMany({
    where: complete ? where : { organisationId, conversationId: { not: null } },
    select: { conversationId: true, personId: true, text: true, createdAt: true },
  });
  const actionsOf = groupBy(actions, (row) => row.conversationId);
  const preparationsOf = groupBy(preparations, (row) => row.conversationId);
  const preparation = (row: (typeof preparations)[number]) => ({ person: refs.email(row.personId), text: row.text, createdAt: iso(row.createdAt) });

  const attached = sortRecords(
    conversations.map(({ id, personId, managerId, heldOn, nextConversationOn, createdAt, ...shared }) => ({
      person: refs.email(personId),
      manager: refs.emailOrNull(managerId),
      heldOn: toDateOnly(heldOn),
      ...shared,
      nextConversationOn: toDateOnly(nextConversationOn),
      createdAt: iso(createdAt),
      actions: sortRecords(
        (actionsOf.get(id) ?? []).map((row) => ({
          owner: refs.emailOrNull(row.ownerId),
          description: row.description,
          dueOn: toDateOnly(row.dueOn),
          status: row.status,
          completedAt: isoOrNull(row.completedAt),
          createdAt: iso(row.createdAt),
        })),
        (row) => [row.createdAt, row.description],
      ),
      preparations: sortRecords((preparationsOf.get(id) ?? []).map(preparation), (row) => [row.createdAt]),
    })),
    (row) => [row.person, row.heldOn, row.createdAt],
  );
  const open = sortRecords(
    preparations.filter((row) => row.conversationId === null).map(preparation),
    (row) => [row.person, row.createdAt],
  );
  return { attached, open };
}

export async function readPlans(tx: Tx, organisationId: string, email: (id: string) => string) {
  const where = { organisationId };
  const plans = await tx.developmentPlan.findMany({ where, select: { id: true, personId: true, createdAt: true } });
  const goals = await tx.planGoal.findMany({ where, select: { id: true, planId: true, title: true, competencyKey: true, competencyName: true, position: true, createdAt: true } });
  const actions = await tx.planAction.findMany({ where, select: { planId: true, goalId: true, title: true, type: true, status: true, dueOn: true, completedAt: true, createdAt: true } });
  const goalsOf = groupBy(goals, (row) => row.planId);
  const actionsOfGoal = groupBy(actions, (row) => row.goalId);
  const looseActionsOf = groupBy(
    actions.filter((row) => row.goalId === null),
    (row) => row.planId,
  );
  const action = (row: (typeof actions)[number]) => ({
    title: row.title,
    type: row.type,
    status: row.status,
    dueOn: toDateOnly(row.dueOn),
    completedAt: isoOrNull(row.completedAt),
    createdAt: iso(row.createdAt),
  });
  const sortActions = (rows: (typeof actions)[number][] | undefined) => sortRecords((rows ?? []).map(action), (row) => [row.createdAt, row.title]);
  return sortRecords(
    plans.map((plan) => ({
      person: email(plan.personId),
      createdAt: iso(plan.createdAt),
      goals: sortRecords(
        (goalsOf.get(plan.id) ?? []).map((goal) => ({
          title: goal.title,
          competencyKey: goal.competencyKey,
          competencyName: goal.competencyName,
          position: goal.position,
          createdAt: iso(goal.createdAt),
          actions: sortActions(actionsOfGoal.get(goal.id)),
        })),
        (goal) => [goal.position, goal.createdAt],
      ),
      actions: sortActions(looseActionsOf.get(plan.id)),
    })),
    (row) => [row.person],
  );
}

export async function readSupporters(tx: Tx, organisationId: string, refs: { email: (id: string) => string; frameworkKey: (id: string) => string }) {
  const where = { organisationId };
  const profiles = await tx.supporterProfile.findMany({
    where,
    select: { id: true, personId: true, offersCoaching: true, offersMentoring: true, capacity: true, about: true, createdAt: true },
  });
  const strengths = await tx.supporterStrength.findMany({ where, select: { profileId: true, frameworkId: true, competencyKey: true, competencyName: true } });
  const strengthsOf = groupBy(strengths, (row) => row.profileId);
  return sortRecords(
    profiles.map(({ id, personId, createdAt, ...profile }) => ({
      person: refs.email(personId),
      ...profile,
      createdAt: iso(createdAt),
      strengths: sortRecords(
        (strengthsOf.get(id) ?? []).map((row) => ({ framework: refs.frameworkKey(row.frameworkId), competencyKey: row.competencyKey, competencyName: row.competencyName })),
        (row) => [row.framework, row.competencyKey],
      ),
    })),
    (row) => [row.person],
  );
}

export async function readRelationships(tx: Tx, organisationId: string, complete: boolean, refs: PeopleLookups) {
  const where = { organisationId };
  const relationships = await tx.supportRelationship.findMany({
    where,
    select: { id: true, kind: true, supporterId: true, leaderId: true, goals: true, startOn: true, endOn: true, status: true, endedAt: true, createdById: true, createdAt: true },
  });
  const sessions = await tx.supportSession.findMany({ where, select: { relationshipId: true, heldOn: true, notes: complete, authorId: true, createdAt: true } });
  const sessionsOf = groupBy(sessions, (row) => row.relationshipId);
  return sortRecords(
    relationships.map((row) => ({
      kind: row.kind,
      supporter: refs.email(row.supporterId),
      leader: refs.email(row.leaderId),
      goals: row.goals,
      startOn: toDateOnly(row.startOn),
      endOn: toDateOnly(row.endOn),
      status: row.status,
      endedAt: isoOrNull(row.endedAt),
      createdBy: refs.emailOrNull(row.createdById),
      createdAt: iso(row.createdAt),
      sessions: sortRecords(
        (sessionsOf.get(row.id) ?? []).map((session) => ({
          heldOn: toDateOnly(session.heldOn),
          notes: session.notes ?? "",
          author: refs.emailOrNull(session.authorId),
          createdAt: iso(session.createdAt),
        })),
        (session) => [session.heldOn, session.createdAt],
      ),
    })),
    (row) => [row.supporter, row.leader, row.kind, row.startOn, row.createdAt],
  );
}

export async function readFeedback(tx: Tx, organisationId: string, email: (id: string) => string) {
  const where = { organisationId };
  const requests = await tx.feedbackRequest.findMany({ where, select: { id: true, requesterId: true, message: true, competencies: true, anonymous: true, createdAt: true } });
  const responses = await tx.feedbackResponse.findMany({ where, select: { requestId: true, respondentId: true, answers: true, answeredAt: true, declinedAt: true, createdAt: true } });
  const responsesOf = groupBy(responses, (row) => row.requestId);
  return sortRecords(
    requests.map((request) => ({
      requester: email(request.requesterId),
      message: request.message,
      competencies: storedCompetenciesSchema.parse(request.competencies),
      anonymous: request.anonymous,
      createdAt: iso(request.createdAt),
      responses: sortRecords(
        (responsesOf.get(request.id) ?? []).map((row) => ({
          respondent: email(row.respondentId),
          answers: row.answers === null ? null : storedAnswersSchema.parse(row.answers),
          answeredAt: isoOrNull(row.answeredAt),
          declinedAt: isoOrNull(row.declinedAt),
          createdAt: iso(row.createdAt),
        })),
        (row) => [row.respondent],
      ),
    })),
    (row) => [row.requester, row.createdAt],
  );
}
