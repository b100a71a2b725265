-- CreateEnum
CREATE TYPE "LeadershipTrack" AS ENUM ('UNDECIDED', 'PEOPLE_LEADER', 'IC_LEADER');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "LearningType" AS ENUM ('EXPERIENCE', 'PEOPLE', 'FORMAL');

-- CreateEnum
CREATE TYPE "PlanActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "SupportKind" AS ENUM ('COACHING', 'MENTORING');

-- CreateEnum
CREATE TYPE "RelationshipStatus" AS ENUM ('ACTIVE', 'ENDED');

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "managerId" TEXT,
    "heldOn" DATE NOT NULL,
    "aspirations" TEXT NOT NULL DEFAULT '',
    "strengths" TEXT NOT NULL DEFAULT '',
    "energisers" TEXT NOT NULL DEFAULT '',
    "developmentAreas" TEXT NOT NULL DEFAULT '',
    "nextRole" TEXT NOT NULL DEFAULT '',
    "track" "LeadershipTrack" NOT NULL DEFAULT 'UNDECIDED',
    "supportNeeded" TEXT NOT NULL DEFAULT '',
    "sharedNotes" TEXT NOT NULL DEFAULT '',
    "nextConversationOn" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationPrivateNote" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationPrivateNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationPreparation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "conversationId" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationPreparation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationAction" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "ownerId" TEXT,
    "description" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoteAccess" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "readerId" TEXT,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NoteAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderDelivery" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentPlan" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DevelopmentPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanGoal" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "competencyKey" TEXT,
    "competencyName" TEXT,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "goalId" TEXT,
    "title" TEXT NOT NULL,
    "type" "LearningType" NOT NULL,
    "status" "PlanActionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "dueOn" DATE NOT NULL,
    "completedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupporterProfile" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "offersCoaching" BOOLEAN NOT NULL DEFAULT false,
    "offersMentoring" BOOLEAN NOT NULL DEFAULT true,
    "capacity" INTEGER NOT NULL DEFAULT 2,
    "about" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupporterProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupporterStrength" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "competencyKey" TEXT NOT NULL,
    "competencyName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupporterStrength_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportRelationship" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "SupportKind" NOT NULL,
    "supporterId" TEXT NOT NULL,
    "leaderId" TEXT NOT NULL,
    "goals" TEXT NOT NULL,
    "startOn" DATE NOT NULL,
    "endOn" DATE NOT NULL,
    "status" "RelationshipStatus" NOT NULL DEFAULT 'ACTIVE',
    "endedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportRelationship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportSession" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "relationshipId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackRequest" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "competencies" JSONB NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedbackRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackResponse" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "respondentId" TEXT NOT NULL,
    "answers" JSONB,
    "answeredAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedbackResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Conversation_organisationId_personId_heldOn_idx" ON "Conversation"("organisationId", "personId", "heldOn");

-- CreateIndex
CREATE INDEX "Conversation_organisationId_nextConversationOn_idx" ON "Conversation"("organisationId", "nextConversationOn");

-- CreateIndex
CREATE INDEX "Conversation_personId_idx" ON "Conversation"("personId");

-- CreateIndex
CREATE INDEX "Conversation_managerId_idx" ON "Conversation"("managerId");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationPrivateNote_conversationId_key" ON "ConversationPrivateNote"("conversationId");

-- CreateIndex
CREATE INDEX "ConversationPrivateNote_organisationId_idx" ON "ConversationPrivateNote"("organisationId");

-- CreateIndex
CREATE INDEX "ConversationPrivateNote_authorId_idx" ON "ConversationPrivateNote"("authorId");

-- CreateIndex
CREATE INDEX "ConversationPreparation_organisationId_personId_idx" ON "ConversationPreparation"("organisationId", "personId");

-- CreateIndex
CREATE INDEX "ConversationPreparation_personId_idx" ON "ConversationPreparation"("personId");

-- CreateIndex
CREATE INDEX "ConversationPreparation_conversationId_idx" ON "ConversationPreparation"("conversationId");

