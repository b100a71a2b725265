"use client";

import { DevelopAheadBadge } from "@/components/charters/develop-ahead-badge";
import { ActionForm } from "@/components/ui/action-form";
import { FieldErrors } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { fieldErrors } from "@/components/ui/form-status";
import type { ActionState, FormAction } from "@/lib/actions/result";
import { MOMENT_CHOICES } from "@/lib/assessments/labels";
import type { MomentChoice } from "@/lib/assessments/moments";
import type { AssessmentQuestion, ScaleChoice } from "@/lib/assessments/questions";
import { ratingField } from "@/lib/assessments/ratings";

const RATING_PREFIX = ratingField("");

/** Each competency is its own radio group (`rating-<key>`); the action takes them as one list of "<key>:<level>". */
function asRatings(formData: FormData): FormData {
  const out = new FormData();
  for (const [name, value] of formData) {
    if (name.startsWith(RATING_PREFIX)) out.append("ratings", `${name.slice(RATING_PREFIX.length)}:${String(value)}`);
    else out.append(name, value);
  }
  return out;
}

function MomentField({ moments, state }: { moments: MomentChoice; state: ActionState<unknown> }) {
  const errors = fieldErrors(state, "moment");
  return (
    <fieldset role="radiogroup" aria-describedby={errors?.length ? "moment-error" : undefined} className="space-y-2">
      <legend className="text-sm font-medium text-ink">Which assessment is this?</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {moments.open.map((moment) => (
          <label key={moment} className="flex items-start gap-2 rounded-md border border-slate-300 bg-white p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name="moment" value={moment} defaultChecked={moment === moments.suggested} className="mt-0.5 size-4 shrink-0 accent-brand-700" />
            <span>
              <span className="font-medium">{MOMENT_CHOICES[moment].label}</span>
              <span className="block text-xs text-muted">{MOMENT_CHOICES[moment].hint}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldErrors name="moment" errors={errors} />
    </fieldset>
  );
}

function Question({ question, scale, errors }: { question: AssessmentQuestion; scale: ScaleChoice[]; errors?: string[] }) {
  const name = ratingField(question.key);
  const expected = scale[question.expectedLevel - 1];
  return (
    <fieldset
      role="radiogroup"
      aria-describedby={[`${name}-expectation`, errors?.length ? `${name}-error` : null].filter(Boolean).join(" ")}
      aria-invalid={errors?.length ? true : undefined}
      className="rounded-lg border border-slate-200 bg-white p-4 aria-[invalid=true]:border-red-700"
    >
      {/* Floated so the legend lays out like a heading inside the card's padding. */}
      <legend className="float-left flex w-full flex-wrap items-center gap-2">
        <span className="font-semibold text-ink">{question.name}</span>
        {question.developAhead ? <DevelopAheadBadge /> : null}
      </legend>
      <div id={`${name}-expectation`} className="clear-both space-y-1 pt-1 text-sm text-muted">
        <p className="text-xs">
          {question.clusterName} · required at {question.stageName}
          {expected ? ` · the role expects ${expected.name} (${expected.level} of ${scale.length})` : ""}
        </p>
        {question.expectation ? <p className="whitespace-pre-line">{question.expectation}</p> : null}
      </div>
      <div className="mt-3 grid gap-2 sm:grid-cols-2 xl:grid-cols-4">
        {scale.map((point) => (
          <label
            key={point.level}
            className="flex items-start gap-2 rounded-md border border-slate-300 p-2.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input type="radio" name={name} value={point.level} className="mt-0.5 size-4 shrink-0 accent-brand-700" />
            <span>
              <span className="font-medium">
                {point.level}. {point.name}
              </span>
              {point.description ? <span className="block text-xs text-muted">{point.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <FieldErrors name={name} errors={errors} />
    </fieldset>
  );
}

/** Rates the person on each competency their role's charter requires, for one moment. */
export function AssessmentForm({
  action,
  hidden,
  moments,
  questions,
  scale,
  submitLabel,
}: {
  action: FormAction;
  /** The charter version the questions come from, and whom the assessment is of when it is not the signed-in person. */
  hidden: Record<string, string>;
  moments: MomentChoice;
  questions: AssessmentQuestion[];
  scale: ScaleChoice[];
  submitLabel: string;
}) {
  return (
    <ActionForm action={(previous, formData) => action(previous, asRatings(formData))}>
      {(state, pending) => (
        <>
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <MomentField moments={moments} state={state} />
          {/* The overall message already says it when there is only one thing to say. */}
          <FieldErrors name="ratings" errors={fieldErrors(state, "ratings")?.filter((error) => error !== state?.message)} />
          {questions.map((question) => (
            <Question key={question.key} question={question} scale={scale} errors={fieldErrors(state, ratingField(question.key))} />
          ))}
          <FormFooter state={state} pending={pending}>
            {submitLabel}
          </FormFooter>
        </>
      )}
    </ActionForm>
  );
}
