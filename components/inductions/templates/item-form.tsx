"use client";

import { useState } from "react";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { FieldErrors, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState, FormAction } from "@/lib/actions/result";
import type { ItemKind, ItemOwner } from "@/lib/db/generated/enums";
import { KIND_LABELS, OWNER_LABELS } from "@/lib/inductions/template-labels";
import { TEMPLATE_LIMITS } from "@/lib/inductions/template-limits";

export type ItemDefaults = {
  id: string;
  phaseId: string;
  title: string;
  guidance: string;
  owner: ItemOwner;
  kind: ItemKind;
  dueOffsetDays: number;
  competencyKey: string | null;
  needsSignOff: boolean;
};

type Option = { value: string; label: string };

const toOptions = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

/**
 * Adds an item to a phase (`phaseId`), or edits one (`item`, which may also move it to another
 * phase). Field ids start with `idPrefix` because the editor shows several of these forms at once.
 * An added item clears the form for the next one.
 */
export function ItemForm({
  action,
  idPrefix,
  version,
  competencies,
  competencyHint,
  phaseId,
  defaultDue,
  item,
  phases,
  cancelHref,
}: {
  action: FormAction;
  idPrefix: string;
  version: number;
  competencies: Option[];
  competencyHint: string;
  phaseId?: string;
  defaultDue?: number;
  item?: ItemDefaults;
  phases?: Option[];
  cancelHref?: string;
}) {
  const [added, setAdded] = useState(0);
  async function submit(previous: ActionState<unknown>, formData: FormData) {
    const result = await action(previous, formData);
    if (result.ok && !item) setAdded((count) => count + 1);
    return result;
  }
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <ActionForm action={submit}>
      {(state, pending) => (
        <div key={added} className="space-y-4">
          <input type="hidden" name="version" value={version} />
          {item ? <input type="hidden" name="itemId" value={item.id} /> : <input type="hidden" name="phaseId" value={phaseId} />}
          <TextField id={id("title")} name="title" label="Title" defaultValue={item?.title} maxLength={TEMPLATE_LIMITS.title} required errors={fieldErrors(state, "title")} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id={id("owner")}
              name="owner"
              label="Who does it"
              hint="The new leader, or someone who owes it to them."
              options={toOptions(OWNER_LABELS)}
              defaultValue={item?.owner ?? "INDIVIDUAL"}
              errors={fieldErrors(state, "owner")}
            />
            <SelectField id={id("kind")} name="kind" label="Kind" options={toOptions(KIND_LABELS)} defaultValue={item?.kind ?? "TASK"} errors={fieldErrors(state, "kind")} />
            <TextField
              id={id("due")}
              name="dueOffsetDays"
              label="Due (days from the start date)"
              hint="0 is the start date; -7 is a week before it."
              type="number"
              inputMode="numeric"
              min={TEMPLATE_LIMITS.earliestOffset}
              max={TEMPLATE_LIMITS.latestOffset}
              step={1}
              defaultValue={item?.dueOffsetDays ?? defaultDue ?? 0}
              errors={fieldErrors(state, "dueOffsetDays")}
            />
            <SelectField
              id={id("competency")}
              name="competencyKey"
              label="Competency it develops"
              hint={competencyHint}
              options={competencies}
              placeholder="None"
              defaultValue={item?.competencyKey ?? ""}
              errors={fieldErrors(state, "competencyKey")}
            />
          </div>
          {phases ? <SelectField id={id("phase")} name="phaseId" label="Phase" options={phases} defaultValue={item?.phaseId} errors={fieldErrors(state, "phaseId")} /> : null}
          <div className="space-y-1">
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="needsSignOff"
                defaultChecked={item?.needsSignOff}
                aria-describedby={fieldErrors(state, "needsSignOff") ? `${id("sign-off")}-error` : undefined}
                className="mt-0.5 size-4 shrink-0 accent-brand-700"
              />
              <span>
                <span className="font-medium">Needs sign-off</span>
                <span className="block text-xs text-muted">The manager or HR confirms it once it is done.</span>
              </span>
            </label>
            <FieldErrors name={id("sign-off")} errors={fieldErrors(state, "needsSignOff")} />
          </div>
          <TextAreaField
            id={id("guidance")}
            name="guidance"
            label="Guidance"
            hint="What doing it well looks like, and where to find help."
            defaultValue={item?.guidance}
            maxLength={TEMPLATE_LIMITS.guidance}
            rows={3}
            errors={fieldErrors(state, "guidance")}
          />
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton pending={pending}>{item ? "Save item" : "Add item"}</SubmitButton>
            {cancelHref ? (
              <Link href={cancelHref} scroll={false} className="text-sm text-brand-700 underline">
                Close
              </Link>
            ) : null}
          </div>
        </div>
      )}
    </ActionForm>
  );
}