-- CreateIndex
CREATE INDEX "ConversationAction_organisationId_status_dueOn_idx" ON "ConversationAction"("organisationId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "ConversationAction_conversationId_idx" ON "ConversationAction"("conversationId");

-- CreateIndex
CREATE INDEX "ConversationAction_ownerId_idx" ON "ConversationAction"("ownerId");

-- CreateIndex
CREATE INDEX "NoteAccess_organisationId_subjectId_createdAt_idx" ON "NoteAccess"("organisationId", "subjectId", "createdAt");

-- CreateIndex
CREATE INDEX "NoteAccess_subjectId_idx" ON "NoteAccess"("subjectId");

-- CreateIndex
CREATE INDEX "NoteAccess_conversationId_idx" ON "NoteAccess"("conversationId");

-- CreateIndex
CREATE INDEX "NoteAccess_readerId_idx" ON "NoteAccess"("readerId");

-- CreateIndex
CREATE INDEX "ReminderDelivery_organisationId_idx" ON "ReminderDelivery"("organisationId");

-- CreateIndex
CREATE INDEX "ReminderDelivery_recipientId_idx" ON "ReminderDelivery"("recipientId");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderDelivery_key_recipientId_key" ON "ReminderDelivery"("key", "recipientId");

-- CreateIndex
CREATE UNIQUE INDEX "DevelopmentPlan_personId_key" ON "DevelopmentPlan"("personId");

-- CreateIndex
CREATE INDEX "DevelopmentPlan_organisationId_idx" ON "DevelopmentPlan"("organisationId");

-- CreateIndex
CREATE INDEX "PlanGoal_organisationId_idx" ON "PlanGoal"("organisationId");

-- CreateIndex
CREATE INDEX "PlanGoal_planId_idx" ON "PlanGoal"("planId");

-- CreateIndex
CREATE INDEX "PlanAction_organisationId_type_idx" ON "PlanAction"("organisationId", "type");

-- CreateIndex
CREATE INDEX "PlanAction_planId_idx" ON "PlanAction"("planId");

-- CreateIndex
CREATE INDEX "PlanAction_goalId_idx" ON "PlanAction"("goalId");

-- CreateIndex
CREATE UNIQUE INDEX "SupporterProfile_personId_key" ON "SupporterProfile"("personId");

-- CreateIndex
CREATE INDEX "SupporterProfile_organisationId_idx" ON "SupporterProfile"("organisationId");

-- CreateIndex
CREATE INDEX "SupporterStrength_organisationId_frameworkId_competencyKey_idx" ON "SupporterStrength"("organisationId", "frameworkId", "competencyKey");

-- CreateIndex
CREATE INDEX "SupporterStrength_frameworkId_idx" ON "SupporterStrength"("frameworkId");

-- CreateIndex
CREATE UNIQUE INDEX "SupporterStrength_profileId_frameworkId_competencyKey_key" ON "SupporterStrength"("profileId", "frameworkId", "competencyKey");

-- CreateIndex
CREATE INDEX "SupportRelationship_organisationId_status_idx" ON "SupportRelationship"("organisationId", "status");

-- CreateIndex
CREATE INDEX "SupportRelationship_supporterId_status_idx" ON "SupportRelationship"("supporterId", "status");

-- CreateIndex
CREATE INDEX "SupportRelationship_leaderId_idx" ON "SupportRelationship"("leaderId");

-- CreateIndex
CREATE INDEX "SupportRelationship_createdById_idx" ON "SupportRelationship"("createdById");

-- CreateIndex
CREATE INDEX "SupportSession_organisationId_heldOn_idx" ON "SupportSession"("organisationId", "heldOn");

-- CreateIndex
CREATE INDEX "SupportSession_relationshipId_heldOn_idx" ON "SupportSession"("relationshipId", "heldOn");

-- CreateIndex
CREATE INDEX "SupportSession_authorId_idx" ON "SupportSession"("authorId");

-- CreateIndex
CREATE INDEX "FeedbackRequest_organisationId_createdAt_idx" ON "FeedbackRequest"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "FeedbackRequest_requesterId_idx" ON "FeedbackRequest"("requesterId");

-- CreateIndex
CREATE INDEX "FeedbackResponse_organisationId_idx" ON "FeedbackResponse"("organisationId");

-- CreateIndex
CREATE INDEX "FeedbackResponse_respondentId_idx" ON "FeedbackResponse"("respondentId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackResponse_requestId_respondentId_key" ON "FeedbackResponse"("requestId", "respondentId");

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationPrivateNote" ADD CONSTRAINT "ConversationPrivateNote_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationPrivateNote" ADD CONSTRAINT "ConversationPrivateNote_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationPrivateNote" ADD CONSTRAINT "ConversationPrivateNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationPreparation" ADD CONSTRAINT "ConversationPreparation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationPreparation" ADD CONSTRAINT "ConversationPreparation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationPreparation" ADD CONSTRAINT "ConversationPreparation_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationAction" ADD CONSTRAINT "ConversationAction_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationAction" ADD CONSTRAINT "ConversationAction_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationAction" ADD CONSTRAINT "ConversationAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteAccess" ADD CONSTRAINT "NoteAccess_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteAccess" ADD CONSTRAINT "NoteAccess_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteAccess" ADD CONSTRAINT "NoteAccess_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteAccess" ADD CONSTRAINT "NoteAccess_readerId_fkey" FOREIGN KEY ("readerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanGoal" ADD CONSTRAINT "PlanGoal_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanGoal" ADD CONSTRAINT "PlanGoal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "DevelopmentPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "DevelopmentPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "PlanGoal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterProfile" ADD CONSTRAINT "SupporterProfile_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterProfile" ADD CONSTRAINT "SupporterProfile_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterStrength" ADD CONSTRAINT "SupporterStrength_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterStrength" ADD CONSTRAINT "SupporterStrength_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "SupporterProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterStrength" ADD CONSTRAINT "SupporterStrength_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRelationship" ADD CONSTRAINT "SupportRelationship_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRelationship" ADD CONSTRAINT "SupportRelationship_supporterId_fkey" FOREIGN KEY ("supporterId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRelationship" ADD CONSTRAINT "SupportRelationship_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRelationship" ADD CONSTRAINT "SupportRelationship_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportSession" ADD CONSTRAINT "SupportSession_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportSession" ADD CONSTRAINT "SupportSession_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "SupportRelationship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportSession" ADD CONSTRAINT "SupportSession_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackRequest" ADD CONSTRAINT "FeedbackRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackRequest" ADD CONSTRAINT "FeedbackRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackResponse" ADD CONSTRAINT "FeedbackResponse_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackResponse" ADD CONSTRAINT "FeedbackResponse_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "FeedbackRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackResponse" ADD CONSTRAINT "FeedbackResponse_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules the data must keep whatever writes it.
ALTER TABLE "SupporterProfile" ADD CONSTRAINT "SupporterProfile_capacity_check" CHECK ("capacity" BETWEEN 0 AND 50);
ALTER TABLE "SupportRelationship" ADD CONSTRAINT "SupportRelationship_dates_check" CHECK ("endOn" >= "startOn");
ALTER TABLE "SupportRelationship" ADD CONSTRAINT "SupportRelationship_people_check" CHECK ("supporterId" <> "leaderId");
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_next_check" CHECK ("nextConversationOn" > "heldOn");
