import { db } from "@/lib/db/client";
import { type CrossTenantCase, type MatrixEntry } from "./core";

/** Notifications: each person's own. */
export const NOTIFICATION_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/notifications/actions.ts#markNotificationReadAction": {
    type: "action",
    access: "signed-in",
    async validInput(world, caller) {
      const recipient = caller ?? world.hr;
      const notification = await db.notification.create({ data: { organisationId: recipient.organisationId, recipientId: recipient.id, title: "Something to read" } });
      return { notificationId: notification.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const notification = await db.notification.create({ data: { organisationId: world.organisation.id, recipientId: world.hr.id, title: "For A's HR admin" } });
      return [{ label: "mark organisation A's notification read", input: { notificationId: notification.id } }];
    },
    fields: { notificationId: { kind: "id", of: "notification" } },
  },

  "app/(app)/notifications/actions.ts#markAllNotificationsReadAction": {
    type: "action",
    access: "signed-in",
    async validInput(world, caller) {
      const recipient = caller ?? world.hr;
      await db.notification.create({ data: { organisationId: recipient.organisationId, recipientId: recipient.id, title: "Something to read", createdAt: new Date(Date.now() - 60_000) } });
      return { shownAt: new Date().toISOString() };
    },
    crossTenant: { selfScoped: "Marks only the caller's own notifications (the recipient comes from the session); the input is only a time." },
    fields: { shownAt: { kind: "timestamp" } },
  },
};
