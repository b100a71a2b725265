"use client";

import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/hats";
import { count } from "@/lib/csv/wording";
import type { PeopleImportResult, PeopleImportRow } from "@/lib/people/import";
import { CsvImport, type CsvImportSource, type ImportWording } from "@/components/ui/csv-import";
import { NameAndEmailCell, noneCell, type PreviewColumn } from "@/components/ui/import-preview-table";

const WORDING: ImportWording = {
  noun: { one: "person", many: "people" },
  verb: { base: "Import", doing: "Importing", done: "Imported" },
  allOrNothing: "Nothing is saved unless everyone can be added",
};

const COLUMNS: PreviewColumn<PeopleImportRow>[] = [
  {
    header: "Name and email",
    cell: (row) => <NameAndEmailCell name={row.name} email={row.email} noName="(no name)" />,
  },
  { header: "Job role", cell: (row) => row.jobRole || noneCell },
  { header: "Manager email", cell: (row) => row.managerEmail || noneCell },
  {
    header: "App roles",
    cell: (row) => (row.roles.length && !row.errors.length ? row.roles.map((role) => ROLE_LABELS[role]).join(", ") : row.appRoles || noneCell),
  },
];

/** The people CSV import: every row checked first, then everyone added or nobody. */
export function PeopleImport(source: CsvImportSource<PeopleImportRow, PeopleImportResult>) {
  return (
    <CsvImport
      {...source}
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
