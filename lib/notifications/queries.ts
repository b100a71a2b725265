import "server-only";
import { db } from "@/lib/db/client";

/** The person's notifications, unread first, then newest first. */
export function listNotifications(organisationId: string, recipientId: string, take = 100) {
  return db.notification.findMany({
    where: { organisationId, recipientId },
    orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, body: true, href: true, readAt: true, createdAt: true },
  });
}

export function countUnreadNotifications(organisationId: string, recipientId: string) {
  return db.notification.count({ where: { organisationId, recipientId, readAt: null } });
}
