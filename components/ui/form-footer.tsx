import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/result";
import { SubmitButton } from "./submit-button";

/** The submit button with the form's message beside it. */
export function FormFooter({ state, pending, children }: { state: ActionState<unknown>; pending: boolean; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <SubmitButton pending={pending}>{children}</SubmitButton>
      {/* The announced message is at the top of the form; this copy is for eyes at the button. */}
      {state?.message ? (
        <span aria-hidden className={state.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>
          {state.message}
        </span>
      ) : null}
    </div>
  );
}
