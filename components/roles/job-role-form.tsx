"use client";

import type { FormAction } from "@/lib/actions/result";
import { STAGE_LABELS, TRACK_LABELS } from "@/lib/roles/labels";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

export type JobRoleDefaults = {
  id?: string;
  version?: number;
  title?: string;
  description?: string;
  track?: string;
  careerStage?: string;
  usuallyFollowsId?: string | null;
};

const toOptions = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function JobRoleForm({
  action,
  defaults = {},
  roles,
  submitLabel,
}: {
  action: FormAction;
  defaults?: JobRoleDefaults;
  roles: { value: string; label: string }[];
  submitLabel: string;
}) {
  return (
    <ActionForm action={action} className="max-w-2xl">
      {(state, pending) => (
        <>
          {defaults.id ? <input type="hidden" name="id" value={defaults.id} /> : null}
          {defaults.version ? <input type="hidden" name="version" value={defaults.version} /> : null}
          <TextField name="title" label="Title" defaultValue={defaults.title} required errors={fieldErrors(state, "title")} />
          <TextAreaField
            name="description"
            label="Description"
            defaultValue={defaults.description}
            hint="What the role is for, in a sentence or two."
            errors={fieldErrors(state, "description")}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="track"
              label="Track"
              options={toOptions(TRACK_LABELS)}
              placeholder="Choose a track"
              defaultValue={defaults.track ?? ""}
              errors={fieldErrors(state, "track")}
            />
            <SelectField
              name="careerStage"
              label="Career stage"
              options={toOptions(STAGE_LABELS)}
              placeholder="Choose a stage"
              defaultValue={defaults.careerStage ?? ""}
              errors={fieldErrors(state, "careerStage")}
            />
          </div>
          <SelectField
            name="usuallyFollowsId"
            label="Usually follows"
            hint="The role people usually move from into this one, such as the expert role before a first leadership role."
            options={roles.filter((r) => r.value !== defaults.id)}
            placeholder="No usual predecessor"
            defaultValue={defaults.usuallyFollowsId ?? ""}
            errors={fieldErrors(state, "usuallyFollowsId")}
          />
          <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
