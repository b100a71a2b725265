import type { ActionState } from "@/lib/actions/result";
import { clsx } from "clsx";

/** The form's overall message, announced to screen readers when it changes. */
export function FormStatus({ state }: { state: ActionState<unknown> }) {
  return (
    <div aria-live="polite" role="status" className="min-h-0">
      {state?.message ? (
        <p
          className={clsx(
            "mb-4 rounded-md px-3 py-2 text-sm",
            state.ok ? "bg-emerald-50 text-emerald-900 ring-1 ring-emerald-200" : "bg-red-50 text-red-800 ring-1 ring-red-200",
          )}
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

export function fieldErrors(state: ActionState<unknown>, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}
