import { z } from "zod";
import { idField } from "@/lib/validation/fields";

export const markNotificationReadSchema = z.object({ notificationId: idField });

/** The page sends the moment it listed the notifications, so one that arrives later stays unread. */
export const markAllNotificationsReadSchema = z.object({ shownAt: z.iso.datetime({ message: "Reload the page and try again" }).transform((value) => new Date(value)) });
