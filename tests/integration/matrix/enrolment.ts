import { db } from "@/lib/db/client";
import { todayIn } from "@/lib/inductions/dates";
import { COHORT_CSV, COHORT_NAME_MAX } from "@/lib/inductions/enrolment-schemas";
import { buildInductionTemplate, buildJobRole, buildPerson } from "@/tests/factories";
import { HR, csvCell, freshEmail, type CrossTenantCase, type FieldSpec, type FormInput, type MatrixEntry, type MatrixWorld } from "./core";

const MATRIX_COHORT = "Matrix cohort";

/** A new leadership role of the organisation with an induction template (one item per phase). */
async function roleWithTemplate(organisationId: string) {
  const role = await buildJobRole(db, organisationId, { track: "PEOPLE_LEADER", careerStage: "FIRST_TIME_LEADER" });
  const { template } = await buildInductionTemplate(db, organisationId, { jobRoleId: role.id });
  return { role, template };
}

const today = () => todayIn("Europe/London");

/** A valid enrolment in organisation A: a new person, into a new role with a template, under A's manager, with A's coach. */
async function enrolInput(world: MatrixWorld): Promise<FormInput> {
  const { role } = await roleWithTemplate(world.organisation.id);
  const person = await buildPerson(db, world.organisation.id, { jobRoleId: world.expertRole.id });
  return { personId: person.id, jobRoleId: role.id, startDate: today(), managerId: world.manager.id, supporterId: world.coach.id, cohortName: MATRIX_COHORT, templateId: "" };
}

/** A valid enrolment in the other organisation, made by its own HR admin. */
async function foreignEnrolInput(world: MatrixWorld): Promise<FormInput> {
  const { role } = await roleWithTemplate(world.foreignOrganisation.id);
  const person = await buildPerson(db, world.foreignOrganisation.id);
  return { personId: person.id, jobRoleId: role.id, startDate: today(), managerId: world.foreignHr.id, supporterId: "", cohortName: "", templateId: "" };
}

type CohortRow = { email: string; jobRole: string; managerEmail: string; cohort?: string };

function cohortCsv(rows: CohortRow[]): string {
  const lines = rows.map((row) => [row.email, row.jobRole, today(), row.managerEmail, row.cohort ?? MATRIX_COHORT].map(csvCell).join(","));
  return `${COHORT_CSV.columns.join(",")}\r\n${lines.join("\r\n")}\r\n`;
}

/** A one-row cohort file enrolling a new person of organisation A into a new role with a template. */
async function cohortInput(world: MatrixWorld): Promise<FormInput> {
  const { role } = await roleWithTemplate(world.organisation.id);
  const person = await buildPerson(db, world.organisation.id, { email: freshEmail("cohort") });
  return { csv: cohortCsv([{ email: person.email, jobRole: role.title, managerEmail: world.manager.email }]) };
}

const csvField = {
  kind: "csv",
  max: COHORT_CSV.maxBytes,
  // The cohort cell is the file's free text: the valid file's row, with the value as its cohort.
  withName: (name: string, valid: FormInput) => String(valid.csv).replace(`${csvCell(MATRIX_COHORT)}\r\n`, `${csvCell(name)}\r\n`),
  // The import trims a cohort name and folds runs of whitespace into one space.
  stored: (name: string) => name.trim().replace(/\s+/g, " "),
} as const satisfies FieldSpec;

async function cohortCrossTenantCases(world: MatrixWorld, expectation: CrossTenantCase["expect"]): Promise<CrossTenantCase[]> {
  const theirs = await roleWithTemplate(world.foreignOrganisation.id);
  const theirPerson = () => buildPerson(db, world.foreignOrganisation.id, { email: freshEmail("theirs") });
  const ours = await roleWithTemplate(world.organisation.id);
  const ourPerson = await buildPerson(db, world.organisation.id, { email: freshEmail("ours") });
  return [
    {
      label: "enrol organisation A's person",
      input: { csv: cohortCsv([{ email: ourPerson.email, jobRole: theirs.role.title, managerEmail: world.foreignHr.email }]) },
      field: "csv",
      expect: expectation,
    },
    {
      label: "enrol someone under organisation A's manager",
      input: { csv: cohortCsv([{ email: (await theirPerson()).email, jobRole: theirs.role.title, managerEmail: world.manager.email }]) },
      field: "csv",
      expect: expectation,
    },
    {
      label: "enrol someone into organisation A's job role",
      input: { csv: cohortCsv([{ email: (await theirPerson()).email, jobRole: ours.role.title, managerEmail: world.foreignHr.email }]) },
      field: "csv",
      expect: expectation,
    },
  ];
}

/** Enrolment (HR): one person through the form, a cohort from a CSV file with a preview. */
export const ENROLMENT_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/hr/cohorts/actions.ts#enrolPersonAction": {
    type: "action",
    access: HR,
    validInput: (world) => enrolInput(world),
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const ourPerson = await buildPerson(db, world.organisation.id);
      const ours = await roleWithTemplate(world.organisation.id);
      return [
        { label: "enrol organisation A's person", input: { ...(await foreignEnrolInput(world)), personId: ourPerson.id }, field: "personId" },
        { label: "enrol someone into organisation A's job role", input: { ...(await foreignEnrolInput(world)), jobRoleId: ours.role.id }, field: "jobRoleId" },
        { label: "enrol someone under organisation A's manager", input: { ...(await foreignEnrolInput(world)), managerId: world.manager.id }, field: "managerId" },
        { label: "give someone organisation A's coach", input: { ...(await foreignEnrolInput(world)), supporterId: world.coach.id }, field: "supporterId" },
        { label: "copy organisation A's induction template", input: { ...(await foreignEnrolInput(world)), templateId: ours.template.id }, field: "templateId" },
      ];
    },
    fields: {
      personId: { kind: "id", of: "person" },
      jobRoleId: { kind: "id", of: "jobRole" },
      startDate: { kind: "date" },
      managerId: { kind: "id", of: "person" },
      supporterId: { kind: "reference", of: "person" },
      cohortName: { kind: "text", max: COHORT_NAME_MAX, required: false },
      templateId: { kind: "reference", of: "inductionTemplate" },
    },
    async readBack(_world, _caller, input) {
      const induction = await db.induction.findFirst({ where: { personId: String(input.personId) }, include: { cohort: true } });
      return { cohortName: induction?.cohort?.name ?? "", organisationId: induction?.organisationId };
    },
  },

  "app/(app)/hr/cohorts/import/actions.ts#previewCohortImportAction": {
    type: "action",
    access: HR,
    readOnly: true,
    validInput: (world) => cohortInput(world),
    crossTenant: (world) => cohortCrossTenantCases(world, "no-leak"),
    fields: { csv: csvField },
  },

  "app/(app)/hr/cohorts/import/actions.ts#importCohortAction": {
    type: "action",
    access: HR,
    validInput: (world) => cohortInput(world),
    crossTenant: (world) => cohortCrossTenantCases(world, "refused"),
    fields: { csv: csvField },
    async readBack(_world, _caller, input) {
      const email = /"(cohort-[0-9a-f]+@example\.test)"/.exec(String(input.csv))?.[1];
      const induction = email ? await db.induction.findFirst({ where: { person: { email } }, include: { cohort: true } }) : null;
      return { csv: induction?.cohort?.name ?? "", organisationId: induction?.organisationId };
    },
  },
};
