"use client";

import { useRef, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { count } from "@/lib/csv/wording";
import { Button } from "./button";
import { ImportPreviewTable, previewSummary, type ImportPreview, type ImportPreviewRow, type PreviewColumn } from "./import-preview-table";
import { ImportProgress, type ImportStage } from "./import-progress";

type Action<T> = (previous: null, formData: FormData) => Promise<ActionResult<T>>;

/** What a page hands an import: its two actions and the file limits they enforce. */
export type CsvImportSource<Row extends ImportPreviewRow, Result> = {
  previewAction: Action<ImportPreview<Row>>;
  importAction: Action<Result>;
  maxBytes: number;
  maxRows: number;
};

/** How an import names its rows and its step: "3 people", "Import" / "Importing" / "Imported". */
export type ImportWording = {
  noun: { one: string; many: string };
  verb: { base: string; doing: string; done: string };
  /** Said while the import runs, after "Importing 3 people.". */
  allOrNothing: string;
};

function readFile(file: File, onProgress: (loaded: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.readAsText(file, "utf-8");
  });
}

function csvForm(csv: string) {
  const formData = new FormData();
  formData.set("csv", csv);
  return formData;
}

/**
 * Choose a file, see every row checked against the organisation, then import all
 * or nothing. The server checks the file again on import; the preview is a courtesy.
 */
export function CsvImport<Row extends ImportPreviewRow, Result>({
  previewAction,
  importAction,
  maxBytes,
  maxRows,
  wording,
  columns,
  importedCount,
  renderResult,
}: CsvImportSource<Row, Result> & {
  wording: ImportWording;
  columns: readonly PreviewColumn<Row>[];
  importedCount: (result: Result) => number;
  renderResult: (result: Result) => ReactNode;
}) {
  const { noun, verb } = wording;
  const csv = useRef("");
  const run = useRef(0);
  const [stage, setStage] = useState<ImportStage | null>(null);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview<Row> | null>(null);
  const [imported, setImported] = useState<Result | null>(null);

  const busy = stage?.step === "reading" || stage?.step === "checking" || stage?.step === "importing";

  async function check(runId: number, rowsLabel: string) {
    setStage({ step: "checking", rows: rowsLabel });
    const result = await previewAction(null, csvForm(csv.current));
    if (runId !== run.current) return null;
    setStage(null);
    if (!result.ok) {
      setFileErrors(result.fieldErrors?.csv ?? []);
      setMessage(result.message);
      return null;
    }
    if (result.data) setPreview(result.data);
    return result.data ?? null;
  }

  async function choose(file: File | undefined) {
    const runId = ++run.current;
    csv.current = "";
    setPreview(null);
    setImported(null);
    setMessage(null);
    setFileErrors([]);
    setStage(null);
    if (!file) return;
    if (file.size > maxBytes) {
      setFileErrors([`The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Split it into smaller files of at most ${maxRows.toLocaleString("en-GB")} ${noun.many} each.`]);
      return;
    }
    try {
      setStage({ step: "reading", fileName: file.name, loaded: 0, total: file.size });
      csv.current = await readFile(file, (loaded, total) => {
        if (runId === run.current) setStage({ step: "reading", fileName: file.name, loaded, total });
      });
      if (runId !== run.current) return;
      // A rough count for the progress text; the server does the real parsing.
      const lines = csv.current.split("\n").filter((line) => line.trim()).length - 1;
      await check(runId, lines > 0 ? `about ${count(lines, "row", "rows")}` : "the file");
    } catch {
      if (runId !== run.current) return;
      setStage(null);
      setMessage("We could not check the file. Check your connection and choose it again.");
    }
  }

  async function startImport() {
    if (!preview) return;
    const runId = ++run.current;
    setMessage(null);
    setStage({ step: "importing", text: `${verb.doing} ${count(preview.total, noun.one, noun.many)}. ${wording.allOrNothing}…` });
    try {
      const result = await importAction(null, csvForm(csv.current));
      if (runId !== run.current) return;
      if (result.ok && result.data) {
        setStage({ step: "done", text: `${verb.done} ${count(importedCount(result.data), noun.one, noun.many)}.` });
        setImported(result.data);
        setPreview(null);
        return;
      }
      setStage(null);
      setMessage(result.ok ? null : result.message);
      // The data may have changed since the preview: show the rows as they stand now.
      if (!result.ok && result.fieldErrors?.csv) await check(runId, count(preview.total, "row", "rows"));
    } catch {
      if (runId !== run.current) return;
      setStage(null);
      setMessage(`We could not reach the server, so nothing was saved. Check your connection and try again.`);
    }
  }

  const canImport = Boolean(preview && preview.total > 0 && preview.withErrors === 0 && !busy);

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <label htmlFor="csv-file" className="block text-sm font-medium text-ink">
          CSV file
        </label>
        <p id="csv-file-hint" className="text-xs text-muted">
          Up to {count(maxRows, noun.one, noun.many)} and {Math.round(maxBytes / 1024 / 1024)} MB, saved as CSV UTF-8. Choosing a file only checks it; nothing is saved until you
          press {verb.base}.
        </p>
        <input
          id="csv-file"
          name="csvFile"
          type="file"
          accept=".csv,text/csv"
          disabled={stage?.step === "importing"}
          aria-invalid={fileErrors.length ? true : undefined}
          aria-describedby={["csv-file-hint", fileErrors.length ? "csv-file-error" : null].filter(Boolean).join(" ")}
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
          className="block w-full max-w-xl rounded-md border border-slate-400 bg-white text-sm text-ink aria-[invalid=true]:border-red-700 file:mr-3 file:border-0 file:bg-slate-100 file:px-4 file:py-2 file:font-medium hover:file:bg-slate-200"
        />
        {fileErrors.length ? (
          <ul id="csv-file-error" className="list-disc space-y-1 pl-5 text-sm text-red-700">
            {fileErrors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        ) : null}
      </div>

      {stage ? <ImportProgress stage={stage} /> : null}

      <div aria-live="polite" role="status">
        {message ? <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">{message}</p> : null}
        {imported ? (
          <div className="space-y-2 rounded-md bg-emerald-50 px-4 py-3 text-sm text-emerald-900 ring-1 ring-emerald-200">{renderResult(imported)}</div>
        ) : null}
        {preview ? (
          <p className="text-sm font-medium">
            {previewSummary(preview)}
            {preview.withErrors ? ". Fix the rows with errors in your file, then choose it again." : "."}
          </p>
        ) : null}
      </div>

      {preview ? (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="button" disabled={!canImport} aria-describedby="import-button-hint" onClick={() => void startImport()}>
              {stage?.step === "importing" ? `${verb.doing}…` : `${verb.base} ${count(preview.ready, noun.one, noun.many)}`}
            </Button>
            <p id="import-button-hint" className="text-sm text-muted">
              {preview.withErrors
                ? `${verb.base} stays off while any row has an error, so a file goes in whole or not at all.`
                : "Everyone goes in together, or nobody does if something has changed since this check."}
            </p>
          </div>
          <ImportPreviewTable key={preview.total + ":" + preview.withErrors} preview={preview} columns={columns} />
        </>
      ) : null}
    </div>
  );
}
