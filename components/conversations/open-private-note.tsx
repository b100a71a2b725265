"use client";

import { openPrivateNoteAction } from "@/app/(app)/hr/people/[id]/conversations/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { CONVERSATION_LIMITS } from "@/lib/conversations/limits";

/**
 * HR asks for a manager's private note by giving a reason; the note appears here, in place,
 * only in the answer to that request (it is never part of the page HR loads).
 */
export function OpenPrivateNote({ conversationId, personName }: { conversationId: string; personName: string }) {
  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">Open private notes</summary>
      <ActionForm action={openPrivateNoteAction} className="mt-3">
        {(state, pending) =>
          state?.ok && state.data ? (
            <div className="rounded-md border border-amber-300 bg-amber-50 p-4">
              <h3 className="text-sm font-semibold">Private note</h3>
              <p className="mt-1 whitespace-pre-line text-sm">{state.data.text}</p>
            </div>
          ) : (
            <>
              <input type="hidden" name="conversationId" value={conversationId} />
              <TextAreaField
                id={`reason-${conversationId}`}
                name="reason"
                label="Reason for opening"
                hint={`${personName} is told at once, and reads your name, the time and this reason in their access log. Open the notes only when you need to.`}
                rows={2}
                maxLength={CONVERSATION_LIMITS.reasonMax}
                errors={fieldErrors(state, "reason")}
                required
              />
              <SubmitButton pending={pending} pendingLabel="Opening…" variant="secondary">
                Open with this reason
              </SubmitButton>
            </>
          )
        }
      </ActionForm>
    </details>
  );
}
