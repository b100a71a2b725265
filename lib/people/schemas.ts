import { z } from "zod";
import { AppRole } from "@/lib/db/generated/enums";
import { emailField, newPasswordField } from "@/lib/auth/schemas";
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
  q: z.string().trim().max(120).optional().catch(undefined),
  status: z.enum(["active", "inactive", "all"]).optional().catch(undefined),
  role: z.preprocess((v) => (v === "" ? undefined : v), appRoleField.optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
