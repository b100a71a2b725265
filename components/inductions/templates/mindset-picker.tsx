"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/actions/result";
import { TEMPLATE_LIMITS } from "@/lib/inductions/template-limits";

/** Adds a mindset section from the library to a phase: its practices and prompts become the new leader's items. */
export function MindsetPicker({
  action,
  idPrefix,
  phaseId,
  version,
  sections,
  defaultDue,
}: {
  action: FormAction;
  idPrefix: string;
  phaseId: string;
  version: number;
  sections: { value: string; label: string }[];
  defaultDue: number;
}) {
  return (
    <ActionForm action={action}>
      {(state, pending) => (
        <>
          <input type="hidden" name="phaseId" value={phaseId} />
          <input type="hidden" name="version" value={version} />
          <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
            <SelectField
              id={`${idPrefix}-section`}
              name="section"
              label="Mindset section"
              hint="Each practice becomes a mindset practice and each prompt a reflection, all for the new leader."
              options={sections}
              placeholder="Choose a section"
              defaultValue=""
              errors={fieldErrors(state, "section")}
            />
            <TextField
              id={`${idPrefix}-due`}
              name="dueOffsetDays"
              label="Due (days from the start date)"
              type="number"
              inputMode="numeric"
              min={TEMPLATE_LIMITS.earliestOffset}
              max={TEMPLATE_LIMITS.latestOffset}
              step={1}
              defaultValue={defaultDue}
              errors={fieldErrors(state, "dueOffsetDays")}
            />
          </div>
          <SubmitButton pending={pending} pendingLabel="Adding…" variant="secondary">
            Add section
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
