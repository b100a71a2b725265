import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { lockInduction, settleInduction } from "./item-settle";

/** The "read and acknowledge the charter" items, which follow the person's acknowledgement of their role's charter. */

export type CharterState =
  /** HR has not published a charter for the induction's role. */
  | { published: false }
  | { published: true; number: number; acknowledgedAt: Date | null };


/** The newest published charter of the role, and whether the person has acknowledged that version (one statement). */
export async function charterStateFor(reader: Db | Tx, organisationId: string, personId: string, jobRoleId: string): Promise<CharterState> {
  const rows = await reader.$queryRaw<{ number: number; acknowledgedAt: Date | null }[]>`
    SELECT v.number, a."acknowledgedAt"
    FROM "CharterVersion" v
    JOIN "Charter" c ON c.id = v."charterId" AND c."organisationId" = ${organisationId}
    LEFT JOIN "CharterAcknowledgement" a ON a."charterVersionId" = v.id AND a."personId" = ${personId} AND a."organisationId" = ${organisationId}
    WHERE v."organisationId" = ${organisationId} AND c."jobRoleId" = ${jobRoleId} AND v.status = 'PUBLISHED'
    ORDER BY v.number DESC
    LIMIT 1`;
  const version = rows[0];
  if (!version) return { published: false };
  return { published: true, number: version.number, acknowledgedAt: version.acknowledgedAt };
}

/**
 * Called when the person acknowledges the current charter of `jobRoleId` (in that transaction):
 * ticks off the open acknowledgement items of their running induction for that role.
 */
export async function completeCharterItems(tx: Tx, actor: { id: string; organisationId: string; name: string }, jobRoleId: string) {
  const organisationId = actor.organisationId;
  const induction = await tx.induction.findFirst({ where: { organisationId, personId: actor.id, jobRoleId, status: "ACTIVE" }, select: { id: true } });
  if (!induction) return;
  const open = await tx.inductionItem.findMany({ where: { organisationId, inductionId: induction.id, kind: "ACKNOWLEDGE_CHARTER", status: "OPEN" }, select: { id: true, title: true } });
  if (open.length === 0) return;
  await lockInduction(tx, organisationId, induction.id);
  const now = new Date();
  await tx.inductionItem.updateMany({
    where: { organisationId, id: { in: open.map((item) => item.id) }, status: "OPEN" },
    data: { status: "DONE", completedAt: now, completedById: actor.id, version: { increment: 1 } },
  });
  for (const item of open) {
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "inductionItem.completed",
      entityType: "Induction",
      entityId: induction.id,
      summary: `${actor.name} completed "${item.title}" by acknowledging the charter`,
      details: { itemId: item.id },
    });
  }
  await settleInduction(tx, actor, induction.id);
}
