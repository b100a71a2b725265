import { z } from "zod";
import { AppRole } from "@/lib/db/generated/enums";
import { emailField, newPasswordField } from "@/lib/auth/schemas";
import { csvFileField } from "@/lib/csv/file-field";
import type { CsvFileSpec } from "@/lib/csv/table";
import { checkboxList, idField, optionalId, requiredText, versionField } from "@/lib/validation/fields";

export const appRoleField = z.enum(AppRole, { message: "Choose a listed app role" });

const personFields = {
  name: requiredText("a name", 120),
  email: emailField,
  jobRoleId: optionalId("a job role"),
  managerId: optionalId("a manager"),
  roles: checkboxList(appRoleField),
};

export const createPersonSchema = z.object({
  ...personFields,
  password: z.preprocess((value) => (value === "" ? undefined : value), newPasswordField.optional()),
});

export const updatePersonSchema = z.object({ id: idField, version: versionField, ...personFields });

export const personIdSchema = z.object({ id: idField });

export type CreatePersonInput = z.output<typeof createPersonSchema>;
export type UpdatePersonInput = z.output<typeof updatePersonSchema>;

export const peopleFilterSchema = z.object({
  q: z.string().trim().max(120).regex(/^[^\u0000]*$/).optional().catch(undefined),
  status: z.enum(["active", "inactive", "all"]).optional().catch(undefined),
  role: z.preprocess((v) => (v === "" ? undefined : v), appRoleField.optional()).catch(undefined),
  manager: z.literal("none").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/** CSV import of people: the columns, in order, and the caps on one file. */
export const PEOPLE_CSV_COLUMNS = ["name", "email", "job_role", "manager_email", "app_roles"] as const;
export const PEOPLE_CSV_MAX_ROWS = 10_000;
export const PEOPLE_CSV_MAX_BYTES = 5 * 1024 * 1024;
export const PEOPLE_CSV = {
  columns: PEOPLE_CSV_COLUMNS,
  maxBytes: PEOPLE_CSV_MAX_BYTES,
  maxRows: PEOPLE_CSV_MAX_ROWS,
  noun: { one: "person", many: "people" },
} as const satisfies CsvFileSpec<string>;

/** The CSV text of an import, sent as a form field by both the preview and the import action. */
export const peopleCsvImportSchema = z.object({ csv: csvFileField(PEOPLE_CSV) });

export type PeopleCsvImportInput = z.output<typeof peopleCsvImportSchema>;
