"use client";

import type { ComponentProps } from "react";
import type { FormAction } from "@/lib/actions/result";
import { ActionForm } from "./action-form";
import { Button } from "./button";
import { SubmitButton } from "./submit-button";

/** A one-button form (deactivate, delete…) that sends a few hidden values to an action. */
export function ButtonActionForm({
  action,
  fields,
  label,
  pendingLabel = "Working…",
  variant,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  variant?: ComponentProps<typeof Button>["variant"];
}) {
  return (
    <ActionForm action={action}>
      {(_state, pending) => (
        <>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <SubmitButton pending={pending} variant={variant} pendingLabel={pendingLabel}>
            {label}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
