import { z } from "zod";
import { csvFileField } from "@/lib/csv/file-field";
import type { CsvFileSpec } from "@/lib/csv/table";
import { optionalId, requiredText } from "@/lib/validation/fields";
import { isDateOnly } from "./dates";

/** What HR sends to enrol one person, and the cohort CSV file. Shared by the forms and the actions. */

export const COHORT_NAME_MAX = 120;

/** A choice from a list that must be made. */
function requiredId(label: string) {
  return optionalId(label).pipe(z.string({ message: `Choose ${label}` }));
}

/** A calendar day as a date input sends it: YYYY-MM-DD. */
export const dateOnlyField = z
  .string({ message: "Enter the start date" })
  .trim()
  .min(1, "Enter the start date")
  .max(10, "Enter the start date as a date, like 2026-03-02")
  .refine(isDateOnly, "Enter the start date as a real date, like 2026-03-02");

/** An existing cohort's name or a new one; empty means no cohort. */
export const cohortNameField = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  requiredText("the cohort name", COHORT_NAME_MAX).optional(),
);

export const enrolPersonSchema = z.object({
  personId: requiredId("the person to enrol"),
  jobRoleId: requiredId("the job role they move into"),
  startDate: dateOnlyField,
  managerId: requiredId("their manager"),
  supporterId: optionalId("a coach or mentor"),
  cohortName: cohortNameField,
  /** Empty: the job role's own template. */
  templateId: optionalId("an induction template"),
});

export type EnrolPersonInput = z.output<typeof enrolPersonSchema>;

/** The cohort import: columns in the template's order, and the caps on one file (a cohort, not a whole organisation). */
export const COHORT_CSV = {
  columns: ["email", "job_role", "start_date", "manager_email", "cohort"],
  maxBytes: 1024 * 1024,
  maxRows: 500,
  noun: { one: "person", many: "people" },
} as const satisfies CsvFileSpec<string>;

export const cohortCsvImportSchema = z.object({ csv: csvFileField(COHORT_CSV) });
