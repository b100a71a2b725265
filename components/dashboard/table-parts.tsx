import Link from "next/link";
import { Td, Th } from "@/components/ui/table";

/** The head row every dashboard table shares: text columns, then the chart's column, then right-aligned figures. */
export function TableHead({ text, chart, figures }: { text: string[]; chart?: string; figures: string[] }) {
  return (
    <thead>
      <tr>
        {text.map((label) => (
          <Th key={label}>{label}</Th>
        ))}
        {chart ? <Th className="w-40">{chart}</Th> : null}
        {figures.map((label) => (
          <Th key={label} className="text-right">
            {label}
          </Th>
        ))}
      </tr>
    </thead>
  );
}

/** A count that leads to the people behind it (a plain zero when there is nobody). */
export function LinkedCount({ count, href, label }: { count: number; href: string; label: string }) {
  return (
    <Td className="text-right tabular-nums">
      {count ? (
        <Link href={href} className="font-semibold text-brand-700 underline" aria-label={`${count} ${label}`}>
          {count}
        </Link>
      ) : (
        0
      )}
    </Td>
  );
}

/** Says that a long table shows only some of its rows, and where the rest are; nothing when it shows them all. */
export function ShownNote({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (shown >= total) return null;
  return (
    <p className="text-sm text-muted">
      Showing the {shown} {what}, of {total.toLocaleString("en-GB")}. The CSV has them all; the filters above narrow the table.
    </p>
  );
}
