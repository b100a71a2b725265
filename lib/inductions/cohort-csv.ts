import Papa from "papaparse";
import { emailField } from "@/lib/auth/schemas";
import { checkCell, markDuplicates } from "@/lib/csv/cells";
import { readCsvTable, UNCLOSED_QUOTE, type CsvRecord } from "@/lib/csv/table";
import { quoted } from "@/lib/csv/wording";
import { isDateOnly, type DateOnly } from "./dates";
import { COHORT_CSV, COHORT_NAME_MAX } from "./enrolment-schemas";

/**
 * Pure CSV logic for enrolling a cohort: each row names a person of the organisation by
 * email, the role they move into, their start date, their manager and their cohort.
 * Checks that need the organisation's data happen in cohort-import.ts.
 */

type CohortCsvColumn = (typeof COHORT_CSV.columns)[number];

export type CohortCsvRow = {
  /** The row number a spreadsheet shows: the header is row 1. */
  row: number;
  /** Lower-cased. */
  email: string;
  jobRole: string;
  /** As written; a real date only when the row has no error about it. */
  startDate: DateOnly;
  /** Lower-cased. */
  managerEmail: string;
  /** Runs of whitespace folded into one space; empty for no cohort. */
  cohort: string;
  errors: string[];
};

export type ParsedCohortCsv = { fileErrors: string[]; rows: CohortCsvRow[] };

const JOB_ROLE_MAX = 120;

/** A required email cell; returns it lower-cased. */
function readEmail(column: CohortCsvColumn, label: string, raw: string, errors: string[]): string {
  if (checkCell(column, raw, errors)) return raw.toLowerCase();
  if (!raw) {
    errors.push(`The ${label} is missing.`);
    return "";
  }
  const parsed = emailField.safeParse(raw);
  if (parsed.success) return parsed.data;
  errors.push(`The ${label} ${quoted(raw)} is not a valid email address.`);
  return raw.toLowerCase();
}

function readRow(record: CsvRecord<CohortCsvColumn>): CohortCsvRow {
  const errors: string[] = [];
  const { cell, width, extra } = record;
  if (extra.length) errors.push(`This row has ${width + extra.length} cells but the file has ${width} columns. If a cohort name contains a comma, put it in double quotes.`);

  const email = readEmail("email", "email", cell("email"), errors);

  const jobRole = cell("job_role");
  if (!checkCell("job_role", jobRole, errors)) {
    if (!jobRole) errors.push("The job role is missing: name the role they move into.");
    else if (jobRole.length > JOB_ROLE_MAX) errors.push(`The job role is longer than ${JOB_ROLE_MAX} characters.`);
  }

  const startDate = cell("start_date");
  if (!checkCell("start_date", startDate, errors)) {
    if (!startDate) errors.push("The start date is missing.");
    else if (!isDateOnly(startDate)) errors.push(`The start date ${quoted(startDate)} is not a date written as YYYY-MM-DD, like 2026-03-02.`);
  }

  const managerEmail = readEmail("manager_email", "manager email", cell("manager_email"), errors);
  if (email && managerEmail === email) errors.push("A person cannot be their own manager.");

  const cohort = cell("cohort").replace(/\s+/g, " ");
  if (!checkCell("cohort", cohort, errors) && cohort.length > COHORT_NAME_MAX) errors.push(`The cohort name is longer than ${COHORT_NAME_MAX} characters.`);

  if (record.unclosedQuote) errors.unshift(UNCLOSED_QUOTE);
  return { row: record.row, email, jobRole, startDate, managerEmail, cohort, errors };
}

/** Rows that spell a cohort another way than its first row does: they would make two cohorts that look alike. */
function checkCohortSpelling(rows: CohortCsvRow[]) {
  const first = new Map<string, CohortCsvRow>();
  for (const row of rows) {
    if (!row.cohort) continue;
    const key = row.cohort.toLowerCase();
    const earlier = first.get(key);
    if (!earlier) first.set(key, row);
    else if (earlier.cohort !== row.cohort) {
      row.errors.push(`Row ${earlier.row} writes this cohort as ${quoted(earlier.cohort)}. Write its name the same way on every row.`);
    }
  }
}

/** Reads a cohort file: header and caps, each row on its own, then duplicates and cohort spellings across rows. */
export function parseCohortCsv(text: string): ParsedCohortCsv {
  const table = readCsvTable(text, COHORT_CSV);
  if (table.fileErrors.length) return { fileErrors: table.fileErrors, rows: [] };
  const rows = table.records.map(readRow);
  markDuplicates(rows, (row) => row.email, (others) => `The same email is also on ${others}. Enrol each person once.`);
  checkCohortSpelling(rows);
  return { fileErrors: [], rows };
}

export type CohortCsvRecord = { email: string; jobRole: string; startDate: DateOnly; managerEmail: string; cohort: string };

/** Writes rows in the import's columns (for the template and tests). */
export function writeCohortCsv(rows: readonly CohortCsvRecord[]): string {
  const data = rows.map((row) => [row.email, row.jobRole, row.startDate, row.managerEmail, row.cohort]);
  return `${Papa.unparse({ fields: [...COHORT_CSV.columns], data }, { newline: "\r\n", escapeFormulae: true })}\r\n`;
}

/** A short example shown on the import page and offered as a download. */
export const COHORT_CSV_TEMPLATE = writeCohortCsv([
  { email: "amara.okafor@example.com", jobRole: "Engineering Manager", startDate: "2026-03-02", managerEmail: "jonas.muller@example.com", cohort: "Spring leaders" },
  { email: "siobhan.kelly@example.com", jobRole: "Staff Engineer", startDate: "2026-03-02", managerEmail: "jonas.muller@example.com", cohort: "Spring leaders" },
  { email: "wei.chen@example.com", jobRole: "Data Science Lead", startDate: "2026-03-16", managerEmail: "priya.shah@example.com", cohort: "Spring leaders" },
]);
