"use client";

import Link from "next/link";
import type { CohortImportResult, CohortImportRow } from "@/lib/inductions/cohort-import";
import { CsvImport, type CsvImportSource, type ImportWording } from "@/components/ui/csv-import";
import { NameAndEmailCell, noneCell, type PreviewColumn } from "@/components/ui/import-preview-table";

const WORDING: ImportWording = {
  noun: { one: "person", many: "people" },
  verb: { base: "Enrol", doing: "Enrolling", done: "Enrolled" },
  allOrNothing: "Nothing is saved unless everyone can be enrolled",
};

const COLUMNS: PreviewColumn<CohortImportRow>[] = [
  {
    header: "Person",
    cell: (row) => <NameAndEmailCell name={row.name} email={row.email} noName="(not found)" />,
  },
  {
    header: "Job role and start date",
    cell: (row) => (
      <>
        <span className="block">{row.jobRole || noneCell}</span>
        <span className="block text-xs whitespace-nowrap text-muted">{row.startDate ? `from ${row.startDate}` : "(no start date)"}</span>
      </>
    ),
  },
  { header: "Manager email", cell: (row) => row.managerEmail || noneCell },
  { header: "Cohort", cell: (row) => row.cohort || noneCell },
];

/** The cohort CSV import: every row checked first, then everyone enrolled or nobody. */
export function CohortImport(source: CsvImportSource<CohortImportRow, CohortImportResult>) {
  return (
    <CsvImport
      {...source}
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
