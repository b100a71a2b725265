"use client";

import type { FormAction } from "@/lib/actions/result";
import { COACHING_LIMITS } from "@/lib/coaching/limits";
import { KIND_DESCRIPTIONS, KIND_LABELS, SUPPORT_KINDS } from "@/lib/coaching/labels";
import type { StrengthOptions } from "@/lib/coaching/queries";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup, FieldErrors, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { fieldErrors } from "@/components/ui/form-status";

export type SupporterDefaults = { profileId: string; version: number; offers: string[]; capacity: number; about: string; strengths: string[] };

const kindOptions = SUPPORT_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind], description: KIND_DESCRIPTIONS[kind] }));

/** The strengths, chosen as competencies of each published framework, grouped as the framework groups them. */
function StrengthPicker({ options, chosen, errors }: { options: StrengthOptions[]; chosen: string[]; errors?: string[] }) {
  return (
    <fieldset className="space-y-3" aria-describedby={["strengths-hint", errors?.length ? "strengths-error" : null].filter(Boolean).join(" ")}>
      <legend className="text-sm font-medium text-ink">Strengths</legend>
      <p id="strengths-hint" className="text-xs text-muted">
        Up to {COACHING_LIMITS.strengths} competencies they are strongest in. Matching suggests them for leaders whose assessments show gaps in these.
      </p>
      <FieldErrors name="strengths" errors={errors} />
      {options.length === 0 ? <p className="text-sm text-muted">No framework is published yet, so there are no competencies to choose from.</p> : null}
      {options.map((framework) => (
        // With several frameworks, each is a group of its own: their competencies may share names.
        <fieldset key={framework.frameworkId} className="space-y-3">
          {options.length > 1 ? <legend className="text-sm font-semibold">{framework.frameworkName}</legend> : null}
          {framework.clusters.map((cluster) => (
            <CheckboxGroup
              key={cluster.name}
              name="strengths"
              legend={cluster.name}
              options={cluster.competencies.map((competency) => ({ value: `${framework.frameworkId}:${competency.key}`, label: competency.name }))}
              defaultValues={chosen}
            />
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}

/** Puts a person on the bench (`people` to choose from) or edits their profile (`profile`). */
export function SupporterForm({
  action,
  people,
  profile,
  strengthOptions,
}: {
  action: FormAction;
  people?: { id: string; name: string; email: string }[];
  profile?: SupporterDefaults;
  strengthOptions: StrengthOptions[];
}) {
  return (
    <ActionForm action={action} className="max-w-3xl">
      {(state, pending) => (
        <>
          {profile ? (
            <>
              <input type="hidden" name="profileId" value={profile.profileId} />
              <input type="hidden" name="version" value={profile.version} />
            </>
          ) : (
            <SelectField
              name="personId"
              label="Person"
              hint="People who wear the Coach or mentor hat and are not on the bench yet. Give someone the hat on the People page to add them."
              options={(people ?? []).map((person) => ({ value: person.id, label: `${person.name} (${person.email})` }))}
              placeholder="Choose a person"
              defaultValue=""
              errors={fieldErrors(state, "personId")}
            />
          )}
          <CheckboxGroup name="offers" legend="Offers" options={kindOptions} defaultValues={profile?.offers ?? ["MENTORING"]} errors={fieldErrors(state, "offers")} />
          <TextField
            name="capacity"
            label="Capacity"
            type="number"
            inputMode="numeric"
            min={0}
            max={COACHING_LIMITS.capacity}
            className="max-w-xs"
            hint="How many people they can support at once, coaching and mentoring together. 0 keeps them on the bench without new matches."
            defaultValue={profile?.capacity ?? 2}
            errors={fieldErrors(state, "capacity")}
          />
          <TextAreaField
            name="about"
            label="About them (optional)"
            hint="What they bring, in a sentence or two, for HR and the people they support."
            defaultValue={profile?.about}
            maxLength={COACHING_LIMITS.about}
            errors={fieldErrors(state, "about")}
          />
          <StrengthPicker options={strengthOptions} chosen={profile?.strengths ?? []} errors={fieldErrors(state, "strengths")} />
          <FormFooter state={state} pending={pending}>
            {profile ? "Save profile" : "Add to the bench"}
          </FormFooter>
        </>
      )}
    </ActionForm>
  );
}
