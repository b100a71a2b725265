-- CreateEnum
CREATE TYPE "ItemOwner" AS ENUM ('INDIVIDUAL', 'MANAGER', 'HR', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('TASK', 'ACKNOWLEDGE_CHARTER', 'REFLECTION', 'CONVERSATION', 'MINDSET_PRACTICE');

-- CreateEnum
CREATE TYPE "ItemStatus" AS ENUM ('OPEN', 'DONE', 'WAIVED');

-- CreateEnum
CREATE TYPE "InductionStatus" AS ENUM ('ACTIVE', 'COMPLETED');

-- CreateEnum
CREATE TYPE "AssessmentKind" AS ENUM ('SELF', 'MANAGER');

-- CreateEnum
CREATE TYPE "AssessmentMoment" AS ENUM ('START', 'END', 'ON_DEMAND');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Europe/London';

-- CreateTable
CREATE TABLE "InductionTemplate" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "jobRoleId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InductionTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemplatePhase" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TemplatePhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemplateItem" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "guidance" TEXT NOT NULL DEFAULT '',
    "owner" "ItemOwner" NOT NULL,
    "kind" "ItemKind" NOT NULL,
    "dueOffsetDays" INTEGER NOT NULL,
    "competencyKey" TEXT,
    "needsSignOff" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TemplateItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MindsetSection" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "practices" TEXT[],
    "prompts" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MindsetSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cohort" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Induction" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "jobRoleId" TEXT NOT NULL,
    "templateId" TEXT,
    "cohortId" TEXT,
    "managerId" TEXT,
    "supporterId" TEXT,
    "startDate" DATE NOT NULL,
    "status" "InductionStatus" NOT NULL DEFAULT 'ACTIVE',
    "completedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Induction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InductionPhase" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "inductionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InductionPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InductionItem" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "inductionId" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "guidance" TEXT NOT NULL DEFAULT '',
    "owner" "ItemOwner" NOT NULL,
    "kind" "ItemKind" NOT NULL,
    "dueDate" DATE NOT NULL,
    "competencyKey" TEXT,
    "needsSignOff" BOOLEAN NOT NULL DEFAULT false,
    "status" "ItemStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "waivedReason" TEXT,
    "signedOffAt" TIMESTAMP(3),
    "signedOffById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InductionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemEvidence" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ItemEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reflection" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "inductionId" TEXT NOT NULL,
    "itemId" TEXT,
    "authorId" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sharedWithManager" BOOLEAN NOT NULL DEFAULT false,
    "sharedWithSupporter" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reflection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "assessorId" TEXT,
    "inductionId" TEXT,
    "charterVersionId" TEXT NOT NULL,
    "kind" "AssessmentKind" NOT NULL,
    "moment" "AssessmentMoment" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentRating" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "competencyKey" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentRating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InductionTemplate_jobRoleId_idx" ON "InductionTemplate"("jobRoleId");

-- CreateIndex
CREATE UNIQUE INDEX "InductionTemplate_organisationId_name_key" ON "InductionTemplate"("organisationId", "name");

-- CreateIndex
CREATE INDEX "TemplatePhase_organisationId_idx" ON "TemplatePhase"("organisationId");

-- CreateIndex
CREATE INDEX "TemplatePhase_templateId_idx" ON "TemplatePhase"("templateId");

-- CreateIndex
CREATE INDEX "TemplateItem_organisationId_idx" ON "TemplateItem"("organisationId");

-- CreateIndex
CREATE INDEX "TemplateItem_templateId_idx" ON "TemplateItem"("templateId");

-- CreateIndex
CREATE INDEX "TemplateItem_phaseId_idx" ON "TemplateItem"("phaseId");

-- CreateIndex
CREATE UNIQUE INDEX "MindsetSection_organisationId_title_key" ON "MindsetSection"("organisationId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Cohort_organisationId_name_key" ON "Cohort"("organisationId", "name");

-- CreateIndex
CREATE INDEX "Induction_organisationId_status_idx" ON "Induction"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Induction_personId_idx" ON "Induction"("personId");

-- CreateIndex
CREATE INDEX "Induction_jobRoleId_idx" ON "Induction"("jobRoleId");

-- CreateIndex
CREATE INDEX "Induction_templateId_idx" ON "Induction"("templateId");

-- CreateIndex
CREATE INDEX "Induction_cohortId_idx" ON "Induction"("cohortId");

-- CreateIndex
CREATE INDEX "Induction_managerId_idx" ON "Induction"("managerId");

-- CreateIndex
CREATE INDEX "Induction_supporterId_idx" ON "Induction"("supporterId");

-- CreateIndex
CREATE INDEX "InductionPhase_organisationId_idx" ON "InductionPhase"("organisationId");

-- CreateIndex
CREATE INDEX "InductionPhase_inductionId_idx" ON "InductionPhase"("inductionId");

-- CreateIndex
CREATE INDEX "InductionItem_inductionId_idx" ON "InductionItem"("inductionId");

-- CreateIndex
CREATE INDEX "InductionItem_phaseId_idx" ON "InductionItem"("phaseId");

-- CreateIndex
CREATE INDEX "InductionItem_organisationId_status_dueDate_idx" ON "InductionItem"("organisationId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "InductionItem_organisationId_owner_status_idx" ON "InductionItem"("organisationId", "owner", "status");

-- CreateIndex
CREATE INDEX "InductionItem_completedById_idx" ON "InductionItem"("completedById");

-- CreateIndex
CREATE INDEX "InductionItem_signedOffById_idx" ON "InductionItem"("signedOffById");

-- CreateIndex
CREATE INDEX "ItemEvidence_organisationId_idx" ON "ItemEvidence"("organisationId");

-- CreateIndex
CREATE INDEX "ItemEvidence_itemId_idx" ON "ItemEvidence"("itemId");

-- CreateIndex
CREATE INDEX "ItemEvidence_authorId_idx" ON "ItemEvidence"("authorId");

-- CreateIndex
CREATE INDEX "Reflection_organisationId_idx" ON "Reflection"("organisationId");

-- CreateIndex
CREATE INDEX "Reflection_inductionId_idx" ON "Reflection"("inductionId");

-- CreateIndex
CREATE INDEX "Reflection_itemId_idx" ON "Reflection"("itemId");

-- CreateIndex
CREATE INDEX "Reflection_authorId_idx" ON "Reflection"("authorId");

-- CreateIndex
CREATE INDEX "Assessment_organisationId_kind_moment_idx" ON "Assessment"("organisationId", "kind", "moment");

-- CreateIndex
CREATE INDEX "Assessment_subjectId_idx" ON "Assessment"("subjectId");

-- CreateIndex
CREATE INDEX "Assessment_assessorId_idx" ON "Assessment"("assessorId");

-- CreateIndex
CREATE INDEX "Assessment_inductionId_idx" ON "Assessment"("inductionId");

-- CreateIndex
CREATE INDEX "Assessment_charterVersionId_idx" ON "Assessment"("charterVersionId");

-- CreateIndex
CREATE INDEX "AssessmentRating_organisationId_competencyKey_idx" ON "AssessmentRating"("organisationId", "competencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentRating_assessmentId_competencyKey_key" ON "AssessmentRating"("assessmentId", "competencyKey");

-- AddForeignKey
ALTER TABLE "InductionTemplate" ADD CONSTRAINT "InductionTemplate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InductionTemplate" ADD CONSTRAINT "InductionTemplate_jobRoleId_fkey" FOREIGN KEY ("jobRoleId") REFERENCES "JobRole"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplatePhase" ADD CONSTRAINT "TemplatePhase_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplatePhase" ADD CONSTRAINT "TemplatePhase_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "InductionTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateItem" ADD CONSTRAINT "TemplateItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateItem" ADD CONSTRAINT "TemplateItem_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "InductionTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateItem" ADD CONSTRAINT "TemplateItem_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "TemplatePhase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MindsetSection" ADD CONSTRAINT "MindsetSection_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Induction" ADD CONSTRAINT "Induction_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Induction" ADD CONSTRAINT "Induction_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Induction" ADD CONSTRAINT "Induction_jobRoleId_fkey" FOREIGN KEY ("jobRoleId") REFERENCES "JobRole"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Induction" ADD CONSTRAINT "Induction_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "InductionTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Induction" ADD CONSTRAINT "Induction_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Induction" ADD CONSTRAINT "Induction_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Induction" ADD CONSTRAINT "Induction_supporterId_fkey" FOREIGN KEY ("supporterId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InductionPhase" ADD CONSTRAINT "InductionPhase_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InductionPhase" ADD CONSTRAINT "InductionPhase_inductionId_fkey" FOREIGN KEY ("inductionId") REFERENCES "Induction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InductionItem" ADD CONSTRAINT "InductionItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InductionItem" ADD CONSTRAINT "InductionItem_inductionId_fkey" FOREIGN KEY ("inductionId") REFERENCES "Induction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InductionItem" ADD CONSTRAINT "InductionItem_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "InductionPhase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InductionItem" ADD CONSTRAINT "InductionItem_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InductionItem" ADD CONSTRAINT "InductionItem_signedOffById_fkey" FOREIGN KEY ("signedOffById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemEvidence" ADD CONSTRAINT "ItemEvidence_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemEvidence" ADD CONSTRAINT "ItemEvidence_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "InductionItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemEvidence" ADD CONSTRAINT "ItemEvidence_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_inductionId_fkey" FOREIGN KEY ("inductionId") REFERENCES "Induction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "InductionItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_inductionId_fkey" FOREIGN KEY ("inductionId") REFERENCES "Induction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_charterVersionId_fkey" FOREIGN KEY ("charterVersionId") REFERENCES "CharterVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRating" ADD CONSTRAINT "AssessmentRating_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRating" ADD CONSTRAINT "AssessmentRating_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------
-- Hand-written: a person is in at most one running induction at a time.
CREATE UNIQUE INDEX "Induction_one_active_per_person" ON "Induction"("personId") WHERE "status" = 'ACTIVE';
