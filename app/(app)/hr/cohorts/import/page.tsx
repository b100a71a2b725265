import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { ImportGuide, type ImportGuideColumn } from "@/components/ui/import-guide";
import { CohortImport } from "@/components/inductions/enrolment/cohort-import";
import { requireRole } from "@/lib/auth/session";
import { COHORT_CSV_TEMPLATE } from "@/lib/inductions/cohort-csv";
import { COHORT_CSV } from "@/lib/inductions/enrolment-schemas";
import { importCohortAction, previewCohortImportAction } from "./actions";

export const metadata = { title: "Import a cohort" };

const COLUMNS: ImportGuideColumn[] = [
  { name: "email", what: "The work email of someone already in your organisation (add new people under People first). Required." },
  { name: "job_role", what: "The leadership role they move into, exactly as it appears under Job roles. The role needs an induction template. Required." },
  { name: "start_date", what: "The day they start in the role, written YYYY-MM-DD (for example 2026-03-02). It may be in the past. Required." },
  { name: "manager_email", what: "The email of the manager they will report to, an active person in your organisation. Required." },
  { name: "cohort", what: "The cohort's name: an existing cohort, or a new one to start. May be empty." },
];

export default async function ImportCohortPage() {
  await requireRole("HR_ADMIN");
  return (
    <>
      <BackLink href="/hr/cohorts">Cohorts</BackLink>
      <PageHeader
        title="Import a cohort"
        description="Enrol several people at once from a spreadsheet saved as CSV. Every row is checked first, and the file goes in whole or not at all."
      />
      <ImportGuide columns={COLUMNS} template={COHORT_CSV_TEMPLATE} templateFileName="cohort-template.csv" exampleLabel="Example of a cohort file">
        <p className="text-muted">
          Each person gets their own copy of their role&apos;s induction template, dated from their start date, and moves into that role under that manager. One
          file takes up to {COHORT_CSV.maxRows.toLocaleString("en-GB")} people.
        </p>
        <p className="text-muted">
          To add a coach or mentor, or to use a template other than the role&apos;s own, enrol the person{" "}
          <Link href="/hr/cohorts/new" className="text-brand-700 underline">
            one at a time
          </Link>
          .
        </p>
      </ImportGuide>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Choose a file</h2>
        <CohortImport previewAction={previewCohortImportAction} importAction={importCohortAction} maxBytes={COHORT_CSV.maxBytes} maxRows={COHORT_CSV.maxRows} />
      </Card>
    </>
  );
}
