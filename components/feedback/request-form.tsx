"use client";

import type { FormAction } from "@/lib/actions/result";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup, FieldErrors, SelectField, TextAreaField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { fieldErrors } from "@/components/ui/form-status";
import { ANONYMITY_LABELS, RELATION_LABELS, type Relation } from "@/lib/feedback/labels";
import { ANONYMITY_CHOICES, FEEDBACK_LIMITS } from "@/lib/feedback/limits";

type Colleague = { id: string; name: string; email: string; relation: Relation | null };
type Competency = { key: string; name: string; clusterName: string };

/** The people the leader works with, in the order offered; by name within each (the list arrives sorted by name). */
const CLOSEST_FIRST: Relation[] = ["manager", "supporter", "report", "peer"];

/** The leader asks colleagues for feedback: whom, on which competencies of their charter, named or anonymous, and why. */
export function RequestForm({ action, colleagues, competencies }: { action: FormAction; colleagues: Colleague[]; competencies: Competency[] }) {
  const close = colleagues
    .filter((colleague) => colleague.relation !== null)
    .sort((a, b) => CLOSEST_FIRST.indexOf(a.relation ?? "peer") - CLOSEST_FIRST.indexOf(b.relation ?? "peer"));
  const others = colleagues.filter((colleague) => colleague.relation === null);
  return (
    <ActionForm action={action} className="max-w-3xl">
      {(state, pending) => (
        <>
          {close.length > 0 ? (
            <CheckboxGroup
              name="respondentIds"
              legend={`Colleagues to ask (up to ${FEEDBACK_LIMITS.respondents})`}
              options={close.map((colleague) => ({ value: colleague.id, label: colleague.name, description: colleague.relation ? RELATION_LABELS[colleague.relation] : undefined }))}
              errors={fieldErrors(state, "respondentIds")}
            />
          ) : (
            <>
              <p className="text-sm text-muted">No manager, reports, peers or coach are recorded for you yet, so choose colleagues from the list below.</p>
              <FieldErrors name="respondentIds" errors={fieldErrors(state, "respondentIds")} />
            </>
          )}
          <SelectField
            name="otherRespondentId"
            label="Someone else in the organisation (optional)"
            hint="Anyone else whose view would help: a stakeholder, a colleague in another team."
            options={others.map((colleague) => ({ value: colleague.id, label: `${colleague.name} (${colleague.email})` }))}
            placeholder="No one else"
            defaultValue=""
            className="max-w-xl"
            errors={fieldErrors(state, "otherRespondentId")}
          />
          <CheckboxGroup
            name="competencyKeys"
            legend={`Competencies to ask about (up to ${FEEDBACK_LIMITS.competencies}, from your role's charter)`}
            options={competencies.map((competency) => ({ value: competency.key, label: competency.name, description: competency.clusterName }))}
            errors={fieldErrors(state, "competencyKeys")}
          />
          <fieldset className="space-y-2" aria-describedby={fieldErrors(state, "anonymity") ? "anonymity-error" : undefined}>
            <legend className="text-sm font-medium text-ink">How answers are shown to you</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {ANONYMITY_CHOICES.map((choice) => (
                <label key={choice} className="flex items-start gap-2 rounded-md border border-slate-300 bg-white p-3 text-sm">
                  <input type="radio" name="anonymity" value={choice} defaultChecked={choice === "named"} className="mt-0.5 size-4 shrink-0 accent-brand-700" />
                  <span>
                    <span className="font-medium">{ANONYMITY_LABELS[choice].title}</span>
                    <span className="block text-xs text-muted">{ANONYMITY_LABELS[choice].description}</span>
                  </span>
                </label>
              ))}
            </div>
            <FieldErrors name="anonymity" errors={fieldErrors(state, "anonymity")} />
          </fieldset>
          <TextAreaField
            name="message"
            label="Message to your colleagues (optional)"
            hint="What you are working on and what kind of feedback would help you most. Everyone you ask sees it."
            maxLength={FEEDBACK_LIMITS.message}
            errors={fieldErrors(state, "message")}
          />
          <FormFooter state={state} pending={pending}>
            Ask for feedback
          </FormFooter>
        </>
      )}
    </ActionForm>
  );
}
