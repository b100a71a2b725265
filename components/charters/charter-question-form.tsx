"use client";

import { useState } from "react";
import { askCharterQuestionAction } from "@/app/(app)/me/charter/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/result";
import { CHARTER_LIMITS } from "@/lib/charters/limits";

/** Sends a question about the charter to the leader's manager and HR; the box empties once it has gone. */
export function CharterQuestionForm({ charterVersionId }: { charterVersionId: string }) {
  const [sent, setSent] = useState(0);
  async function ask(previous: ActionState<{ recipients: number }>, formData: FormData) {
    const result = await askCharterQuestionAction(previous, formData);
    if (result.ok) setSent((n) => n + 1);
    return result;
  }
  return (
    <ActionForm action={ask}>
      {(state, pending) => (
        <>
          <input type="hidden" name="charterVersionId" value={charterVersionId} />
          <TextAreaField
            key={sent}
            name="question"
            label="Your question"
            hint="Anything in the charter that is unclear, or that you would like to talk through."
            maxLength={CHARTER_LIMITS.question}
            errors={fieldErrors(state, "question")}
          />
          <SubmitButton pending={pending} pendingLabel="Sending…" variant="secondary">
            Send question
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
