import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { ImportGuide, type ImportGuideColumn } from "@/components/ui/import-guide";
import { PeopleImport } from "@/components/people/people-import";
import { HATS, ROLE_LABELS } from "@/lib/auth/hats";
import { requireRole } from "@/lib/auth/session";
import { PEOPLE_CSV_TEMPLATE } from "@/lib/people/csv";
import { PEOPLE_CSV_MAX_BYTES, PEOPLE_CSV_MAX_ROWS } from "@/lib/people/schemas";
import { importPeopleAction, previewPeopleImportAction } from "./actions";

export const metadata = { title: "Import people" };

const COLUMNS: ImportGuideColumn[] = [
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
      <ImportGuide columns={COLUMNS} template={PEOPLE_CSV_TEMPLATE} templateFileName="people-template.csv" exampleLabel="Example of an import file">
        <p className="text-muted">
          Save the file from your spreadsheet program as “CSV UTF-8”, so accented names survive. One file takes up to{" "}
          {PEOPLE_CSV_MAX_ROWS.toLocaleString("en-GB")} people.
        </p>
        <p className="text-muted">People are added without a password: they sign in with single sign-on, or you set a temporary password on their page.</p>
      </ImportGuide>
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
