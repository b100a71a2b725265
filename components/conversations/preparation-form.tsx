"use client";

import { addPreparationAction } from "@/app/(app)/me/conversations/actions";
import { ResetOnSuccess } from "@/components/inductions/running/reset-on-success";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { fieldErrors } from "@/components/ui/form-status";
import { CONVERSATION_LIMITS } from "@/lib/conversations/limits";

/** The report jots down what they want to bring to their next conversation. */
export function PreparationForm({ managerName }: { managerName: string }) {
  return (
    <ActionForm action={addPreparationAction}>
      {(state, pending) => (
        <>
          <ResetOnSuccess state={state} />
          <TextAreaField
            name="text"
            label="Add a note for your next conversation"
            hint={`What you would like to talk about: an ambition, a worry, a role you are curious about. ${managerName} sees your notes when they log the conversation.`}
            rows={3}
            maxLength={CONVERSATION_LIMITS.preparation}
            errors={fieldErrors(state, "text")}
          />
          <FormFooter state={state} pending={pending}>
            Save note
          </FormFooter>
        </>
      )}
    </ActionForm>
  );
}
