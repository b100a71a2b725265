import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/db/errors";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { CreateJobRoleInput, UpdateJobRoleInput } from "./schemas";

const TITLE_TAKEN = new InvalidError({ title: ["Your organisation already has a job role with this title"] });

async function assertValidPredecessor(tx: Tx, organisationId: string, roleId: string | null, usuallyFollowsId: string | undefined) {
  if (!usuallyFollowsId) return;
  if (usuallyFollowsId === roleId) throw new InvalidError({ usuallyFollowsId: ["A role cannot follow itself"] });
  const role = await tx.jobRole.findFirst({ where: { id: usuallyFollowsId, organisationId }, select: { id: true } });
  if (!role) throw new InvalidError({ usuallyFollowsId: ["Choose a job role from the list"] });
}

export async function createJobRole(actor: SessionPerson, input: CreateJobRoleInput) {
  const organisationId = actor.organisationId;
  try {
    return await db.$transaction(async (tx) => {
      await assertValidPredecessor(tx, organisationId, null, input.usuallyFollowsId);
      const role = await tx.jobRole.create({
        data: { organisationId, ...input, usuallyFollowsId: input.usuallyFollowsId ?? null },
        select: { id: true, title: true },
      });
      await recordAudit(tx, {
        organisationId,
        actorId: actor.id,
        action: "jobRole.created",
        entityType: "JobRole",
        entityId: role.id,
        summary: `Added the job role ${role.title}`,
      });
      return role;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? TITLE_TAKEN : error;
  }
}

export async function updateJobRole(actor: SessionPerson, input: UpdateJobRoleInput) {
  const organisationId = actor.organisationId;
  const { id, version, ...fields } = input;
  try {
    return await db.$transaction(async (tx) => {
      await assertValidPredecessor(tx, organisationId, id, fields.usuallyFollowsId);
      const { count } = await tx.jobRole.updateMany({
        where: { id, organisationId, version },
        data: { ...fields, usuallyFollowsId: fields.usuallyFollowsId ?? null, version: { increment: 1 } },
      });
      if (count === 0) {
        const exists = await tx.jobRole.findFirst({ where: { id, organisationId }, select: { id: true } });
        if (!exists) throw new NotFoundError("job role");
        throw new ConflictError(
          "Someone else saved this job role while you were editing. Your edits are still in the form: reload the page to see theirs, then apply yours again.",
        );
      }
      await recordAudit(tx, {
        organisationId,
        actorId: actor.id,
        action: "jobRole.updated",
        entityType: "JobRole",
        entityId: id,
        summary: `Updated the job role ${fields.title}`,
        details: fields,
      });
      return { id };
    });
  } catch (error) {
    throw isUniqueViolation(error) ? TITLE_TAKEN : error;
  }
}

/** Deleting is allowed only when nobody holds the role; people are never silently unassigned. */
export async function deleteJobRole(actor: SessionPerson, id: string) {
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const role = await tx.jobRole.findFirst({
      where: { id, organisationId },
      select: { id: true, title: true, _count: { select: { people: true } } },
    });
    if (!role) throw new NotFoundError("job role");
    if (role._count.people > 0) {
      throw new ConflictError(`${role.title} is held by ${role._count.people} ${role._count.people === 1 ? "person" : "people"}. Move them to another role first.`);
    }
    // deleteMany: a delete that arrived at the same moment may have removed it already.
    if ((await tx.jobRole.deleteMany({ where: { id, organisationId } })).count === 0) throw new NotFoundError("job role");
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "jobRole.deleted",
      entityType: "JobRole",
      entityId: id,
      summary: `Deleted the job role ${role.title}`,
    });
    return { id };
  });
}
