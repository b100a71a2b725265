"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInWithPassword } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  return (
    <ActionForm action={signInWithPassword}>
      {(state, pending) => (
        <>
          <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/"} />
          <TextField name="email" label="Email" type="email" autoComplete="username" required errors={fieldErrors(state, "email")} />
          <TextField
            name="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            errors={fieldErrors(state, "password")}
          />
          <SubmitButton pending={pending} className="w-full" pendingLabel="Signing in…">
            Sign in
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
