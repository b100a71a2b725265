import { db } from "@/lib/db/client";
import { AppRole } from "@/lib/db/generated/enums";
import { PEOPLE_CSV_MAX_BYTES } from "@/lib/people/schemas";
import { buildPerson } from "@/tests/factories";
import { HR, freshEmail, idFromRedirect, readPerson, csvCell, type CrossTenantCase, type FieldSpec, type FormInput, type MatrixEntry, type MatrixWorld, type Person } from "./core";

const ROLES = Object.values(AppRole);

const personFields = {
  name: { kind: "text", max: 120, required: true },
  email: { kind: "email" },
  jobRoleId: { kind: "reference", of: "jobRole" },
  managerId: { kind: "reference", of: "person" },
  roles: { kind: "choices", values: ROLES, max: 20 },
} as const satisfies Record<string, FieldSpec>;

function personInput(person: { id: string; version: number; name: string; email: string }, links: { managerId: string; jobRoleId: string }): FormInput {
  return { id: person.id, version: String(person.version), name: person.name, email: person.email, roles: ["LEADER", "COACH"], ...links };
}

const CSV_HEADER = "name,email,job_role,manager_email,app_roles";

function peopleCsv(rows: { name: string; email: string; jobRole?: string; managerEmail?: string; appRoles?: string }[]): string {
  const lines = rows.map((row) => [row.name, row.email, row.jobRole ?? "", row.managerEmail ?? "", row.appRoles ?? ""].map(csvCell).join(","));
  return `${CSV_HEADER}\r\n${lines.join("\r\n")}\r\n`;
}

const csvField = {
  kind: "csv",
  max: PEOPLE_CSV_MAX_BYTES,
  withName: (name: string) => peopleCsv([{ name, email: freshEmail("import"), appRoles: "Leader" }]),
  // The import trims a name and folds runs of whitespace into one space.
  stored: (name: string) => name.trim().replace(/\s+/g, " "),
} as const satisfies FieldSpec;

async function importCrossTenantCases(world: MatrixWorld, expectation: CrossTenantCase["expect"]): Promise<CrossTenantCase[]> {
  return [
    {
      label: "import someone whose manager is organisation A's manager",
      input: { csv: peopleCsv([{ name: "Ida Import", email: freshEmail("import"), managerEmail: world.manager.email }]) },
      field: "csv",
      expect: expectation,
    },
    {
      label: "import someone into organisation A's job role",
      input: { csv: peopleCsv([{ name: "Ida Import", email: freshEmail("import"), jobRole: world.expertRole.title }]) },
      field: "csv",
      expect: expectation,
    },
    {
      label: "import organisation A's member again",
      input: { csv: peopleCsv([{ name: "Ida Import", email: world.member.email }]) },
      field: "csv",
      expect: expectation,
    },
  ];
}

async function importReadBack(world: MatrixWorld, _caller: Person, input: FormInput) {
  const email = /"(import-[0-9a-f]+@example\.test)"/.exec(String(input.csv))?.[1];
  const person = email ? await db.person.findFirst({ where: { organisationId: world.organisation.id, email } }) : null;
  return { csv: person?.name };
}

/** People, their import and export (HR). */
export const PEOPLE_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/hr/people/actions.ts#createPersonAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { name: "Nia New", email: freshEmail("new"), managerId: world.manager.id, jobRoleId: world.leaderRole.id, roles: ["LEADER", "COACH"] };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [
        { label: "add a person managed by organisation A's manager", input: { name: "Nia New", email: freshEmail("new"), managerId: world.manager.id }, field: "managerId" },
        { label: "add a person in organisation A's job role", input: { name: "Nia New", email: freshEmail("new"), jobRoleId: world.expertRole.id }, field: "jobRoleId" },
      ];
    },
    fields: { ...personFields, password: { kind: "password", min: 12, max: 200, required: false } },
    async readBack(_world, _caller, _input, outcome) {
      const person = await readPerson(idFromRedirect(outcome, "/hr/people/"));
      return { name: person.name, email: person.email, password: person.passwordHash ?? undefined, organisationId: person.organisationId };
    },
  },

  "app/(app)/hr/people/actions.ts#updatePersonAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      const person = await buildPerson(db, world.organisation.id, { roles: ["LEADER"] });
      return personInput(person, { managerId: world.manager.id, jobRoleId: world.expertRole.id });
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirs = await buildPerson(db, world.organisation.id);
      const own = await buildPerson(db, world.foreignOrganisation.id);
      return [
        { label: "edit organisation A's person", input: personInput(theirs, { managerId: "", jobRoleId: "" }) },
        { label: "give their own person organisation A's manager", input: personInput(own, { managerId: world.manager.id, jobRoleId: "" }), field: "managerId" },
        { label: "give their own person organisation A's job role", input: personInput(own, { managerId: "", jobRoleId: world.expertRole.id }), field: "jobRoleId" },
      ];
    },
    fields: { id: { kind: "id", of: "person" }, version: { kind: "version" }, ...personFields },
    async readBack(_world, _caller, input) {
      const person = await readPerson(String(input.id));
      return { name: person.name, email: person.email, organisationId: person.organisationId };
    },
  },

  "app/(app)/hr/people/actions.ts#deactivatePersonAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { id: (await buildPerson(db, world.organisation.id)).id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "deactivate organisation A's person", input: { id: (await buildPerson(db, world.organisation.id)).id } }];
    },
    fields: { id: { kind: "id", of: "person" } },
  },

  "app/(app)/hr/people/actions.ts#reactivatePersonAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { id: (await buildPerson(db, world.organisation.id, { active: false })).id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "reactivate organisation A's person", input: { id: (await buildPerson(db, world.organisation.id, { active: false })).id } }];
    },
    fields: { id: { kind: "id", of: "person" } },
  },



  "app/(app)/hr/people/import/actions.ts#previewPeopleImportAction": {
    type: "action",
    access: HR,
    readOnly: true,
    async validInput(world) {
      return { csv: peopleCsv([{ name: "Ida Import", email: freshEmail("import"), jobRole: world.expertRole.title, managerEmail: world.manager.email, appRoles: "Leader; Coach" }]) };
    },
    crossTenant: (world) => importCrossTenantCases(world, "no-leak"),
    fields: { csv: csvField },
  },

  "app/(app)/hr/people/import/actions.ts#importPeopleAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { csv: peopleCsv([{ name: "Ida Import", email: freshEmail("import"), jobRole: world.expertRole.title, managerEmail: world.manager.email, appRoles: "Leader; Coach" }]) };
    },
    crossTenant: (world) => importCrossTenantCases(world, "refused"),
    fields: { csv: csvField },
    readBack: importReadBack,
  },

  "app/(app)/hr/people/export/route.ts#GET": {
    type: "route",
    access: HR,
    audited: "who exported how many people, active only or everyone",
    async request() {
      return { path: "/hr/people/export?status=all" };
    },
  },
};
