"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/actions/result";
import { FrameworkImport, type FrameworkImportProps } from "./framework-import";

export function NewFramework({ create, ...importProps }: { create: FormAction } & FrameworkImportProps) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="self-start">
        <h3 className="mb-3 text-lg font-semibold">Start a framework</h3>
        <ActionForm action={create}>
          {(state, pending) => (
            <>
              <fieldset className="space-y-2 text-sm">
                <legend className="mb-1 font-medium">Start from</legend>
                <label className="flex items-start gap-2">
                  <input type="radio" name="start" value="template" defaultChecked className="mt-1" />
                  <span>
                    The “Expert to leader” template: four stages from technical expert to leader of leaders, ready to adapt
                  </span>
                </label>
                <label className="flex items-start gap-2">
                  <input type="radio" name="start" value="blank" className="mt-1" />
                  <span>Nothing: one stage and one empty cluster</span>
                </label>
              </fieldset>
              <TextField name="name" label="Name" defaultValue="Expert to leader" maxLength={120} errors={fieldErrors(state, "name")} />
              <SubmitButton pending={pending} pendingLabel="Creating…">
                Create draft
              </SubmitButton>
            </>
          )}
        </ActionForm>
      </Card>
      <Card className="lg:col-span-2" aria-labelledby="import-framework">
        <h3 id="import-framework" className="mb-3 text-lg font-semibold">
          Import a file
        </h3>
        <FrameworkImport {...importProps} />
      </Card>
    </div>
  );
}
