"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { clsx } from "clsx";

type Item = { href: string; label: string; exact?: boolean };

/** The tabs under a hat's area, e.g. HR's Overview / People / Job roles. */
export function SectionNav({ label, items }: { label: string; items: Item[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mt-2 mb-6 flex flex-wrap gap-1 border-b border-slate-200 print:hidden">
      {items.map((item) => {
        const current = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current ? "page" : undefined}
            className={clsx(
              "-mb-px border-b-2 px-3 py-2 text-sm",
              current ? "border-brand-700 font-semibold text-brand-800" : "border-transparent text-muted hover:text-ink",
            )}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
