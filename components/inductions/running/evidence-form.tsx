"use client";

import { addEvidenceAction } from "@/app/(app)/tasks/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { ResetOnSuccess } from "./reset-on-success";

/** A note, a link, or both, to show an item was done. */
export function EvidenceForm({ itemId }: { itemId: string }) {
  return (
    <ActionForm action={addEvidenceAction} className="mt-3">
      {(state, pending) => (
        <>
          <input type="hidden" name="itemId" value={itemId} />
          <ResetOnSuccess state={state} />
          <TextAreaField id={`evidence-text-${itemId}`} name="text" label="Note" hint="What you did, or what came of it." errors={fieldErrors(state, "text")} rows={3} />
          <TextField id={`evidence-url-${itemId}`} name="url" type="url" label="Link (optional)" hint="A web address starting with https://" errors={fieldErrors(state, "url")} />
          <SubmitButton pending={pending} pendingLabel="Adding…" variant="secondary">
            Add evidence
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
