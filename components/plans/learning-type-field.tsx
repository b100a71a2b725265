import { FieldErrors } from "@/components/ui/field";
import type { LearningType } from "@/lib/db/generated/enums";
import { LEARNING_TYPE_LABELS, LEARNING_TYPES } from "@/lib/plans/labels";

/** The choice of the kind of learning, each kind explained where it is chosen. */
export function LearningTypeField({ idPrefix, defaultValue, errors }: { idPrefix: string; defaultValue: LearningType; errors?: string[] }) {
  const errorId = `${idPrefix}-type-error`;
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? errorId : undefined}>
      <legend className="text-sm font-medium text-ink">Kind of learning</legend>
      <p className="text-xs text-muted">A good plan is about 70% doing, 20% learning from others and 10% courses.</p>
      <div className="grid gap-2">
        {LEARNING_TYPES.map((type) => (
          <label key={type} htmlFor={`${idPrefix}-type-${type}`} className="flex items-start gap-2 rounded-md border border-slate-300 bg-white p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input id={`${idPrefix}-type-${type}`} type="radio" name="type" value={type} defaultChecked={type === defaultValue} className="mt-0.5 size-4 shrink-0 accent-brand-700" />
            <span>
              <span className="font-medium">{LEARNING_TYPE_LABELS[type].label}</span>
              <span className="block text-xs text-muted">{LEARNING_TYPE_LABELS[type].hint}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldErrors name={`${idPrefix}-type`} errors={errors} />
    </fieldset>
  );
}
