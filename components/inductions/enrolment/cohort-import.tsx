"use client";

import Link from "next/link";
import type { ActionResult } from "@/lib/actions/result";
import type { CohortImportPreview, CohortImportResult, CohortImportRow } from "@/lib/inductions/cohort-import";
import { CsvImport, type ImportWording } from "@/components/ui/csv-import";
import type { PreviewColumn } from "@/components/ui/import-preview-table";

type Action<T> = (previous: null, formData: FormData) => Promise<ActionResult<T>>;

const WORDING: ImportWording = {
  noun: { one: "person", many: "people" },
  verb: { base: "Enrol", doing: "Enrolling", done: "Enrolled" },
  allOrNothing: "Nothing is saved unless everyone can be enrolled",
};

const none = <span className="text-muted">None</span>;

const COLUMNS: PreviewColumn<CohortImportRow>[] = [
  {
    header: "Person",
    cell: (row) => (
      <>
        <span className="block font-medium">{row.name || <span className="text-muted">(not found)</span>}</span>
        <span className="block text-xs text-muted">{row.email || "(no email)"}</span>
      </>
    ),
  },
  {
    header: "Job role and start date",
    cell: (row) => (
      <>
        <span className="block">{row.jobRole || none}</span>
        <span className="block text-xs whitespace-nowrap text-muted">{row.startDate ? `from ${row.startDate}` : "(no start date)"}</span>
      </>
    ),
  },
  { header: "Manager email", cell: (row) => row.managerEmail || none },
  { header: "Cohort", cell: (row) => row.cohort || none },
];

/** The cohort CSV import: every row checked first, then everyone enrolled or nobody. */
export function CohortImport({
  previewAction,
  importAction,
  maxBytes,
  maxRows,
}: {
  previewAction: Action<CohortImportPreview>;
  importAction: Action<CohortImportResult>;
  maxBytes: number;
  maxRows: number;
}) {
  return (
    <CsvImport
      previewAction={previewAction}
      importAction={importAction}
      maxBytes={maxBytes}
      maxRows={maxRows}
      wording={WORDING}
      columns={COLUMNS}
      importedCount={(result) => result.enrolled}
      renderResult={(result) => (
        <>
          <p className="font-medium">
            Enrolled {result.enrolled.toLocaleString("en-GB")} {result.enrolled === 1 ? "person" : "people"}. They and their managers have been told in the
            app.
          </p>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {result.cohorts.map((cohort) => (
              <li key={cohort.id}>
                <Link href={`/hr/cohorts/${cohort.id}`} className="text-brand-700 underline">
                  Go to the cohort “{cohort.name}”
                </Link>
              </li>
            ))}
            <li>
              <Link href="/hr/cohorts" className="text-brand-700 underline">
                Go to all cohorts
              </Link>
            </li>
          </ul>
        </>
      )}
    />
  );
}
