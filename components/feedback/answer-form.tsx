"use client";

import type { FormAction } from "@/lib/actions/result";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { fieldErrors } from "@/components/ui/form-status";
import { ANSWER_FIELDS, FEEDBACK_LIMITS } from "@/lib/feedback/limits";

type Competency = { key: string; name: string; expectation: string };

/** One textarea per competency asked, in the request's order; any may be left blank, but not all. */
export function AnswerForm({ action, responseId, competencies }: { action: FormAction; responseId: string; competencies: Competency[] }) {
  return (
    <ActionForm action={action}>
      {(state, pending) => (
        <>
          <input type="hidden" name="responseId" value={responseId} />
          {competencies.map((competency, index) => {
            const name = ANSWER_FIELDS[index] ?? "";
            return (
              <TextAreaField
                key={competency.key}
                name={name}
                label={competency.name}
                hint={competency.expectation ? `What the role expects: ${competency.expectation}` : undefined}
                maxLength={FEEDBACK_LIMITS.answer}
                rows={5}
                errors={fieldErrors(state, name)}
              />
            );
          })}
          <p className="text-sm text-muted">Leave a competency blank if you have not seen enough to say. You can send your answers once; they cannot be changed afterwards.</p>
          <FormFooter state={state} pending={pending}>
            Send my feedback
          </FormFooter>
        </>
      )}
    </ActionForm>
  );
}
