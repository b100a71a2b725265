"use client";

import Link from "next/link";
import type { ActionResult } from "@/lib/actions/result";
import { ROLE_LABELS } from "@/lib/auth/hats";
import type { PeopleImportPreview, PeopleImportResult, PeopleImportRow } from "@/lib/people/import";
import { CsvImport, type ImportWording } from "@/components/ui/csv-import";
import type { PreviewColumn } from "@/components/ui/import-preview-table";

type Action<T> = (previous: null, formData: FormData) => Promise<ActionResult<T>>;

const WORDING: ImportWording = {
  noun: { one: "person", many: "people" },
  verb: { base: "Import", doing: "Importing", done: "Imported" },
  allOrNothing: "Nothing is saved unless everyone can be added",
};

const none = <span className="text-muted">None</span>;

const COLUMNS: PreviewColumn<PeopleImportRow>[] = [
  {
    header: "Name and email",
    cell: (row) => (
      <>
        <span className="block font-medium">{row.name || <span className="text-muted">(no name)</span>}</span>
        <span className="block text-xs text-muted">{row.email || "(no email)"}</span>
      </>
    ),
  },
  { header: "Job role", cell: (row) => row.jobRole || none },
  { header: "Manager email", cell: (row) => row.managerEmail || none },
  {
    header: "App roles",
    cell: (row) => (row.roles.length && !row.errors.length ? row.roles.map((role) => ROLE_LABELS[role]).join(", ") : row.appRoles || none),
  },
];

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** The people CSV import: every row checked first, then everyone added or nobody. */
export function PeopleImport({
  previewAction,
  importAction,
  maxBytes,
  maxRows,
}: {
  previewAction: Action<PeopleImportPreview>;
  importAction: Action<PeopleImportResult>;
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
      importedCount={(result) => result.created}
      renderResult={(result) => (
        <>
          <p className="font-medium">
            Added {count(result.created, "person", "people")} to your organisation
            {result.withManager ? `, ${result.withManager.toLocaleString("en-GB")} of them with a manager` : ""}.
          </p>
          <p>
            <Link href="/hr/people" className="text-brand-700 underline">
              Go to the people list
            </Link>
          </p>
        </>
      )}
    />
  );
}
