import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/db/errors";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { assertJobRoleInOrganisation, assertValidManager } from "./reporting-line";
import type { CreatePersonInput, UpdatePersonInput } from "./schemas";

const EMAIL_TAKEN = new InvalidError({ email: ["Someone already uses this email address"] });

export async function createPerson(actor: SessionPerson, input: CreatePersonInput) {
  const organisationId = actor.organisationId;
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  try {
    return await db.$transaction(async (tx) => {
      await assertJobRoleInOrganisation(tx, organisationId, input.jobRoleId);
      await assertValidManager(tx, organisationId, null, input.managerId);
      const person = await tx.person.create({
        data: {
          organisationId,
          name: input.name,
          email: input.email,
          roles: [...new Set(input.roles)],
          jobRoleId: input.jobRoleId ?? null,
          managerId: input.managerId ?? null,
          passwordHash,
        },
        select: { id: true, name: true },
      });
      await recordAudit(tx, {
        organisationId,
        actorId: actor.id,
        action: "person.created",
        entityType: "Person",
        entityId: person.id,
        summary: `Added ${person.name}`,
        details: { email: input.email, roles: input.roles },
      });
      return person;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? EMAIL_TAKEN : error;
  }
}

export async function updatePerson(actor: SessionPerson, input: UpdatePersonInput) {
  const organisationId = actor.organisationId;
  if (input.id === actor.id && !input.roles.includes("HR_ADMIN") && actor.roles.includes("HR_ADMIN")) {
    throw new InvalidError({ roles: ["You cannot remove your own HR admin role; ask another HR admin"] });
  }
  try {
    return await db.$transaction(async (tx) => {
      await assertJobRoleInOrganisation(tx, organisationId, input.jobRoleId);
      await assertValidManager(tx, organisationId, input.id, input.managerId);
      const { count } = await tx.person.updateMany({
        where: { id: input.id, organisationId, version: input.version },
        data: {
          name: input.name,
          email: input.email,
          roles: [...new Set(input.roles)],
          jobRoleId: input.jobRoleId ?? null,
          managerId: input.managerId ?? null,
          version: { increment: 1 },
        },
      });
      if (count === 0) {
        const exists = await tx.person.findFirst({ where: { id: input.id, organisationId }, select: { id: true } });
        if (!exists) throw new NotFoundError("person");
        throw new ConflictError(
          "Someone else saved changes to this person while you were editing. Your edits are still in the form: reload the page to see theirs, then apply yours again.",
        );
      }
      await recordAudit(tx, {
        organisationId,
        actorId: actor.id,
        action: "person.updated",
        entityType: "Person",
        entityId: input.id,
        summary: `Updated ${input.name}`,
        details: { email: input.email, roles: input.roles, jobRoleId: input.jobRoleId ?? null, managerId: input.managerId ?? null },
      });
      return { id: input.id };
    });
  } catch (error) {
    throw isUniqueViolation(error) ? EMAIL_TAKEN : error;
  }
}

export async function setPersonActive(actor: SessionPerson, id: string, active: boolean) {
  const organisationId = actor.organisationId;
  if (id === actor.id && !active) throw new InvalidError({ id: ["You cannot deactivate yourself"], }, "You cannot deactivate yourself.");
  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: { id, organisationId }, select: { id: true, name: true, active: true } });
    if (!person) throw new NotFoundError("person");
    // Only from the other state: of two clicks at once, the second changes (and records) nothing.
    const { count } = await tx.person.updateMany({
      where: { id, organisationId, active: !active },
      data: { active, deactivatedAt: active ? null : new Date(), version: { increment: 1 } },
    });
    if (count === 0) return person;
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: active ? "person.reactivated" : "person.deactivated",
      entityType: "Person",
      entityId: id,
      summary: `${active ? "Reactivated" : "Deactivated"} ${person.name}`,
    });
    return person;
  });
}
