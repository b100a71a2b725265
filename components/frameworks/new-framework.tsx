"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/actions/result";

function ProblemList({ id, problems }: { id: string; problems?: string[] }) {
  if (!problems?.length) return null;
  return (
    <ul id={id} className="list-disc space-y-1 pl-5 text-sm text-red-700">
      {problems.map((problem, i) => (
        <li key={i}>{problem}</li>
      ))}
    </ul>
  );
}

/** A file input whose text travels in a hidden field, so the action receives plain text. */
function FileText({ name, label, accept }: { name: string; label: string; accept: string }) {
  const [text, setText] = useState("");
  return (
    <div className="space-y-1">
      <label htmlFor={`${name}-file`} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={`${name}-file`}
        type="file"
        accept={accept}
        className="block text-sm"
        aria-describedby={`${name}-problems`}
        onChange={async (event) => setText((await event.currentTarget.files?.[0]?.text()) ?? "")}
      />
      <input type="hidden" name={name} value={text} />
    </div>
  );
}

export function NewFramework({ create, importCsv, importJson }: { create: FormAction; importCsv: FormAction; importJson: FormAction }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card>
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
      <Card>
        <h3 className="mb-3 text-lg font-semibold">Import a CSV file</h3>
        <ActionForm action={importCsv}>
          {(state, pending) => (
            <>
              <p className="text-sm text-muted">
                Columns: cluster, competency, competency_description, level, level_expectation, indicator; one row per indicator. Level is a stage number or a stage name.
              </p>
              <TextField name="name" label="Framework name" id="csv-name" maxLength={120} errors={fieldErrors(state, "name")} />
              <FileText name="csv" label="CSV file" accept=".csv,text/csv" />
              <ProblemList id="csv-problems" problems={fieldErrors(state, "csv")} />
              <SubmitButton pending={pending} pendingLabel="Importing…">
                Import as a draft
              </SubmitButton>
            </>
          )}
        </ActionForm>
      </Card>
      <Card>
        <h3 className="mb-3 text-lg font-semibold">Import a JSON export</h3>
        <ActionForm action={importJson}>
          {(state, pending) => (
            <>
              <p className="text-sm text-muted">A file downloaded from a framework here with “Download JSON”. It recreates the framework exactly.</p>
              <FileText name="json" label="JSON file" accept=".json,application/json" />
              <ProblemList id="json-problems" problems={fieldErrors(state, "json")} />
              <SubmitButton pending={pending} pendingLabel="Importing…">
                Import as a draft
              </SubmitButton>
            </>
          )}
        </ActionForm>
      </Card>
    </div>
  );
}
