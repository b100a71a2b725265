import { Card } from "@/components/ui/card";
import type { SupportKind } from "@/lib/db/generated/enums";
import { KIND_DESCRIPTIONS, KIND_LABELS, SUPPORT_KINDS } from "@/lib/coaching/labels";

/** How coaching differs from mentoring, in our words: wherever someone meets or chooses the two. */
export function KindExplainer({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <Card aria-labelledby="kinds-heading">
      <Heading id="kinds-heading" className="text-lg font-semibold">
        Coaching or mentoring?
      </Heading>
      <dl className="mt-2 space-y-2 text-sm">
        {SUPPORT_KINDS.map((kind) => (
          <div key={kind}>
            <dt className="font-medium">{KIND_LABELS[kind]}</dt>
            <dd className="text-muted">{KIND_DESCRIPTIONS[kind]}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** The choice between the two, each option with what it means. */
export function KindChoice({ name = "kind", legend, defaultValue = "MENTORING" }: { name?: string; legend: string; defaultValue?: SupportKind }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-ink">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {SUPPORT_KINDS.map((kind) => (
          <label key={kind} className="flex items-start gap-2 rounded-md border border-slate-300 bg-white p-3 text-sm">
            <input type="radio" name={name} value={kind} defaultChecked={kind === defaultValue} className="mt-0.5 size-4 shrink-0 accent-brand-700" />
            <span>
              <span className="font-medium">{KIND_LABELS[kind]}</span>
              <span className="block text-xs text-muted">{KIND_DESCRIPTIONS[kind]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
