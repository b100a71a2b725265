import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";

export type NotificationContent = { title: string; body?: string; href?: string };

/** Written inside the transaction of the change it tells people about. */
export async function notify(tx: Tx, organisationId: string, recipientIds: readonly string[], content: NotificationContent) {
  if (recipientIds.length === 0) return;
  await tx.notification.createMany({
    data: recipientIds.map((recipientId) => ({ organisationId, recipientId, title: content.title, body: content.body ?? "", href: content.href ?? null })),
  });
}

/** Marks one of the person's own notifications read (again is harmless); anyone else's is "not found". */
export async function markNotificationRead(actor: SessionPerson, id: string) {
  const where = { id, organisationId: actor.organisationId, recipientId: actor.id };
  if (!(await db.notification.findFirst({ where, select: { id: true } }))) throw new NotFoundError("notification");
  const { count } = await db.notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: new Date() } });
  return { marked: count };
}

/** Marks read what the person had been shown: notifications that arrived after `shownAt` stay unread. */
export async function markAllNotificationsRead(actor: SessionPerson, shownAt: Date) {
  const { count } = await db.notification.updateMany({
    where: { organisationId: actor.organisationId, recipientId: actor.id, readAt: null, createdAt: { lte: shownAt } },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
