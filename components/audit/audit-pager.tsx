import Link from "next/link";

/** Newer and older pages of the log; each link carries the filter and the row to continue from. */
export function AuditPager({ query, newer, older }: { query: string; newer: string | null; older: string | null }) {
  if (!newer && !older) return null;
  const href = (extra: Record<string, string>) => `/hr/audit?${[query, new URLSearchParams(extra).toString()].filter(Boolean).join("&")}`;
  return (
    <nav aria-label="Pages of the log" className="mt-4 flex flex-wrap items-center gap-4 text-sm">
      {newer ? (
        <>
          <Link href={href({})} className="text-brand-700 underline">
            Newest entries
          </Link>
          <Link href={href({ after: newer })} className="text-brand-700 underline">
            Newer entries
          </Link>
        </>
      ) : null}
      {older ? (
        <Link href={href({ before: older })} className="text-brand-700 underline">
          Older entries
        </Link>
      ) : null}
    </nav>
  );
}
