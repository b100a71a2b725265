import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { InvalidError } from "@/lib/db/errors";

export async function changeOwnPassword(actor: SessionPerson, currentPassword: string, newPassword: string) {
  const person = await db.person.findFirst({
    where: { id: actor.id, organisationId: actor.organisationId, active: true },
    select: { passwordHash: true },
  });
  if (!person?.passwordHash || !(await verifyPassword(person.passwordHash, currentPassword))) {
    throw new InvalidError({ currentPassword: ["That is not your current password"] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    // Only over the hash just verified: of two changes sent at once, the second finds it gone.
    const { count } = await tx.person.updateMany({ where: { id: actor.id, organisationId: actor.organisationId, passwordHash: person.passwordHash }, data: { passwordHash } });
    if (count === 0) throw new InvalidError({ currentPassword: ["Your password was changed a moment ago, so that is no longer your current password"] });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: "person.passwordChanged",
      entityType: "Person",
      entityId: actor.id,
      summary: `${actor.name} changed their password`,
    });
  });
  return { id: actor.id };
}
