"use client";

import type { FormAction } from "@/lib/actions/result";
import { COACHING_LIMITS } from "@/lib/coaching/limits";
import { ResetOnSuccess } from "@/components/inductions/running/reset-on-success";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { fieldErrors } from "@/components/ui/form-status";

/** Records a session with `withName` that has happened, with notes only the two people in the relationship read; folded away until opened. */
export function LogSessionForm({ action, relationshipId, today, withName }: { action: FormAction; relationshipId: string; today: string; withName: string }) {
  const id = (field: string) => `${field}-${relationshipId}`;
  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium">Log a session with {withName}</summary>
      <ActionForm action={action} className="mt-3">
        {(state, pending) => (
          <>
            <ResetOnSuccess state={state} />
            <input type="hidden" name="relationshipId" value={relationshipId} />
            <TextField id={id("heldOn")} name="heldOn" label="Date of the session" type="date" defaultValue={today} max={today} required className="max-w-xs" errors={fieldErrors(state, "heldOn")} />
            <TextAreaField
              id={id("notes")}
              name="notes"
              label="Notes (optional)"
              hint="What you talked about and agreed. Only the two of you can read them; HR sees only that a session took place."
              maxLength={COACHING_LIMITS.notes}
              rows={3}
              errors={fieldErrors(state, "notes")}
            />
            <FormFooter state={state} pending={pending}>
              Log the session
            </FormFooter>
          </>
        )}
      </ActionForm>
    </details>
  );
}
