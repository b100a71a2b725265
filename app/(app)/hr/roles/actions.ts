"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createJobRole, deleteJobRole, updateJobRole } from "@/lib/roles/commands";
import { createJobRoleSchema, jobRoleIdSchema, updateJobRoleSchema } from "@/lib/roles/schemas";

const HR = ["HR_ADMIN"] as const;

export const createJobRoleAction = defineAction(
  { access: HR, schema: createJobRoleSchema, revalidate: ["/hr/roles"], redirectTo: () => "/hr/roles?saved=1" },
  (input, actor) => createJobRole(actor, input),
);

export const updateJobRoleAction = defineAction(
  { access: HR, schema: updateJobRoleSchema, revalidate: (input) => ["/hr/roles", `/hr/roles/${input.id}`], success: "Changes saved." },
  (input, actor) => updateJobRole(actor, input),
);

export const deleteJobRoleAction = defineAction(
  { access: HR, schema: jobRoleIdSchema, revalidate: ["/hr/roles"], redirectTo: () => "/hr/roles?deleted=1" },
  (input, actor) => deleteJobRole(actor, input.id),
);
