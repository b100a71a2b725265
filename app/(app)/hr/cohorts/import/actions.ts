"use server";

import { defineAction } from "@/lib/actions/define-action";
import { importCohort, previewCohortImport, type CohortImportResult } from "@/lib/inductions/cohort-import";
import { cohortCsvImportSchema } from "@/lib/inductions/enrolment-schemas";

const HR = ["HR_ADMIN"] as const;

/** Checks a cohort file against the organisation and reports on every row; writes nothing. */
export const previewCohortImportAction = defineAction({ access: HR, schema: cohortCsvImportSchema }, (input, actor) => previewCohortImport(actor, input.csv));

/** Checks the file again on the server and enrols everyone in one transaction, or nobody. */
export const importCohortAction = defineAction(
  {
    access: HR,
    schema: cohortCsvImportSchema,
    revalidate: ["/hr/cohorts", "/hr"],
    success: (result: CohortImportResult) => `Enrolled ${result.enrolled.toLocaleString("en-GB")} ${result.enrolled === 1 ? "person" : "people"}.`,
  },
  (input, actor) => importCohort(actor, input.csv),
);
