import { db } from "@/lib/db/client";
import { CareerStage, RoleTrack } from "@/lib/db/generated/enums";
import { buildJobRole, uniqueSuffix } from "@/tests/factories";
import { HR, type CrossTenantCase, type FieldSpec, type FormInput, type MatrixEntry } from "./core";

const jobRoleFields = {
  title: { kind: "text", max: 120, required: true },
  description: { kind: "text", max: 2000, required: false },
  track: { kind: "choice", values: Object.values(RoleTrack) },
  careerStage: { kind: "choice", values: Object.values(CareerStage) },
  usuallyFollowsId: { kind: "reference", of: "jobRole" },
} as const satisfies Record<string, FieldSpec>;

function jobRoleInput(role: { id: string; version: number; title: string }, usuallyFollowsId: string): FormInput {
  return { id: role.id, version: String(role.version), title: role.title, description: "Leads a team of experts", track: "PEOPLE_LEADER", careerStage: "FIRST_TIME_LEADER", usuallyFollowsId };
}

/** Job roles (HR). */
export const ROLE_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/hr/roles/actions.ts#createJobRoleAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { title: `Role ${uniqueSuffix()}`, description: "Leads a team of experts", track: "PEOPLE_LEADER", careerStage: "FIRST_TIME_LEADER", usuallyFollowsId: world.expertRole.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [
        {
          label: "add a role that follows organisation A's role",
          input: { title: `Role ${uniqueSuffix()}`, track: "PEOPLE_LEADER", careerStage: "FIRST_TIME_LEADER", usuallyFollowsId: world.expertRole.id },
          field: "usuallyFollowsId",
        },
      ];
    },
    fields: jobRoleFields,
    async readBack(world) {
      // The action redirects to the list, so the role it made is the organisation's newest.
      const role = await db.jobRole.findFirstOrThrow({ where: { organisationId: world.organisation.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
      return { title: role.title, description: role.description, organisationId: role.organisationId };
    },
  },

  "app/(app)/hr/roles/actions.ts#updateJobRoleAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return jobRoleInput(await buildJobRole(db, world.organisation.id), world.expertRole.id);
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirs = await buildJobRole(db, world.organisation.id);
      const own = await buildJobRole(db, world.foreignOrganisation.id);
      return [
        { label: "edit organisation A's job role", input: jobRoleInput(theirs, "") },
        { label: "make their own role follow organisation A's role", input: jobRoleInput(own, world.expertRole.id), field: "usuallyFollowsId" },
      ];
    },
    fields: { id: { kind: "id", of: "jobRole" }, version: { kind: "version" }, ...jobRoleFields },
    async readBack(_world, _caller, input) {
      const role = await db.jobRole.findUniqueOrThrow({ where: { id: String(input.id) } });
      return { title: role.title, description: role.description, organisationId: role.organisationId };
    },
  },

  "app/(app)/hr/roles/actions.ts#deleteJobRoleAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { id: (await buildJobRole(db, world.organisation.id)).id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "delete organisation A's job role", input: { id: (await buildJobRole(db, world.organisation.id)).id } }];
    },
    fields: { id: { kind: "id", of: "jobRole" } },
  },
};
