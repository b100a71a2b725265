"use client";

import { startRelationshipAction } from "@/app/(app)/hr/coaching/actions";
import type { SupportKind } from "@/lib/db/generated/enums";
import { COACHING_LIMITS } from "@/lib/coaching/limits";
import { KIND_LABELS } from "@/lib/coaching/labels";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { fieldErrors } from "@/components/ui/form-status";

/** Starts coaching or mentoring with one suggested person: the goals they agree, and from when to when. */
export function StartRelationshipForm({
  leaderId,
  supporter,
  kind,
  startOn,
  endOn,
}: {
  leaderId: string;
  supporter: { id: string; name: string };
  kind: SupportKind;
  startOn: string;
  endOn: string;
}) {
  const id = (field: string) => `${field}-${supporter.id}`;
  return (
    <ActionForm action={startRelationshipAction}>
      {(state, pending) => (
        <>
          <input type="hidden" name="leaderId" value={leaderId} />
          <input type="hidden" name="supporterId" value={supporter.id} />
          <input type="hidden" name="kind" value={kind} />
          <TextAreaField
            id={id("goals")}
            name="goals"
            label="Goals"
            hint="What the leader wants from it, in their words. Both of them see the goals; HR sees only that the relationship exists and how often they meet."
            maxLength={COACHING_LIMITS.goals}
            rows={3}
            required
            errors={fieldErrors(state, "goals")}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField id={id("startOn")} name="startOn" label="Start date" type="date" defaultValue={startOn} required errors={fieldErrors(state, "startOn")} />
            <TextField id={id("endOn")} name="endOn" label="End date" type="date" defaultValue={endOn} required hint="Six months is usual; they can end it sooner." errors={fieldErrors(state, "endOn")} />
          </div>
          <FormFooter state={state} pending={pending}>
            Start {KIND_LABELS[kind].toLowerCase()} with {supporter.name}
          </FormFooter>
        </>
      )}
    </ActionForm>
  );
}
