import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/db/generated/client";
import { fromDateOnly } from "@/lib/inductions/dates";
import type { OrganisationDocument } from "./document";

/**
 * The rows an organisation file becomes, table by table, with ids made here (random UUIDs, as
 * the people CSV import makes them) so that children can name their parents before anything is
 * written. Pure: import.ts writes them in this order, in one transaction. References were
 * checked by references.ts, so a lookup that fails here is a bug, and says so.
 */

const at = (value: string) => new Date(value);
const atOrNull = (value: string | null) => (value === null ? null : new Date(value));
const json = (value: unknown) => value as Prisma.InputJsonValue;

function idMap(what: string) {
  const ids = new Map<string, string>();
  return {
    add(key: string): string {
      const id = randomUUID();
      ids.set(key, id);
      return id;
    },
    get(key: string): string {
      const id = ids.get(key);
      if (!id) throw new Error(`The import lost track of the ${what} "${key}".`);
      return id;
    },
    getOrNull(key: string | null): string | null {
      return key === null ? null : this.get(key);
    },
  };
}

/** Parents before children: people after their managers, roles after the roles they follow, so one INSERT order satisfies every self-reference. */
function parentsFirst<T>(items: readonly T[], keyOf: (item: T) => string, parentOf: (item: T) => string | null): T[] {
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  const placed = new Set<string>();
  const ordered: T[] = [];
  const place = (item: T) => {
    const key = keyOf(item);
    if (placed.has(key)) return;
    placed.add(key); // before the parent: references.ts refused loops, this only guards against them
    const parent = parentOf(item);
    const parentItem = parent === null ? undefined : byKey.get(parent);
    if (parentItem) place(parentItem);
    ordered.push(item);
  };
  items.forEach(place);
  return ordered;
}

export type PlannedRows = ReturnType<typeof planRows>;

