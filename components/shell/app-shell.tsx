import Link from "next/link";
import type { ReactNode } from "react";
import { Bell, LogOut } from "lucide-react";
import { hatsFor } from "@/lib/auth/hats";
import type { SessionPerson } from "@/lib/auth/session";
import { NavLink } from "./nav-link";

type NavItem = { href: string; label: string };

/**
 * The hats' homes, the leader's own charter just after their home, then everyone's tasks and the
 * charters everyone may read. Anyone may have a manager, so someone who is not a new leader (whose
 * tabs include it) reaches their own career conversations from here.
 */
function mainLinks(person: SessionPerson): NavItem[] {
  const links = hatsFor(person.roles).flatMap((hat): NavItem[] =>
    hat.role === "LEADER" ? [{ href: hat.href, label: hat.label }, { href: "/me/charter", label: "My charter" }] : [{ href: hat.href, label: hat.label }],
  );
  const conversations: NavItem[] = person.roles.includes("LEADER") ? [] : [{ href: "/me/conversations", label: "My conversations" }];
  return [...links, ...conversations, { href: "/tasks", label: "My tasks" }, { href: "/charters", label: "Charters" }];
}

export function AppShell({
  person,
  unreadNotifications,
  signOut,
  children,
}: {
  person: SessionPerson;
  unreadNotifications: number;
  signOut: () => Promise<void>;
  children: ReactNode;
}) {
  const links = mainLinks(person);
  return (
    <div className="min-h-screen">
      <a href="#main" className="print:hidden sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-brand-800 bg-brand-700 text-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="mr-2 font-semibold">
            Leadership transition
            <span className="block text-xs font-normal text-brand-100">{person.organisationName}</span>
          </Link>
          <nav aria-label="Main" className="flex flex-1 flex-wrap gap-1">
            {links.map((link) => (
              // A link with a more specific link under it (My transition, My charter) is current only on its own page.
              <NavLink key={link.href} href={link.href} exact={links.some((other) => other.href.startsWith(`${link.href}/`))}>
                {link.label}
              </NavLink>
            ))}
          </nav>
          <div className="flex items-center gap-2 text-sm">
            <NavLink href="/notifications">
              <Bell aria-hidden className="mr-1 inline size-4 align-[-3px]" />
              Notifications{" "}
              {unreadNotifications > 0 ? (
                <span className="rounded-full bg-white px-1.5 py-0.5 text-xs font-semibold text-brand-800">
                  {unreadNotifications}
                  <span className="sr-only"> unread</span>
                </span>
              ) : null}
            </NavLink>
            <NavLink href="/profile">{person.name}</NavLink>
            <form action={signOut}>
              <button type="submit" className="inline-flex items-center gap-1 rounded-md px-3 py-1.5 text-white hover:bg-brand-800">
                <LogOut aria-hidden className="size-4" />
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      {/* tabIndex lets the skip link move focus here, not only scroll. */}
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none print:max-w-none print:p-0">
        {children}
      </main>
    </div>
  );
}
