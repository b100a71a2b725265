import type { AppPrismaClient } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client";
import { leftOutOf } from "./contents";
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type Contents, type OrganisationDocument } from "./document";
import { readCharters, readFrameworks, readTemplates } from "./export-design";
import { readAssessments, readInductions } from "./export-inductions";
import { readConversations, readFeedback, readPlans, readRelationships, readSupporters } from "./export-people-work";
import { iso, isoOrNull, lookup, orNull, type Tx } from "./export-shared";
import { sortRecords } from "./ordering";

// Shared with the operator's CLI, which runs outside Next.js: no "server-only" here, and the
// Prisma client comes in as an argument.

const EXPORT_TIMEOUT_MS = 10 * 60_000;

/**
 * The whole organisation as one document, read in one REPEATABLE READ transaction (so every
 * reference in it holds) with one query per table, whatever the organisation's size.
 * `contents` "hr" leaves out what the app keeps from HR (see contents.ts).
 */
export function exportOrganisation(client: AppPrismaClient, organisationId: string, contents: Contents): Promise<OrganisationDocument> {
  return client.$transaction((tx) => readDocument(tx, organisationId, contents), {
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
    timeout: EXPORT_TIMEOUT_MS,
    maxWait: 30_000,
  });
}

async function readDocument(tx: Tx, organisationId: string, contents: Contents): Promise<OrganisationDocument> {
  const where = { organisationId };
  const complete = contents === "complete";
  const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true, timeZone: true } });
  const people = await tx.person.findMany({ where, select: { id: true, email: true, name: true, roles: true, jobRoleId: true, managerId: true, active: true, deactivatedAt: true } });
  const jobRoles = await tx.jobRole.findMany({ where, select: { id: true, title: true, description: true, track: true, careerStage: true, usuallyFollowsId: true } });

  const email = lookup(new Map(people.map((row) => [row.id, row.email])), "person");
  const emailOrNull = orNull(email);
  const title = lookup(new Map(jobRoles.map((row) => [row.id, row.title])), "job role");
  const titleOrNull = orNull(title);

  const frameworks = await readFrameworks(tx, organisationId, emailOrNull);
  const frameworkKey = lookup(new Map(frameworks.map((row) => [row.id, row.record.key])), "framework");
  const frameworkVersionRef = lookup(frameworks.versionRefs, "framework version");

  const charters = await readCharters(tx, organisationId, { email, emailOrNull, title, frameworkVersionRef });
  const templates = await readTemplates(tx, organisationId, titleOrNull);
  const mindsetSections = await tx.mindsetSection.findMany({ where, select: { title: true, summary: true, practices: true, prompts: true, createdAt: true } });
  const cohorts = await tx.cohort.findMany({ where, select: { id: true, name: true, createdAt: true } });
  const templateName = orNull(lookup(new Map(templates.map((row) => [row.id, row.record.name])), "template"));
  const cohortName = orNull(lookup(new Map(cohorts.map((row) => [row.id, row.name])), "cohort"));

  const inductions = await readInductions(tx, organisationId, { email, emailOrNull, title, templateName, cohortName });
  const inductionKey = lookup(new Map(inductions.records.map((row) => [row.id, row.record.key])), "induction");
  const itemRef = lookup(inductions.itemRefs, "induction item");

  const reflections = complete
    ? await tx.reflection.findMany({
        where,
        select: { inductionId: true, itemId: true, authorId: true, prompt: true, text: true, sharedWithManager: true, sharedWithSupporter: true, createdAt: true },
      })
    : [];

  const assessments = await readAssessments(tx, organisationId, { email, emailOrNull, inductionKey: orNull(inductionKey), charterVersionRef: lookup(charters.versionRefs, "charter version") });
  const conversations = await readConversations(tx, organisationId, complete, { email, emailOrNull });
  const plans = await readPlans(tx, organisationId, email);
  const supporters = await readSupporters(tx, organisationId, { email, frameworkKey });
  const relationships = await readRelationships(tx, organisationId, complete, { email, emailOrNull });
  const feedbackRequests = complete ? await readFeedback(tx, organisationId, email) : [];

  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    exportedAt: new Date().toISOString(),
    contents,
    leftOut: leftOutOf(contents),
    organisation,
    people: sortRecords(
      people.map((row) => ({
        email: row.email,
        name: row.name,
        roles: [...row.roles].sort(),
        jobRole: titleOrNull(row.jobRoleId),
        manager: emailOrNull(row.managerId),
        active: row.active,
        deactivatedAt: isoOrNull(row.deactivatedAt),
      })),
      (row) => [row.email],
    ),
    jobRoles: sortRecords(
      jobRoles.map((row) => ({
        title: row.title,
        description: row.description,
        track: row.track,
        careerStage: row.careerStage,
        usuallyFollows: titleOrNull(row.usuallyFollowsId),
      })),
      (row) => [row.title],
    ),
    frameworks: frameworks.map((row) => row.record),
    charters: charters.records,
    inductionTemplates: templates.map((row) => row.record),
    mindsetSections: sortRecords(
      mindsetSections.map((row) => ({ ...row, createdAt: iso(row.createdAt) })),
      (row) => [row.title],
    ),
    cohorts: sortRecords(
      cohorts.map((row) => ({ name: row.name, createdAt: iso(row.createdAt) })),
      (row) => [row.name],
    ),
    inductions: inductions.records.map((row) => row.record),
    reflections: sortRecords(
      reflections.map((row) => {
        const item = row.itemId === null ? null : itemRef(row.itemId);
        return {
          induction: inductionKey(row.inductionId),
          item: item?.item ?? null,
          author: email(row.authorId),
          prompt: row.prompt,
          text: row.text,
          sharedWithManager: row.sharedWithManager,
          sharedWithSupporter: row.sharedWithSupporter,
          createdAt: iso(row.createdAt),
        };
      }),
      (row) => [row.induction, row.createdAt],
    ),
    assessments,
    conversations: conversations.attached,
    openPreparations: conversations.open,
    plans,
    supporters,
    relationships,
    feedbackRequests,
  };
}
