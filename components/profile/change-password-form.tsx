"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { changePasswordAction } from "@/app/(app)/profile/actions";

export function ChangePasswordForm() {
  return (
    <ActionForm action={changePasswordAction} className="max-w-md">
      {(state, pending) => (
        <>
          <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" errors={fieldErrors(state, "currentPassword")} />
          <TextField name="newPassword" label="New password" type="password" autoComplete="new-password" hint="At least 12 characters." errors={fieldErrors(state, "newPassword")} />
          <TextField name="confirmPassword" label="Repeat the new password" type="password" autoComplete="new-password" errors={fieldErrors(state, "confirmPassword")} />
          <SubmitButton pending={pending}>Change password</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
