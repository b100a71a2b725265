"use client";

import { useEffect, useRef, useState } from "react";
import type { ActionResult, FormAction } from "@/lib/actions/result";
import type { FrameworkImportPreview } from "@/lib/frameworks/import-file";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { ImportPreview } from "./import-preview";

type PreviewAction = (previous: null, formData: FormData) => Promise<ActionResult<FrameworkImportPreview>>;

type Checked = { fileName: string; text: string; preview: FrameworkImportPreview };
type Rejected = { fileName: string; message: string; problems: string[] };

/** "medium-snowflake-framework.csv" → "Medium snowflake framework": a starting point for the name. */
function nameFromFile(fileName: string): string {
  const words = fileName.replace(/\.[^.]*$/, "").replace(/[-_\s]+/g, " ").trim();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`.slice(0, 120);
}

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

/**
 * Import a CSV or JSON framework file in two steps: choosing the file checks it on the
 * server and shows what it would create; "Import as draft" sends the file again, and the
 * server checks it afresh before writing anything.
 */
export type FrameworkImportProps = { previewAction: PreviewAction; importAction: FormAction; maxBytes: number };

export function FrameworkImport({ previewAction, importAction, maxBytes }: FrameworkImportProps) {
  const run = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);
  const [checking, setChecking] = useState<string | null>(null);
  const [rejected, setRejected] = useState<Rejected | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (checked ? previewHeading.current : fileInput.current)?.focus();
  }, [checked]);

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    const runId = ++run.current;
    setRejected(null);
    if (!file) return;
    if (file.size > maxBytes) {
      const megabytes = Math.round(maxBytes / 1024 / 1024);
      setRejected({ fileName: file.name, message: `The file is larger than ${megabytes} MB. A framework file is rarely more than a few hundred kilobytes: check you chose the right file.`, problems: [] });
      return;
    }
    setChecking(file.name);
    try {
      const text = await file.text();
      // Cleared so that choosing the same file again, once fixed, checks it again.
      input.value = "";
      const form = new FormData();
      form.set("file", text);
      const result = await previewAction(null, form);
      if (runId !== run.current) return;
      if (result.ok && result.data) {
        moveFocus.current = true;
        setChecked({ fileName: file.name, text, preview: result.data });
      } else if (!result.ok) {
        setRejected({ fileName: file.name, message: result.message, problems: result.fieldErrors?.file ?? [] });
      }
    } catch {
      if (runId === run.current) setRejected({ fileName: file.name, message: "We could not check the file. Check your connection and choose it again.", problems: [] });
    } finally {
      if (runId === run.current) setChecking(null);
    }
  }

  function chooseAnother() {
    moveFocus.current = true;
    setChecked(null);
  }

  if (checked) {
    const { preview } = checked;
    return (
      <ActionForm action={importAction}>
        {(state, pending) => (
          <>
            <div className="space-y-1">
              <h4 ref={previewHeading} tabIndex={-1} className="text-base font-semibold text-ink focus-visible:outline-none">
                Preview of {checked.fileName}
              </h4>
              <p className="text-sm text-muted">Nothing is saved until you import it. The import checks the file again.</p>
            </div>
            <TextField
              name="name"
              id="import-name"
              label="Framework name"
              defaultValue={preview.name || nameFromFile(checked.fileName)}
              maxLength={120}
              errors={fieldErrors(state, "name")}
            />
            <ImportPreview preview={preview} />
            <input type="hidden" name="file" value={checked.text} />
            <ProblemList id="import-file-problems" problems={fieldErrors(state, "file")} />
            <div className="flex flex-wrap gap-3">
              <SubmitButton pending={pending} pendingLabel="Importing…">
                Import as draft
              </SubmitButton>
              <Button type="button" variant="secondary" disabled={pending} onClick={chooseAnother}>
                Choose another file
              </Button>
            </div>
          </>
        )}
      </ActionForm>
    );
  }

  return (
    <div className="space-y-4">
      <div className="space-y-1 text-sm text-muted">
        <p>
          <span className="font-medium text-ink">CSV:</span> columns cluster, competency, competency_description, level, level_expectation, indicator; one row
          per indicator. Level is a stage number or a stage name.
        </p>
        <p>
          <span className="font-medium text-ink">JSON:</span> a file downloaded from a framework here with “Download JSON”. It recreates the framework exactly.
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor="framework-file" className="block text-sm font-medium text-ink">
          CSV or JSON file
        </label>
        <p id="framework-file-hint" className="text-xs text-muted">
          Choosing a file only checks it and shows what it holds; nothing is saved until you import it.
        </p>
        <input
          ref={fileInput}
          id="framework-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-invalid={rejected ? true : undefined}
          aria-describedby={["framework-file-hint", rejected ? "framework-file-problems" : null].filter(Boolean).join(" ")}
          onChange={(event) => void choose(event.currentTarget)}
          className="block w-full rounded-md border border-slate-400 bg-white text-sm text-ink file:mr-3 file:border-0 file:bg-slate-100 file:px-4 file:py-2 file:font-medium hover:file:bg-slate-200 aria-[invalid=true]:border-red-700"
        />
      </div>
      <div role="status" aria-live="polite">
        {checking ? <p className="text-sm text-muted">Checking {checking}…</p> : null}
        {rejected ? (
          <div id="framework-file-problems" className="space-y-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
            <p>
              <span className="font-medium">{rejected.fileName}:</span> {rejected.message}
            </p>
            <ProblemList id="framework-file-problem-list" problems={rejected.problems} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
