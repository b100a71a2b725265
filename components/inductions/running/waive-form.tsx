"use client";

import { waiveItemAction } from "@/app/(app)/hr/enrolments/[id]/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

/** HR settles an item that no longer applies; the reason is shown to everyone who sees the induction. */
export function WaiveForm({ itemId, version }: { itemId: string; version: number }) {
  return (
    <ActionForm action={waiveItemAction} className="mt-3">
      {(state, pending) => (
        <>
          <input type="hidden" name="itemId" value={itemId} />
          <input type="hidden" name="version" value={version} />
          <TextAreaField
            id={`waive-reason-${itemId}`}
            name="reason"
            label="Reason for waiving"
            hint="Everyone who sees this induction will read it."
            errors={fieldErrors(state, "reason")}
            rows={2}
            required
          />
          <SubmitButton pending={pending} pendingLabel="Waiving…" variant="danger">
            Waive item
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
