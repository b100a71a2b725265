"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/actions/result";
import { TEMPLATE_LIMITS } from "@/lib/inductions/template-limits";

export type TemplateDefaults = { id: string; version: number; name: string; description: string; jobRoleId: string | null };

/** A template's name, description and job role: for a new template, or to edit one. */
export function TemplateForm({
  action,
  roles,
  defaults,
  submitLabel,
}: {
  action: FormAction;
  roles: { value: string; label: string }[];
  defaults?: TemplateDefaults;
  submitLabel: string;
}) {
  return (
    <ActionForm action={action} className="max-w-2xl">
      {(state, pending) => (
        <>
          {defaults ? (
            <>
              <input type="hidden" name="id" value={defaults.id} />
              <input type="hidden" name="version" value={defaults.version} />
            </>
          ) : null}
          <TextField name="name" label="Name" defaultValue={defaults?.name} maxLength={TEMPLATE_LIMITS.name} required errors={fieldErrors(state, "name")} />
          <SelectField
            name="jobRoleId"
            label="Job role"
            hint="The leadership role this induction prepares people for. Its published charter supplies the competencies items can develop."
            options={roles}
            placeholder="No particular role"
            defaultValue={defaults?.jobRoleId ?? ""}
            errors={fieldErrors(state, "jobRoleId")}
          />
          <TextAreaField
            name="description"
            label="Description"
            hint="Who the induction is for and what it sets out to do, in a sentence or two."
            defaultValue={defaults?.description}
            maxLength={TEMPLATE_LIMITS.description}
            errors={fieldErrors(state, "description")}
          />
          <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
