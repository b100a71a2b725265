import { z } from "zod";
import { CareerStage, RoleTrack } from "@/lib/db/generated/enums";
import { idField, optionalId, optionalText, requiredText, versionField } from "@/lib/validation/fields";

const jobRoleFields = {
  title: requiredText("a title", 120),
  description: optionalText("the description", 2000),
  track: z.enum(RoleTrack, { message: "Choose a track" }),
  careerStage: z.enum(CareerStage, { message: "Choose a career stage" }),
  usuallyFollowsId: optionalId("the role it usually follows"),
};

export const createJobRoleSchema = z.object(jobRoleFields);
export const updateJobRoleSchema = z.object({ id: idField, version: versionField, ...jobRoleFields });
export const jobRoleIdSchema = z.object({ id: idField });

export type CreateJobRoleInput = z.output<typeof createJobRoleSchema>;
export type UpdateJobRoleInput = z.output<typeof updateJobRoleSchema>;
