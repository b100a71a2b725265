import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db/client";
import { InvalidError } from "@/lib/db/errors";
import { assertValidManager } from "@/lib/people/reporting-line";
import { todayIn } from "./dates";
import { isWithinEnrolmentWindow, OUTSIDE_ENROLMENT_WINDOW } from "./enrolment-dates";
import type { EnrolPersonInput } from "./enrolment-schemas";
import { cohortNameClash, findOrCreateCohort, roleTemplateWhere } from "./enrolment-lookups";
import { isSecondActiveInduction, secondActiveInductionError, TEMPLATE_TO_COPY, writeEnrolment, type ResolvedEnrolment } from "./enrolment-write";

/** Enrolling one person, from the HR form. */

export const NO_TEMPLATE_HINT = "Create one under Inductions (/hr/inductions) first, or choose a template below.";

type FieldErrors = Record<string, string[]>;

/** Checks every field against the organisation, reporting all problems at once, and loads what the enrolment copies. */
async function resolveEnrolment(tx: Tx, organisationId: string, input: EnrolPersonInput): Promise<Omit<ResolvedEnrolment, "cohort">> {
  const errors: FieldErrors = {};
  const refuse = (field: string, message: string) => (errors[field] ??= []).push(message);

  const [organisation, person, jobRole, manager, supporter, cohortClash] = await Promise.all([
    tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { timeZone: true } }),
    tx.person.findFirst({ where: { id: input.personId, organisationId, active: true }, select: { id: true, name: true, jobRoleId: true, managerId: true } }),
    tx.jobRole.findFirst({ where: { id: input.jobRoleId, organisationId }, select: { id: true, title: true } }),
    tx.person.findFirst({ where: { id: input.managerId, organisationId, active: true }, select: { id: true, name: true } }),
    input.supporterId
      ? tx.person.findFirst({ where: { id: input.supporterId, organisationId, active: true, roles: { has: "COACH" } }, select: { id: true, name: true } })
      : null,
    input.cohortName ? cohortNameClash(tx, organisationId, input.cohortName) : null,
  ]);

  if (!person) refuse("personId", "Choose an active person from your organisation");
  if (!jobRole) refuse("jobRoleId", "Choose a job role from the list");
  if (!isWithinEnrolmentWindow(input.startDate, todayIn(organisation.timeZone))) refuse("startDate", OUTSIDE_ENROLMENT_WINDOW);
  try {
    await assertValidManager(tx, organisationId, person?.id ?? null, input.managerId);
  } catch (error) {
    if (!(error instanceof InvalidError)) throw error;
    for (const message of error.fieldErrors.managerId ?? []) refuse("managerId", message);
  }
  if (input.supporterId && !supporter) refuse("supporterId", "Choose an active coach or mentor from your organisation");
  else if (supporter && supporter.id === person?.id) refuse("supporterId", "A person cannot be their own coach or mentor");
  if (cohortClash) refuse("cohortName", `Your organisation already has a cohort called “${cohortClash}”. Use that exact name to join it, or choose a different name.`);

  const template = input.templateId
    ? await tx.inductionTemplate.findFirst({ where: { id: input.templateId, organisationId }, select: TEMPLATE_TO_COPY })
    : jobRole
      ? await tx.inductionTemplate.findFirst({ ...roleTemplateWhere(organisationId, jobRole.id), select: TEMPLATE_TO_COPY })
      : null;
  if (input.templateId && !template) refuse("templateId", "Choose an induction template from the list");
  else if (jobRole && !template) refuse("jobRoleId", `${jobRole.title} has no induction template yet. ${NO_TEMPLATE_HINT}`);
  else if (template && template.items.length === 0) refuse(input.templateId ? "templateId" : "jobRoleId", `The template “${template.name}” has no items yet, so there would be nothing to do.`);

  if (Object.keys(errors).length || !person || !jobRole || !manager || !template) throw new InvalidError(errors);
  return { person, jobRole, template, startDate: input.startDate, manager, supporter };
}

/**
 * Enrols one person: copies the template into a new induction dated from the start date,
 * moves the person into the role under the manager, and tells the people involved, in
 * one transaction. A second induction in progress for the same person is refused by the
 * database's partial unique index, which this turns into a message.
 */
export async function enrolPerson(actor: SessionPerson, input: EnrolPersonInput) {
  try {
    return await db.$transaction(async (tx) => {
      const resolved = await resolveEnrolment(tx, actor.organisationId, input);
      const cohort = input.cohortName ? await findOrCreateCohort(tx, actor.organisationId, input.cohortName) : null;
      const induction = await writeEnrolment(tx, actor, { ...resolved, cohort });
      return { id: induction.id, personName: resolved.person.name, cohortId: cohort?.id ?? null };
    });
  } catch (error) {
    if (isSecondActiveInduction(error)) throw secondActiveInductionError();
    throw error;
  }
}
