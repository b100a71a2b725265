import Link from "next/link";
import type { ItemKind, ItemOwner } from "@/lib/db/generated/enums";
import { KIND_LABELS, OWNER_LABELS } from "@/lib/inductions/template-labels";
import { ORGANISATION_OWNERS, ownerSplit } from "@/lib/inductions/template-summary";
import { cn } from "@/components/ui/cn";

export type SplitFilter = "all" | "individual" | "organisation";

const FILTERS: { value: SplitFilter; label: string }[] = [
  { value: "all", label: "All items" },
  { value: "individual", label: "The new leader's" },
  { value: "organisation", label: "What the organisation owes" },
];

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

function kindsOf(items: readonly { kind: ItemKind }[]) {
  const counts = new Map<ItemKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => `${KIND_LABELS[kind]}: ${count}`);
}

/** The template's two sides at a glance, with links that show one side at a time. */
export function OwnerSplitSummary({
  items,
  filter,
  hrefFor,
}: {
  items: readonly { owner: ItemOwner; kind: ItemKind; needsSignOff: boolean }[];
  filter: SplitFilter;
  hrefFor: (filter: SplitFilter) => string;
}) {
  const split = ownerSplit(items);
  const individual = items.filter((item) => item.owner === "INDIVIDUAL");
  const signOffs = items.filter((item) => item.needsSignOff).length;
  return (
    <section aria-labelledby="split-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="split-heading" className="sr-only">
        Who does what
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="rounded-md border-l-4 border-sky-600 bg-sky-50 p-4">
          <h3 className="text-sm font-semibold text-sky-950">What the new leader does</h3>
          <p className="mt-1 text-2xl font-semibold text-ink tabular-nums">{plural(split.individual, "item")}</p>
          <p className="mt-1 text-sm text-slate-700">{kindsOf(individual).join(" · ") || "Nothing yet"}</p>
        </div>
        <div className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4">
          <h3 className="text-sm font-semibold text-amber-950">What the organisation owes them</h3>
          <p className="mt-1 text-2xl font-semibold text-ink tabular-nums">{plural(split.organisation, "item")}</p>
          <p className="mt-1 text-sm text-slate-700">
            {ORGANISATION_OWNERS.map((owner) => `${OWNER_LABELS[owner]}: ${split.byOwner[owner]}`).join(" · ")}
            {signOffs ? ` · ${plural(signOffs, "item")} to sign off` : ""}
          </p>
        </div>
      </div>
      <nav aria-label="Show items" className="mt-4 flex flex-wrap gap-2 text-sm">
        {FILTERS.map((option) => (
          <Link
            key={option.value}
            href={hrefFor(option.value)}
            scroll={false}
            aria-current={option.value === filter ? "page" : undefined}
            className={cn(
              "rounded-full px-3 py-1 ring-1 ring-slate-300",
              option.value === filter ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-ink hover:bg-slate-100",
            )}
          >
            {option.label}
          </Link>
        ))}
      </nav>
    </section>
  );
}
