-- CreateEnum
CREATE TYPE "FrameworkVersionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkVersion" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "FrameworkVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FrameworkVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Framework_organisationId_name_idx" ON "Framework"("organisationId", "name");

-- CreateIndex
CREATE INDEX "FrameworkVersion_organisationId_status_idx" ON "FrameworkVersion"("organisationId", "status");

-- CreateIndex
CREATE INDEX "FrameworkVersion_frameworkId_idx" ON "FrameworkVersion"("frameworkId");

-- CreateIndex
CREATE INDEX "FrameworkVersion_publishedById_idx" ON "FrameworkVersion"("publishedById");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkVersion_frameworkId_number_key" ON "FrameworkVersion"("frameworkId", "number");

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------
-- Hand-written: rules the database itself keeps, whatever code writes to it.

-- A framework has at most one draft.
CREATE UNIQUE INDEX "FrameworkVersion_one_draft_per_framework" ON "FrameworkVersion"("frameworkId") WHERE "status" = 'DRAFT';

-- Published (and archived) versions are frozen: their content, number and owner never
-- change, their status moves only DRAFT → PUBLISHED, PUBLISHED → ARCHIVED or
-- ARCHIVED → PUBLISHED, and they cannot be deleted.
CREATE FUNCTION "framework_version_guard_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" <> 'DRAFT' AND (
       NEW."content" IS DISTINCT FROM OLD."content"
    OR NEW."number" IS DISTINCT FROM OLD."number"
    OR NEW."frameworkId" IS DISTINCT FROM OLD."frameworkId"
    OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId"
  ) THEN
    RAISE EXCEPTION 'Framework version % is %: its content, number and framework cannot change', OLD."id", OLD."status"
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."status" IS DISTINCT FROM OLD."status" AND NOT (
       (OLD."status" = 'DRAFT' AND NEW."status" = 'PUBLISHED')
    OR (OLD."status" = 'PUBLISHED' AND NEW."status" = 'ARCHIVED')
    OR (OLD."status" = 'ARCHIVED' AND NEW."status" = 'PUBLISHED')
  ) THEN
    RAISE EXCEPTION 'Framework version % cannot move from % to %', OLD."id", OLD."status", NEW."status"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "FrameworkVersion_guard_update"
  BEFORE UPDATE ON "FrameworkVersion"
  FOR EACH ROW EXECUTE FUNCTION "framework_version_guard_update"();

CREATE FUNCTION "framework_version_guard_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Deleting the whole framework or organisation cascades (the parent row is gone by then);
  -- a published version on its own never goes.
  IF OLD."status" <> 'DRAFT'
     AND EXISTS (SELECT 1 FROM "Framework" WHERE "id" = OLD."frameworkId")
     AND EXISTS (SELECT 1 FROM "Organisation" WHERE "id" = OLD."organisationId") THEN
    RAISE EXCEPTION 'Framework version % is %: published versions cannot be deleted', OLD."id", OLD."status"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER "FrameworkVersion_guard_delete"
  BEFORE DELETE ON "FrameworkVersion"
  FOR EACH ROW EXECUTE FUNCTION "framework_version_guard_delete"();
