"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/actions/result";
import { MINDSET_LIMITS } from "@/lib/inductions/template-limits";

export type OwnSectionDefaults = { id: string; savedAt: string; title: string; summary: string; practices: string[]; prompts: string[] };

/** One of HR's own mindset sections: a title, a summary, and practices and prompts one per line. */
export function OwnSectionForm({ action, defaults, submitLabel }: { action: FormAction; defaults?: OwnSectionDefaults; submitLabel: string }) {
  const perLine = `One per line, up to ${MINDSET_LIMITS.entries}, each up to ${MINDSET_LIMITS.entry} characters.`;
  return (
    <ActionForm action={action} className="max-w-3xl">
      {(state, pending) => (
        <>
          {defaults ? (
            <>
              <input type="hidden" name="id" value={defaults.id} />
              <input type="hidden" name="savedAt" value={defaults.savedAt} />
            </>
          ) : null}
          <TextField name="title" label="Title" defaultValue={defaults?.title} maxLength={MINDSET_LIMITS.title} required errors={fieldErrors(state, "title")} />
          <TextAreaField
            name="summary"
            label="Summary"
            hint="The shift in a few sentences: what changes for someone moving from expert to leader."
            defaultValue={defaults?.summary}
            maxLength={MINDSET_LIMITS.summary}
            rows={3}
            errors={fieldErrors(state, "summary")}
          />
          <TextAreaField
            name="practices"
            label="Practices"
            hint={`Concrete things to do; each becomes a mindset practice for the new leader. ${perLine}`}
            defaultValue={defaults?.practices.join("\n")}
            rows={6}
            errors={fieldErrors(state, "practices")}
          />
          <TextAreaField
            name="prompts"
            label="Reflection prompts"
            hint={`Questions to reflect on; each becomes a reflection for the new leader. ${perLine}`}
            defaultValue={defaults?.prompts.join("\n")}
            rows={4}
            errors={fieldErrors(state, "prompts")}
          />
          <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
