import Link from "next/link";
import type { ReactNode } from "react";
import { LogOut } from "lucide-react";
import { hatsFor } from "@/lib/auth/hats";
import type { SessionPerson } from "@/lib/auth/session";
import { NavLink } from "./nav-link";

export function AppShell({ person, signOut, children }: { person: SessionPerson; signOut: () => Promise<void>; children: ReactNode }) {
  const hats = hatsFor(person.roles);
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-brand-800 bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="mr-2 font-semibold">
            Leadership transition
            <span className="block text-xs font-normal text-brand-100">{person.organisationName}</span>
          </Link>
          <nav aria-label="Main" className="flex flex-1 flex-wrap gap-1">
            {hats.map((hat) => (
              <NavLink key={hat.href} href={hat.href}>
                {hat.label}
              </NavLink>
            ))}
          </nav>
          <div className="flex items-center gap-2 text-sm">
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
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
