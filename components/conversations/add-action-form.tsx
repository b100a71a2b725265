"use client";

import { addAgreedActionAction } from "@/app/(app)/team/[id]/conversations/actions";
import { ResetOnSuccess } from "@/components/inductions/running/reset-on-success";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { fieldErrors } from "@/components/ui/form-status";
import { CONVERSATION_LIMITS } from "@/lib/conversations/limits";
import type { DateOnly } from "@/lib/inductions/dates";

/** The manager notes something agreed in the conversation, owned by the report or by themselves. */
export function AddActionForm({ conversationId, reportName, today }: { conversationId: string; reportName: string; today: DateOnly }) {
  return (
    <ActionForm action={addAgreedActionAction}>
      {(state, pending) => (
        <>
          <input type="hidden" name="conversationId" value={conversationId} />
          <ResetOnSuccess state={state} />
          <TextField name="description" label="What was agreed" maxLength={CONVERSATION_LIMITS.action} errors={fieldErrors(state, "description")} required />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="owner"
              label="Owner"
              options={[
                { value: "REPORT", label: reportName },
                { value: "MANAGER", label: "Me" },
              ]}
              errors={fieldErrors(state, "owner")}
            />
            <TextField name="dueOn" type="date" label="Due on" min={today} errors={fieldErrors(state, "dueOn")} required />
          </div>
          <FormFooter state={state} pending={pending}>
            Add the action
          </FormFooter>
        </>
      )}
    </ActionForm>
  );
}
