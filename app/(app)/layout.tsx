import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requirePerson } from "@/lib/auth/session";
import { signOutAction } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const person = await requirePerson();
  return (
    <AppShell person={person} signOut={signOutAction}>
      {children}
    </AppShell>
  );
}
