import { BackLink } from "@/components/ui/back-link";
import { Download } from "lucide-react";
import { Card, PageHeader } from "@/components/ui/card";
import { PeopleImport } from "@/components/people/people-import";
import { HATS, ROLE_LABELS } from "@/lib/auth/hats";
import { requireRole } from "@/lib/auth/session";
import { PEOPLE_CSV_TEMPLATE } from "@/lib/people/csv";
import { PEOPLE_CSV_MAX_BYTES, PEOPLE_CSV_MAX_ROWS } from "@/lib/people/schemas";
import { importPeopleAction, previewPeopleImportAction } from "./actions";

export const metadata = { title: "Import people" };

const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${PEOPLE_CSV_TEMPLATE}`)}`;

const COLUMNS: { name: string; what: string }[] = [
  { name: "name", what: "Full name. Required." },
  { name: "email", what: "Their work email, which is also how they sign in. Required, and new to the app." },
  { name: "job_role", what: "The title of one of your organisation's job roles, exactly as it appears under Job roles. May be empty." },
  {
    name: "manager_email",
    what: "The email of their manager: an active person already in your organisation, or someone else in the same file. May be empty.",
  },
  {
    name: "app_roles",
    what: `Any of ${HATS.map((hat) => ROLE_LABELS[hat.role]).join(", ")}, separated by “;” or “|”. May be empty.`,
  },
];

export default async function ImportPeoplePage() {
  await requireRole("HR_ADMIN");
  return (
    <>
      <BackLink href="/hr/people">People</BackLink>
      <PageHeader
        title="Import people"
        description="Add many people at once from a spreadsheet saved as CSV. Every row is checked first, and the file goes in whole or not at all."
      />
      <Card className="mb-6 text-sm">
        <h2 className="mb-3 text-lg font-semibold">What the file should look like</h2>
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-3">
            <p>A header row, then one person per row, with these columns in any order:</p>
            <dl className="space-y-2">
              {COLUMNS.map((column) => (
                <div key={column.name}>
                  <dt className="font-mono text-xs font-semibold">{column.name}</dt>
                  <dd className="text-muted">{column.what}</dd>
                </div>
              ))}
            </dl>
          </div>
          <div className="space-y-3">
            <p>
              <a href={templateHref} download="people-template.csv" className="inline-flex items-center gap-2 font-medium text-brand-700 underline">
                <Download aria-hidden className="size-4" /> Download the template
              </a>
            </p>
            <p className="text-muted">
              Save the file from your spreadsheet program as “CSV UTF-8”, so accented names survive. One file takes up to{" "}
              {PEOPLE_CSV_MAX_ROWS.toLocaleString("en-GB")} people.
            </p>
            <p className="text-muted">
              People are added without a password: they sign in with single sign-on, or you set a temporary password on their page.
            </p>
            <p className="text-muted">
              Cells that start with =, +, - or @ are refused, because spreadsheet programs would run them as formulas.
            </p>
          </div>
        </div>
        <p className="mt-4 mb-2">For example:</p>
        <pre className="overflow-x-auto rounded-md bg-slate-100 p-3 font-mono text-xs leading-relaxed" tabIndex={0} aria-label="Example of an import file">
          {PEOPLE_CSV_TEMPLATE.replaceAll("\r\n", "\n")}
        </pre>
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Choose a file</h2>
        <PeopleImport
          previewAction={previewPeopleImportAction}
          importAction={importPeopleAction}
          maxBytes={PEOPLE_CSV_MAX_BYTES}
          maxRows={PEOPLE_CSV_MAX_ROWS}
        />
      </Card>
    </>
  );
}
