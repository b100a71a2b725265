"use server";

import { defineAction } from "@/lib/actions/define-action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/commands";
import { markAllNotificationsReadSchema, markNotificationReadSchema } from "@/lib/notifications/schemas";

export const markNotificationReadAction = defineAction({ access: "signed-in", schema: markNotificationReadSchema, revalidate: ["/notifications"] }, (input, actor) =>
  markNotificationRead(actor, input.notificationId),
);

export const markAllNotificationsReadAction = defineAction(
  { access: "signed-in", schema: markAllNotificationsReadSchema, revalidate: ["/notifications"], success: "All notifications are marked as read." },
  (input, actor) => markAllNotificationsRead(actor, input.shownAt),
);
