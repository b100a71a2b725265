"use client";

import { addItemAction } from "@/app/(app)/hr/enrolments/[id]/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { KIND_LABELS, OWNER_LABELS } from "@/lib/inductions/item-labels";
import { ResetOnSuccess } from "./reset-on-success";

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** HR adds an item to this one induction; its template stays as it is. */
export function AddItemForm({ inductionId, phases, defaultDueDate }: { inductionId: string; phases: { id: string; name: string }[]; defaultDueDate: string }) {
  return (
    <ActionForm action={addItemAction}>
      {(state, pending) => (
        <>
          <input type="hidden" name="inductionId" value={inductionId} />
          <ResetOnSuccess state={state} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField name="phaseId" label="Phase" options={phases.map((phase) => ({ value: phase.id, label: phase.name }))} errors={fieldErrors(state, "phaseId")} />
            <TextField name="dueDate" type="date" label="Due date" defaultValue={defaultDueDate} errors={fieldErrors(state, "dueDate")} required />
          </div>
          <TextField name="title" label="Title" hint="For a reflection, the prompt the new leader answers." errors={fieldErrors(state, "title")} required maxLength={200} />
          <TextAreaField name="guidance" label="Guidance (optional)" errors={fieldErrors(state, "guidance")} rows={2} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField name="owner" label="Who does it" options={options(OWNER_LABELS)} errors={fieldErrors(state, "owner")} />
            <SelectField name="kind" label="Kind" options={options(KIND_LABELS)} errors={fieldErrors(state, "kind")} />
          </div>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="needsSignOff" value="yes" className="mt-0.5 size-4 accent-brand-700" />
            <span>
              <span className="font-medium">Needs sign-off</span>
              <span className="block text-xs text-muted">The manager or HR confirms it once it is done.</span>
            </span>
          </label>
          <SubmitButton pending={pending} pendingLabel="Adding…">
            Add item
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
