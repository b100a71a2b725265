"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { clsx } from "clsx";

/** Current on its own page and, unless `exact`, on the pages under it. */
export function NavLink({ href, exact = false, children }: { href: string; exact?: boolean; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={clsx("rounded-md px-3 py-1.5 text-sm text-white hover:bg-brand-800", current && "bg-brand-800 font-semibold")}
    >
      {children}
    </Link>
  );
}
