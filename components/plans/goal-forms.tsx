"use client";

import { addGoalAction, renameGoalAction } from "@/app/(app)/me/plan/actions";
import { ResetOnSuccess } from "@/components/inductions/running/reset-on-success";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { fieldErrors } from "@/components/ui/form-status";
import { PLAN_LIMITS } from "@/lib/plans/limits";

/** A new goal, tied to a competency of the leader's charter or standing on its own. */
export function AddGoalForm({ competencies }: { competencies: { value: string; label: string }[] }) {
  return (
    <ActionForm action={addGoalAction}>
      {(state, pending) => (
        <>
          <ResetOnSuccess state={state} />
          <TextField
            id="new-goal-title"
            name="title"
            label="Goal"
            hint="What you want to be able to do, such as “Let the team solve problems I used to solve myself”."
            errors={fieldErrors(state, "title")}
            required
            maxLength={PLAN_LIMITS.title}
          />
          <SelectField
            id="new-goal-competency"
            name="competencyKey"
            label="Competency it develops"
            hint={competencies.length ? "Listed with the largest gaps from your assessments first." : "Your role has no published charter yet, so there are no competencies to choose from."}
            placeholder="None"
            options={competencies}
            errors={fieldErrors(state, "competencyKey")}
          />
          <FormFooter state={state} pending={pending}>
            Add goal
          </FormFooter>
        </>
      )}
    </ActionForm>
  );
}

export function RenameGoalForm({ goal, planVersion }: { goal: { id: string; title: string }; planVersion: number }) {
  return (
    <ActionForm action={renameGoalAction}>
      {(state, pending) => (
        <>
          <input type="hidden" name="goalId" value={goal.id} />
          <input type="hidden" name="version" value={planVersion} />
          <TextField id={`goal-${goal.id}-title`} name="title" label="New title" defaultValue={goal.title} errors={fieldErrors(state, "title")} required maxLength={PLAN_LIMITS.title} />
          <FormFooter state={state} pending={pending}>
            Rename goal
          </FormFooter>
        </>
      )}
    </ActionForm>
  );
}
