"use client";

import { ResetOnSuccess } from "@/components/inductions/running/reset-on-success";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { fieldErrors } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/actions/result";
import type { LearningType, PlanActionStatus } from "@/lib/db/generated/enums";
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from "@/lib/plans/labels";
import { PLAN_LIMITS } from "@/lib/plans/limits";
import { LearningTypeField } from "./learning-type-field";

export type ActionDefaults = { title: string; type: LearningType; status: PlanActionStatus; dueOn: string; goalId: string };

/**
 * Adding an action, or changing one (`hidden` then carries its id and version): what, which kind
 * of learning, where it stands, by when, and the goal it serves. `idPrefix` keeps the ids of the
 * many forms on one page apart.
 */
export function PlanActionForm({
  action,
  idPrefix,
  defaults,
  goals,
  hidden = {},
  submitLabel,
  resetOnSuccess = false,
}: {
  action: FormAction;
  idPrefix: string;
  defaults: ActionDefaults;
  goals: { id: string; title: string }[];
  hidden?: Record<string, string>;
  submitLabel: string;
  resetOnSuccess?: boolean;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <ActionForm action={action}>
      {(state, pending) => (
        <>
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {resetOnSuccess ? <ResetOnSuccess state={state} /> : null}
          <TextField
            id={id("title")}
            name="title"
            label="What you will do"
            hint="Something you can see done, such as “Run the quarterly planning session for the team”."
            defaultValue={defaults.title}
            errors={fieldErrors(state, "title")}
            required
            maxLength={PLAN_LIMITS.title}
          />
          <LearningTypeField idPrefix={idPrefix} defaultValue={defaults.type} errors={fieldErrors(state, "type")} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id={id("status")}
              name="status"
              label="Where it stands"
              defaultValue={defaults.status}
              options={ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABELS[value] }))}
              errors={fieldErrors(state, "status")}
            />
            <TextField id={id("dueOn")} name="dueOn" type="date" label="Due by" defaultValue={defaults.dueOn} errors={fieldErrors(state, "dueOn")} required />
          </div>
          <SelectField
            id={id("goalId")}
            name="goalId"
            label="Goal it serves"
            defaultValue={defaults.goalId}
            placeholder="Not tied to a goal"
            options={goals.map((goal) => ({ value: goal.id, label: goal.title }))}
            errors={fieldErrors(state, "goalId")}
          />
          <FormFooter state={state} pending={pending}>
            {submitLabel}
          </FormFooter>
        </>
      )}
    </ActionForm>
  );
}
