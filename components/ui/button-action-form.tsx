"use client";

import { useState, type ComponentProps } from "react";
import type { FormAction } from "@/lib/actions/result";
import { ActionForm } from "./action-form";
import { Button } from "./button";
import { SubmitButton } from "./submit-button";

/**
 * A one-button form (deactivate, delete…) that sends a few hidden values to an
 * action. With `confirmation`, the first click asks before anything happens.
 */
export function ButtonActionForm({
  action,
  fields,
  label,
  pendingLabel = "Working…",
  variant,
  confirmation,
  disabled,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  variant?: ComponentProps<typeof Button>["variant"];
  confirmation?: string;
  disabled?: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <ActionForm action={action}>
      {(_state, pending) => (
        <>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {confirmation && !confirming ? (
            <Button type="button" variant={variant} disabled={disabled} onClick={() => setConfirming(true)}>
              {label}
            </Button>
          ) : (
            <div className="space-y-3">
              {confirmation ? (
                <p role="alert" className="text-sm font-medium">
                  {confirmation}
                </p>
              ) : null}
              <div className="flex flex-wrap gap-2">
                <SubmitButton pending={pending} variant={variant} pendingLabel={pendingLabel} disabled={disabled || pending}>
                  {confirmation ? `Yes, ${label.toLowerCase()}` : label}
                </SubmitButton>
                {confirmation ? (
                  <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
                    Cancel
                  </Button>
                ) : null}
              </div>
            </div>
          )}
        </>
      )}
    </ActionForm>
  );
}
