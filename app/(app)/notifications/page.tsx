import Link from "next/link";
import { format } from "date-fns";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requirePerson } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/queries";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

export const metadata = { title: "Notifications" };

type Notification = Awaited<ReturnType<typeof listNotifications>>[number];

/** Only paths inside the app are followed; anything else stays plain text. */
const internal = (href: string | null): href is string => Boolean(href && href.startsWith("/") && !href.startsWith("//"));

export default async function NotificationsPage() {
  const person = await requirePerson();
  const notifications = await listNotifications(person.organisationId, person.id);
  const unread = notifications.filter((notification) => !notification.readAt);
  const read = notifications.filter((notification) => notification.readAt);
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Questions and news that concern you. Mark each one read when you have dealt with it."
        actions={
          unread.length > 0 ? <ButtonActionForm action={markAllNotificationsReadAction} fields={{}} label="Mark all as read" variant="secondary" pendingLabel="Marking…" /> : null
        }
      />
      {notifications.length === 0 ? (
        <Card>
          <p className="text-sm text-muted">You have no notifications.</p>
        </Card>
      ) : (
        <div className="space-y-8">
          <NotificationList title={`Unread (${unread.length})`} notifications={unread} empty="Nothing unread: you are up to date." />
          {read.length > 0 ? <NotificationList title="Read" notifications={read} /> : null}
        </div>
      )}
    </>
  );
}

function NotificationList({ title, notifications, empty }: { title: string; notifications: Notification[]; empty?: string }) {
  return (
    <section>
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {notifications.length === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <ul className="space-y-3">
          {notifications.map((notification) => (
            <li key={notification.id}>
              <Card className={notification.readAt ? "bg-slate-50 shadow-none" : "border-l-4 border-l-brand-700"}>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0 flex-1">
                    <h3 className="font-semibold">
                      {notification.title} {notification.readAt ? null : <Badge className="ml-1 bg-brand-100 text-brand-800">New</Badge>}
                    </h3>
                    <p className="text-xs text-muted">
                      <time dateTime={notification.createdAt.toISOString()}>{format(notification.createdAt, "d MMMM yyyy, HH:mm")}</time>
                    </p>
                    {notification.body ? <p className="mt-2 whitespace-pre-line text-sm">{notification.body}</p> : null}
                    {internal(notification.href) ? (
                      <Link href={notification.href} className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
                        Open
                        <span className="sr-only">: {notification.title}</span>
                      </Link>
                    ) : null}
                  </div>
                  {notification.readAt ? null : (
                    <ButtonActionForm action={markNotificationReadAction} fields={{ notificationId: notification.id }} label="Mark as read" variant="secondary" pendingLabel="Marking…" />
                  )}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
