"use client";

import { startTransition, useActionState, useState, type ReactNode } from "react";
import dynamic from "next/dynamic";
import { Button, type ButtonSize } from "@/components/ui/button";
import type { ConfirmRequest } from "@/components/ui/confirm-dialog";
import type { FormAction } from "@/lib/actions/result";

// The dialog (and Radix with it) loads the first time something needs confirming.
const ConfirmDialog = dynamic(() => import("@/components/ui/confirm-dialog").then((module) => module.ConfirmDialog), { ssr: false });

/**
 * A button that asks in a dialog before sending `fields` to `action` (delete, remove…).
 * A refusal (someone else changed the template, say) is shown beside the button. When the
 * button is gone afterwards, focus moves to the element with id `focusAfter`.
 */
export function ConfirmActionButton({
  action,
  fields,
  confirm,
  children,
  accessibleName,
  focusAfter,
  variant = "danger",
  size,
}: {
  action: FormAction;
  fields: Record<string, string>;
  confirm: ConfirmRequest;
  children: ReactNode;
  accessibleName?: string;
  focusAfter?: string;
  variant?: "danger" | "ghost" | "ghostDanger" | "secondary";
  size?: ButtonSize;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [asking, setAsking] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <div className="inline-flex flex-col items-start gap-1">
      <Button
        type="button"
        variant={variant}
        size={size}
        aria-label={accessibleName}
        disabled={pending}
        onClick={() => {
          setOpened(true);
          setAsking(true);
        }}
      >
        {children}
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="max-w-xs text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
      {opened ? (
        <ConfirmDialog
          request={asking ? confirm : null}
          returnFocus={() => (focusAfter ? document.getElementById(focusAfter) : null)}
          onAnswer={(confirmed) => {
            setAsking(false);
            if (!confirmed) return;
            const formData = new FormData();
            for (const [name, value] of Object.entries(fields)) formData.set(name, value);
            startTransition(() => formAction(formData));
          }}
        />
      ) : null}
    </div>
  );
}
