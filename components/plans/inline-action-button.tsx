"use client";

import { useActionState, type ComponentProps, type ReactNode } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/actions/result";

/**
 * One small button that sends `fields` to `action` (mark done, add a suggested goal…), named for
 * what it acts on when the same button repeats down a list. A refusal shows beside it.
 */
export function InlineActionButton({
  action,
  fields,
  children,
  accessibleName,
  variant = "secondary",
}: {
  action: FormAction;
  fields: Record<string, string>;
  children: ReactNode;
  accessibleName: string;
  variant?: ComponentProps<typeof SubmitButton>["variant"];
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} pendingLabel="Saving…" variant={variant} aria-label={accessibleName} size="sm">
        {children}
      </SubmitButton>
      {state && !state.ok ? (
        <p role="alert" className="max-w-xs text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