export function planRows(doc: OrganisationDocument, organisationId: string, passwordHashes: ReadonlyMap<string, string>) {
  const o = { organisationId };
  const people = idMap("person");
  const roles = idMap("job role");
  const frameworks = idMap("framework");
  const frameworkVersions = idMap("framework version");
  const charterVersions = idMap("charter version");
  const templates = idMap("template");
  const cohorts = idMap("cohort");
  const inductions = idMap("induction");
  const items = idMap("induction item");

  const jobRole: Prisma.JobRoleCreateManyInput[] = parentsFirst(doc.jobRoles, (role) => role.title, (role) => role.usuallyFollows).map((role) => ({
    ...o,
    id: roles.add(role.title),
    title: role.title,
    description: role.description,
    track: role.track,
    careerStage: role.careerStage,
    usuallyFollowsId: roles.getOrNull(role.usuallyFollows),
  }));

  const person: Prisma.PersonCreateManyInput[] = parentsFirst(doc.people, (item) => item.email, (item) => item.manager).map((item) => ({
    ...o,
    id: people.add(item.email),
    email: item.email,
    name: item.name,
    roles: item.roles,
    jobRoleId: roles.getOrNull(item.jobRole),
    managerId: people.getOrNull(item.manager),
    active: item.active,
    deactivatedAt: atOrNull(item.deactivatedAt),
    passwordHash: passwordHashes.get(item.email) ?? null,
  }));

  type Lifecycle = Pick<OrganisationDocument["frameworks"][number]["versions"][number], "number" | "status" | "publishedAt" | "publishedBy" | "archivedAt" | "createdAt">;
  const lifecycle = (version: Lifecycle) => ({
    number: version.number,
    status: version.status,
    publishedAt: atOrNull(version.publishedAt),
    publishedById: people.getOrNull(version.publishedBy),
    archivedAt: atOrNull(version.archivedAt),
    createdAt: at(version.createdAt),
  });

  const framework: Prisma.FrameworkCreateManyInput[] = [];
  const frameworkVersion: Prisma.FrameworkVersionCreateManyInput[] = [];
  for (const item of doc.frameworks) {
    const frameworkId = frameworks.add(item.key);
    framework.push({ ...o, id: frameworkId, name: item.name, createdAt: at(item.createdAt) });
    for (const version of item.versions) {
      frameworkVersion.push({ ...o, id: frameworkVersions.add(`${item.key}#${version.number}`), frameworkId, ...lifecycle(version), content: json(version.content) });
    }
  }

  const charter: Prisma.CharterCreateManyInput[] = [];
  const charterVersion: Prisma.CharterVersionCreateManyInput[] = [];
  const charterAcknowledgement: Prisma.CharterAcknowledgementCreateManyInput[] = [];
  const charterQuestion: Prisma.CharterQuestionCreateManyInput[] = [];
  for (const item of doc.charters) {
    const charterId = randomUUID();
    charter.push({ ...o, id: charterId, jobRoleId: roles.get(item.jobRole), createdAt: at(item.createdAt) });
    for (const version of item.versions) {
      const charterVersionId = charterVersions.add(`${item.jobRole}#${version.number}`);
      const pinned = version.frameworkVersion;
      charterVersion.push({
        ...o,
        id: charterVersionId,
        charterId,
        ...lifecycle(version),
        content: json(version.content),
        frameworkVersionId: pinned ? frameworkVersions.get(`${pinned.framework}#${pinned.number}`) : null,
      });
      for (const row of version.acknowledgements) {
        charterAcknowledgement.push({ ...o, charterVersionId, personId: people.get(row.person), acknowledgedAt: at(row.acknowledgedAt), id: randomUUID() });
      }
      for (const row of version.questions) {
        charterQuestion.push({ ...o, charterVersionId, personId: people.get(row.person), question: row.question, createdAt: at(row.createdAt), id: randomUUID() });
      }
    }
  }

  const inductionTemplate: Prisma.InductionTemplateCreateManyInput[] = [];
  const templatePhase: Prisma.TemplatePhaseCreateManyInput[] = [];
  const templateItem: Prisma.TemplateItemCreateManyInput[] = [];
  for (const item of doc.inductionTemplates) {
    const templateId = templates.add(item.name);
    inductionTemplate.push({ ...o, id: templateId, name: item.name, description: item.description, jobRoleId: roles.getOrNull(item.jobRole), createdAt: at(item.createdAt) });
    for (const phase of item.phases) {
      const phaseId = randomUUID();
      templatePhase.push({ ...o, id: phaseId, templateId, name: phase.name, position: phase.position });
      for (const row of phase.items) templateItem.push({ ...o, id: randomUUID(), templateId, phaseId, ...row });
    }
  }

  const mindsetSection: Prisma.MindsetSectionCreateManyInput[] = doc.mindsetSections.map((item) => ({ ...o, id: randomUUID(), ...item, createdAt: at(item.createdAt) }));
  const cohort: Prisma.CohortCreateManyInput[] = doc.cohorts.map((item) => ({ ...o, id: cohorts.add(item.name), name: item.name, createdAt: at(item.createdAt) }));

  const induction: Prisma.InductionCreateManyInput[] = [];
  const inductionPhase: Prisma.InductionPhaseCreateManyInput[] = [];
  const inductionItem: Prisma.InductionItemCreateManyInput[] = [];
  const itemEvidence: Prisma.ItemEvidenceCreateManyInput[] = [];
  for (const item of doc.inductions) {
    const inductionId = inductions.add(item.key);
    induction.push({
      ...o,
      id: inductionId,
      personId: people.get(item.person),
      jobRoleId: roles.get(item.jobRole),
      templateId: item.template === null ? null : templates.get(item.template),
      cohortId: item.cohort === null ? null : cohorts.get(item.cohort),
      managerId: people.getOrNull(item.manager),
      supporterId: people.getOrNull(item.supporter),
      startDate: fromDateOnly(item.startDate),
      status: item.status,
      completedAt: atOrNull(item.completedAt),
      createdAt: at(item.createdAt),
    });
    for (const phase of item.phases) {
      const phaseId = randomUUID();
      inductionPhase.push({ ...o, id: phaseId, inductionId, name: phase.name, position: phase.position });
      for (const { key, evidence, completedBy, signedOffBy, dueDate, completedAt, signedOffAt, createdAt, ...row } of phase.items) {
        const itemId = items.add(`${item.key}#${key}`);
        inductionItem.push({
          ...o,
          ...row,
          id: itemId,
          inductionId,
          phaseId,
          dueDate: fromDateOnly(dueDate),
          completedAt: atOrNull(completedAt),
          completedById: people.getOrNull(completedBy),
          signedOffAt: atOrNull(signedOffAt),
          signedOffById: people.getOrNull(signedOffBy),
          createdAt: at(createdAt),
        });
        for (const row of evidence) {
          itemEvidence.push({ ...o, id: randomUUID(), itemId, authorId: people.getOrNull(row.author), text: row.text, url: row.url, createdAt: at(row.createdAt) });
        }
      }
    }
  }

  const reflection: Prisma.ReflectionCreateManyInput[] = doc.reflections.map((item) => ({
    ...o,
    id: randomUUID(),
    inductionId: inductions.get(item.induction),
    itemId: item.item === null ? null : items.get(`${item.induction}#${item.item}`),
    authorId: people.get(item.author),
    prompt: item.prompt,
    text: item.text,
    sharedWithManager: item.sharedWithManager,
    sharedWithSupporter: item.sharedWithSupporter,
    createdAt: at(item.createdAt),
  }));

  const assessment: Prisma.AssessmentCreateManyInput[] = [];
  const assessmentRating: Prisma.AssessmentRatingCreateManyInput[] = [];
  for (const item of doc.assessments) {
    const assessmentId = randomUUID();
    assessment.push({
      ...o,
      id: assessmentId,
      subjectId: people.get(item.subject),
      assessorId: people.getOrNull(item.assessor),
      inductionId: item.induction === null ? null : inductions.get(item.induction),
      charterVersionId: charterVersions.get(`${item.charterVersion.jobRole}#${item.charterVersion.number}`),
      kind: item.kind,
      moment: item.moment,
      createdAt: at(item.createdAt),
    });
    for (const rating of item.ratings) assessmentRating.push({ ...o, id: randomUUID(), assessmentId, ...rating });
  }

  const conversation: Prisma.ConversationCreateManyInput[] = [];
  const conversationAction: Prisma.ConversationActionCreateManyInput[] = [];
  const conversationPreparation: Prisma.ConversationPreparationCreateManyInput[] = [];
  for (const { person: personEmail, manager, heldOn, nextConversationOn, createdAt, actions, preparations, ...shared } of doc.conversations) {
    const conversationId = randomUUID();
    conversation.push({
      ...o,
      ...shared,
      id: conversationId,
      personId: people.get(personEmail),
      managerId: people.getOrNull(manager),
      heldOn: fromDateOnly(heldOn),
      nextConversationOn: fromDateOnly(nextConversationOn),
      createdAt: at(createdAt),
    });
    for (const row of actions) {
      conversationAction.push({
        ...o,
        id: randomUUID(),
        conversationId,
        ownerId: people.getOrNull(row.owner),
        description: row.description,
        dueOn: fromDateOnly(row.dueOn),
        status: row.status,
        completedAt: atOrNull(row.completedAt),
        createdAt: at(row.createdAt),
      });
    }
    for (const row of preparations) conversationPreparation.push({ ...o, id: randomUUID(), conversationId, personId: people.get(row.person), text: row.text, createdAt: at(row.createdAt) });
  }
  for (const row of doc.openPreparations) conversationPreparation.push({ ...o, id: randomUUID(), conversationId: null, personId: people.get(row.person), text: row.text, createdAt: at(row.createdAt) });

  const developmentPlan: Prisma.DevelopmentPlanCreateManyInput[] = [];
  const planGoal: Prisma.PlanGoalCreateManyInput[] = [];
  const planAction: Prisma.PlanActionCreateManyInput[] = [];
  for (const item of doc.plans) {
    const planId = randomUUID();
    developmentPlan.push({ ...o, id: planId, personId: people.get(item.person), createdAt: at(item.createdAt) });
    const addAction = (goalId: string | null) => (row: OrganisationDocument["plans"][number]["actions"][number]) =>
      planAction.push({ ...o, ...row, id: randomUUID(), planId, goalId, dueOn: fromDateOnly(row.dueOn), completedAt: atOrNull(row.completedAt), createdAt: at(row.createdAt) });
    for (const { actions, createdAt, ...goal } of item.goals) {
      const goalId = randomUUID();
      planGoal.push({ ...o, ...goal, id: goalId, planId, createdAt: at(createdAt) });
      actions.forEach(addAction(goalId));
    }
    item.actions.forEach(addAction(null));
  }

  const supporterProfile: Prisma.SupporterProfileCreateManyInput[] = [];
  const supporterStrength: Prisma.SupporterStrengthCreateManyInput[] = [];
  for (const { person: personEmail, strengths, createdAt, ...profile } of doc.supporters) {
    const profileId = randomUUID();
    supporterProfile.push({ ...o, ...profile, id: profileId, personId: people.get(personEmail), createdAt: at(createdAt) });
    for (const row of strengths) {
      supporterStrength.push({ ...o, id: randomUUID(), profileId, frameworkId: frameworks.get(row.framework), competencyKey: row.competencyKey, competencyName: row.competencyName });
    }
  }

  const supportRelationship: Prisma.SupportRelationshipCreateManyInput[] = [];
  const supportSession: Prisma.SupportSessionCreateManyInput[] = [];
  for (const item of doc.relationships) {
    const relationshipId = randomUUID();
    supportRelationship.push({
      ...o,
      id: relationshipId,
      kind: item.kind,
      supporterId: people.get(item.supporter),
      leaderId: people.get(item.leader),
      goals: item.goals,
      startOn: fromDateOnly(item.startOn),
      endOn: fromDateOnly(item.endOn),
      status: item.status,
      endedAt: atOrNull(item.endedAt),
      createdById: people.getOrNull(item.createdBy),
      createdAt: at(item.createdAt),
    });
    for (const row of item.sessions) {
      supportSession.push({ ...o, id: randomUUID(), relationshipId, heldOn: fromDateOnly(row.heldOn), notes: row.notes, authorId: people.getOrNull(row.author), createdAt: at(row.createdAt) });
    }
  }

  const feedbackRequest: Prisma.FeedbackRequestCreateManyInput[] = [];
  const feedbackResponse: Prisma.FeedbackResponseCreateManyInput[] = [];
  for (const item of doc.feedbackRequests) {
    const requestId = randomUUID();
    feedbackRequest.push({
      ...o,
      id: requestId,
      requesterId: people.get(item.requester),
      message: item.message,
      competencies: json(item.competencies),
      anonymous: item.anonymous,
      createdAt: at(item.createdAt),
    });
    for (const row of item.responses) {
      feedbackResponse.push({
        ...o,
        id: randomUUID(),
        requestId,
        respondentId: people.get(row.respondent),
        answers: row.answers === null ? Prisma.DbNull : json(row.answers),
        answeredAt: atOrNull(row.answeredAt),
        declinedAt: atOrNull(row.declinedAt),
        createdAt: at(row.createdAt),
      });
    }
  }

  // Table by table, parents first: written in this order, every foreign key is satisfied.
  return {
    JobRole: jobRole,
    Person: person,
    Framework: framework,
    FrameworkVersion: frameworkVersion,
    Charter: charter,
    CharterVersion: charterVersion,
    CharterAcknowledgement: charterAcknowledgement,
    CharterQuestion: charterQuestion,
    InductionTemplate: inductionTemplate,
    TemplatePhase: templatePhase,
    TemplateItem: templateItem,
    MindsetSection: mindsetSection,
    Cohort: cohort,
    Induction: induction,
    InductionPhase: inductionPhase,
    InductionItem: inductionItem,
    ItemEvidence: itemEvidence,
    Reflection: reflection,
    Assessment: assessment,
    AssessmentRating: assessmentRating,
    Conversation: conversation,
    ConversationAction: conversationAction,
    ConversationPreparation: conversationPreparation,
    DevelopmentPlan: developmentPlan,
    PlanGoal: planGoal,
    PlanAction: planAction,
    SupporterProfile: supporterProfile,
    SupporterStrength: supporterStrength,
    SupportRelationship: supportRelationship,
    SupportSession: supportSession,
    FeedbackRequest: feedbackRequest,
    FeedbackResponse: feedbackResponse,
  };
}
