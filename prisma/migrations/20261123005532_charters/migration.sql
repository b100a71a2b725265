-- Hand-edited: the framework lifecycle enum becomes the one every versioned document shares.
-- A rename keeps FrameworkVersion's rows, its one-draft index and its triggers.
ALTER TYPE "FrameworkVersionStatus" RENAME TO "VersionStatus";

-- CreateTable
CREATE TABLE "Charter" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "jobRoleId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Charter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CharterVersion" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "charterId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "VersionStatus" NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL,
    "frameworkVersionId" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CharterVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CharterAcknowledgement" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "charterVersionId" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CharterAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CharterQuestion" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "charterVersionId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CharterQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "href" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Charter_jobRoleId_key" ON "Charter"("jobRoleId");

-- CreateIndex
CREATE INDEX "Charter_organisationId_idx" ON "Charter"("organisationId");

-- CreateIndex
CREATE INDEX "CharterVersion_organisationId_status_idx" ON "CharterVersion"("organisationId", "status");

-- CreateIndex
CREATE INDEX "CharterVersion_charterId_idx" ON "CharterVersion"("charterId");

-- CreateIndex
CREATE INDEX "CharterVersion_frameworkVersionId_idx" ON "CharterVersion"("frameworkVersionId");

-- CreateIndex
CREATE INDEX "CharterVersion_publishedById_idx" ON "CharterVersion"("publishedById");

-- CreateIndex
CREATE UNIQUE INDEX "CharterVersion_charterId_number_key" ON "CharterVersion"("charterId", "number");

-- CreateIndex
CREATE INDEX "CharterAcknowledgement_organisationId_idx" ON "CharterAcknowledgement"("organisationId");

-- CreateIndex
CREATE INDEX "CharterAcknowledgement_charterVersionId_idx" ON "CharterAcknowledgement"("charterVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "CharterAcknowledgement_personId_charterVersionId_key" ON "CharterAcknowledgement"("personId", "charterVersionId");

-- CreateIndex
CREATE INDEX "CharterQuestion_organisationId_createdAt_idx" ON "CharterQuestion"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "CharterQuestion_personId_idx" ON "CharterQuestion"("personId");

-- CreateIndex
CREATE INDEX "CharterQuestion_charterVersionId_idx" ON "CharterQuestion"("charterVersionId");

-- CreateIndex
CREATE INDEX "Notification_organisationId_idx" ON "Notification"("organisationId");

-- CreateIndex
CREATE INDEX "Notification_recipientId_readAt_createdAt_idx" ON "Notification"("recipientId", "readAt", "createdAt");

-- AddForeignKey
ALTER TABLE "Charter" ADD CONSTRAINT "Charter_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charter" ADD CONSTRAINT "Charter_jobRoleId_fkey" FOREIGN KEY ("jobRoleId") REFERENCES "JobRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_charterId_fkey" FOREIGN KEY ("charterId") REFERENCES "Charter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterAcknowledgement" ADD CONSTRAINT "CharterAcknowledgement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterAcknowledgement" ADD CONSTRAINT "CharterAcknowledgement_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterAcknowledgement" ADD CONSTRAINT "CharterAcknowledgement_charterVersionId_fkey" FOREIGN KEY ("charterVersionId") REFERENCES "CharterVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterQuestion" ADD CONSTRAINT "CharterQuestion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterQuestion" ADD CONSTRAINT "CharterQuestion_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterQuestion" ADD CONSTRAINT "CharterQuestion_charterVersionId_fkey" FOREIGN KEY ("charterVersionId") REFERENCES "CharterVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------
-- Hand-written: the rules of every versioned document, kept by the database whatever code
-- writes to it. One pair of trigger functions serves every versioned table; each trigger names
-- the columns a published version freezes and its parent (table, column).

-- A charter has at most one draft.
CREATE UNIQUE INDEX "CharterVersion_one_draft_per_charter" ON "CharterVersion"("charterId") WHERE "status" = 'DRAFT';

-- Published (and archived) versions are frozen: the columns named in the trigger's arguments
-- never change, the status moves only DRAFT → PUBLISHED, PUBLISHED → ARCHIVED or
-- ARCHIVED → PUBLISHED, and they cannot be deleted.
CREATE FUNCTION "versioned_row_guard_update"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  frozen text;
BEGIN
  IF OLD."status" <> 'DRAFT' THEN
    FOREACH frozen IN ARRAY TG_ARGV LOOP
      IF to_jsonb(NEW) -> frozen IS DISTINCT FROM to_jsonb(OLD) -> frozen THEN
        RAISE EXCEPTION '% % is %: its % cannot change', TG_TABLE_NAME, OLD."id", OLD."status", frozen
          USING ERRCODE = 'check_violation';
      END IF;
    END LOOP;
  END IF;
  IF NEW."status" IS DISTINCT FROM OLD."status" AND NOT (
       (OLD."status" = 'DRAFT' AND NEW."status" = 'PUBLISHED')
    OR (OLD."status" = 'PUBLISHED' AND NEW."status" = 'ARCHIVED')
    OR (OLD."status" = 'ARCHIVED' AND NEW."status" = 'PUBLISHED')
  ) THEN
    RAISE EXCEPTION '% % cannot move from % to %', TG_TABLE_NAME, OLD."id", OLD."status", NEW."status"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

-- Arguments: the parent table and the column that points at it. Deleting the parent or the
-- organisation cascades (the parent row is gone by then); a published version on its own never goes.
CREATE FUNCTION "versioned_row_guard_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_exists boolean;
BEGIN
  IF OLD."status" = 'DRAFT' THEN
    RETURN OLD;
  END IF;
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE "id" = $1)', TG_ARGV[0])
    INTO parent_exists USING to_jsonb(OLD) ->> TG_ARGV[1];
  IF parent_exists AND EXISTS (SELECT 1 FROM "Organisation" WHERE "id" = OLD."organisationId") THEN
    RAISE EXCEPTION '% % is %: published versions cannot be deleted', TG_TABLE_NAME, OLD."id", OLD."status"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END;
$$;

DROP TRIGGER "FrameworkVersion_guard_update" ON "FrameworkVersion";
DROP TRIGGER "FrameworkVersion_guard_delete" ON "FrameworkVersion";
DROP FUNCTION "framework_version_guard_update"();
DROP FUNCTION "framework_version_guard_delete"();

CREATE TRIGGER "FrameworkVersion_guard_update"
  BEFORE UPDATE ON "FrameworkVersion"
  FOR EACH ROW EXECUTE FUNCTION "versioned_row_guard_update"('content', 'number', 'frameworkId', 'organisationId');

CREATE TRIGGER "FrameworkVersion_guard_delete"
  BEFORE DELETE ON "FrameworkVersion"
  FOR EACH ROW EXECUTE FUNCTION "versioned_row_guard_delete"('Framework', 'frameworkId');

CREATE TRIGGER "CharterVersion_guard_update"
  BEFORE UPDATE ON "CharterVersion"
  FOR EACH ROW EXECUTE FUNCTION "versioned_row_guard_update"('content', 'number', 'charterId', 'organisationId', 'frameworkVersionId');

CREATE TRIGGER "CharterVersion_guard_delete"
  BEFORE DELETE ON "CharterVersion"
  FOR EACH ROW EXECUTE FUNCTION "versioned_row_guard_delete"('Charter', 'charterId');
