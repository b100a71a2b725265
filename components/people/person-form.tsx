"use client";

import type { FormAction } from "@/lib/actions/result";
import { ROLE_LABELS, HATS } from "@/lib/auth/hats";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup, SelectField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

type Option = { value: string; label: string };

export type PersonDefaults = {
  id?: string;
  version?: number;
  name?: string;
  email?: string;
  jobRoleId?: string | null;
  managerId?: string | null;
  roles?: string[];
};

const roleOptions = HATS.map((hat) => ({ value: hat.role, label: ROLE_LABELS[hat.role], description: hat.description }));

export function PersonForm({
  action,
  defaults = {},
  jobRoles,
  managers,
  submitLabel,
}: {
  action: FormAction;
  defaults?: PersonDefaults;
  jobRoles: Option[];
  managers: Option[];
  submitLabel: string;
}) {
  const isNew = !defaults.id;
  return (
    <ActionForm action={action} className="max-w-2xl">
      {(state, pending) => (
        <>
          {defaults.id ? <input type="hidden" name="id" value={defaults.id} /> : null}
          {defaults.version ? <input type="hidden" name="version" value={defaults.version} /> : null}
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="name" label="Full name" defaultValue={defaults.name} autoComplete="off" required errors={fieldErrors(state, "name")} />
            <TextField name="email" label="Email" type="email" defaultValue={defaults.email} autoComplete="off" required errors={fieldErrors(state, "email")} />
            <SelectField
              name="jobRoleId"
              label="Job role"
              options={jobRoles}
              placeholder="No job role yet"
              defaultValue={defaults.jobRoleId ?? ""}
              errors={fieldErrors(state, "jobRoleId")}
            />
            <SelectField
              name="managerId"
              label="Manager"
              options={managers.filter((m) => m.value !== defaults.id)}
              placeholder="No manager"
              defaultValue={defaults.managerId ?? ""}
              errors={fieldErrors(state, "managerId")}
            />
          </div>
          <CheckboxGroup name="roles" legend="App roles" options={roleOptions} defaultValues={defaults.roles} errors={fieldErrors(state, "roles")} />
          {isNew ? (
            <TextField
              name="password"
              label="Temporary password (optional)"
              type="password"
              autoComplete="new-password"
              hint="At least 12 characters. Give it to them privately; they can change it from their profile. Leave it empty only if your organisation signs in with single sign-on: without either, they cannot sign in."
              errors={fieldErrors(state, "password")}
            />
          ) : null}
          <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
