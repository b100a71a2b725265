"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState, FormAction } from "@/lib/actions/result";
import { TEMPLATE_LIMITS } from "@/lib/inductions/template-limits";

/** Adds a phase at the end of the template; the box empties once it is added. */
export function AddPhaseForm({ action, templateId, version }: { action: FormAction; templateId: string; version: number }) {
  const [added, setAdded] = useState(0);
  async function submit(previous: ActionState<unknown>, formData: FormData) {
    const result = await action(previous, formData);
    if (result.ok) setAdded((count) => count + 1);
    return result;
  }
  return (
    <ActionForm action={submit}>
      {(state, pending) => (
        <div className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="templateId" value={templateId} />
          <input type="hidden" name="version" value={version} />
          <TextField
            key={added}
            id="new-phase-name"
            name="name"
            label="New phase"
            hint="For example, Days 91–120."
            maxLength={TEMPLATE_LIMITS.phaseName}
            className="min-w-64 flex-1"
            errors={fieldErrors(state, "name")}
          />
          <SubmitButton pending={pending} pendingLabel="Adding…" variant="secondary">
            Add phase
          </SubmitButton>
        </div>
      )}
    </ActionForm>
  );
}

export function RenamePhaseForm({ action, phaseId, version, name }: { action: FormAction; phaseId: string; version: number; name: string }) {
  return (
    <ActionForm action={action}>
      {(state, pending) => (
        <div className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="phaseId" value={phaseId} />
          <input type="hidden" name="version" value={version} />
          <TextField
            id={`phase-${phaseId}-name`}
            name="name"
            label="Phase name"
            defaultValue={name}
            maxLength={TEMPLATE_LIMITS.phaseName}
            className="min-w-64 flex-1"
            errors={fieldErrors(state, "name")}
          />
          <SubmitButton pending={pending} variant="secondary">
            Rename
          </SubmitButton>
        </div>
      )}
    </ActionForm>
  );
}
