"use client";

import { startTransition, useActionState, type ReactNode } from "react";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { FormStatus } from "./form-status";

type Action<T> = (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;

/**
 * A form bound to a server action. Submitting through startTransition (rather
 * than letting React reset the form) keeps what the person typed when the
 * action refuses it; the native action stays as the no-JavaScript fallback.
 */
export function ActionForm<T>({
  action,
  className,
  children,
}: {
  action: Action<T>;
  className?: string;
  children: (state: ActionState<T>, pending: boolean) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      noValidate
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => formAction(formData));
      }}
    >
      <FormStatus state={state} />
      <div className="space-y-4">{children(state, pending)}</div>
    </form>
  );
}
