import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requirePerson } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { signOutAction } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const person = await requirePerson();
  const unread = await countUnreadNotifications(person.organisationId, person.id);
  return (
    <AppShell person={person} unreadNotifications={unread} signOut={signOutAction}>
      {children}
    </AppShell>
  );
}
