import Papa from "papaparse";
import { emailField } from "@/lib/auth/schemas";
import { HATS, ROLE_LABELS } from "@/lib/auth/hats";
import { checkCell, markDuplicates } from "@/lib/csv/cells";
import { readCsvTable, UNCLOSED_QUOTE, type CsvRecord } from "@/lib/csv/table";
import { list, quoted } from "@/lib/csv/wording";
import type { AppRole } from "@/lib/db/generated/enums";
import { PEOPLE_CSV, PEOPLE_CSV_COLUMNS } from "./schemas";

/**
 * Pure CSV logic for importing and exporting people: parsing (papaparse), the
 * checks that need no database, and writing. Runs anywhere, tested without a database.
 */

export type PeopleCsvColumn = (typeof PEOPLE_CSV_COLUMNS)[number];

/** One person row of an import file, with the problems found in it. */
export type CsvPersonRow = {
  /** The row number a spreadsheet shows: the header is row 1, the first person row 2. */
  row: number;
  name: string;
  /** Lower-cased. */
  email: string;
  jobRole: string;
  /** Lower-cased; empty when the person has no manager. */
  managerEmail: string;
  /** The app_roles cell as written, for showing back. */
  appRoles: string;
  roles: AppRole[];
  errors: string[];
};

export type ParsedPeopleCsv = {
  /** Problems with the file as a whole (columns, size); when present, rows are not checked. */
  fileErrors: string[];
  rows: CsvPersonRow[];
};

/** What an exported row holds; the same columns the import reads. */
export type PeopleCsvRecord = {
  name: string;
  email: string;
  jobRole: string | null;
  managerEmail: string | null;
  roles: readonly AppRole[];
};

const NAME_MAX = 120;
const JOB_ROLE_MAX = 120;
const APP_ROLES_MAX = 200;

/** The export also neutralises cells starting with a tab or carriage return (OWASP's list). */
const EXPORT_FORMULA_START = /^[=+\-@\t\r]/;

const ROLE_NAMES = new Map<string, AppRole>();
for (const hat of HATS) {
  ROLE_NAMES.set(hat.role.toLowerCase(), hat.role);
  ROLE_NAMES.set(ROLE_LABELS[hat.role].toLowerCase(), hat.role);
}
const ROLE_ORDER = HATS.map((hat) => hat.role);
const ROLE_CHOICES = list(HATS.map((hat) => ROLE_LABELS[hat.role]), "or");

/** Splits an app_roles cell on ";" or "|", accepting labels and enum names in any case. */
export function parseAppRoles(cell: string): { roles: AppRole[]; unknown: string[] } {
  const found = new Set<AppRole>();
  const unknown: string[] = [];
  for (const part of cell.split(/[;|]/)) {
    const name = part.trim().replace(/\s+/g, " ").toLowerCase();
    if (!name) continue;
    const role = ROLE_NAMES.get(name);
    if (role) found.add(role);
    else unknown.push(part.trim());
  }
  return { roles: ROLE_ORDER.filter((role) => found.has(role)), unknown };
}

/** Checks one record on its own: required cells, formats, lengths, formulas. */
function readRow(record: CsvRecord<PeopleCsvColumn>): CsvPersonRow {
  const errors: string[] = [];
  const { cell, width, extra } = record;

  if (extra.length) {
    errors.push(
      `This row has ${width + extra.length} cells but the file has ${width} columns. If a name contains a comma, put the whole name in double quotes.`,
    );
  }

  const name = cell("name").replace(/\s+/g, " ");
  if (!checkCell("name", name, errors)) {
    if (!name) errors.push("The name is missing.");
    else if (name.length > NAME_MAX) errors.push(`The name is longer than ${NAME_MAX} characters.`);
  }

  const rawEmail = cell("email");
  let email = rawEmail.toLowerCase();
  if (!checkCell("email", rawEmail, errors)) {
    if (!rawEmail) errors.push("The email is missing.");
    else {
      const parsed = emailField.safeParse(rawEmail);
      if (parsed.success) email = parsed.data;
      else errors.push(`The email ${quoted(rawEmail)} is not a valid email address.`);
    }
  }

  const jobRole = cell("job_role");
  if (!checkCell("job_role", jobRole, errors) && jobRole.length > JOB_ROLE_MAX) {
    errors.push(`The job role is longer than ${JOB_ROLE_MAX} characters.`);
  }

  const rawManager = cell("manager_email");
  let managerEmail = rawManager.toLowerCase();
  if (rawManager && !checkCell("manager_email", rawManager, errors)) {
    const parsed = emailField.safeParse(rawManager);
    if (!parsed.success) errors.push(`The manager email ${quoted(rawManager)} is not a valid email address.`);
    else {
      managerEmail = parsed.data;
      if (managerEmail === email) errors.push("A person cannot be their own manager.");
    }
  }

  const appRoles = cell("app_roles");
  let roles: AppRole[] = [];
  if (!checkCell("app_roles", appRoles, errors)) {
    if (appRoles.length > APP_ROLES_MAX) errors.push(`The app roles cell is longer than ${APP_ROLES_MAX} characters.`);
    else {
      const parsed = parseAppRoles(appRoles);
      roles = parsed.roles;
      if (parsed.unknown.length) {
        errors.push(
          `Unknown app ${parsed.unknown.length === 1 ? "role" : "roles"} ${list(parsed.unknown.map(quoted))}. Use ${ROLE_CHOICES}, separated by “;” or “|”.`,
        );
      }
    }
  }

  if (!extra.length && record.cells.length > width && errors.length) {
    errors.push("This row has more cells than the header row. If a name contains a comma, put the whole name in double quotes.");
  }
  if (record.unclosedQuote) errors.unshift(UNCLOSED_QUOTE);

  return { row: record.row, name, email, jobRole, managerEmail, appRoles, roles, errors };
}

/** Marks the rows whose managers, all within the file, lead back to themselves. */
function checkManagerLoops(rows: CsvPersonRow[]) {
  const byEmail = new Map<string, CsvPersonRow>();
  for (const row of rows) if (row.email && !byEmail.has(row.email)) byEmail.set(row.email, row);

  const state = new Map<CsvPersonRow, "visiting" | "done">();
  for (const start of rows) {
    if (state.has(start)) continue;
    const path: CsvPersonRow[] = [];
    let current: CsvPersonRow | undefined = start;
    while (current && !state.has(current)) {
      state.set(current, "visiting");
      path.push(current);
      const managerEmail: string = current.managerEmail;
      current = managerEmail && managerEmail !== current.email ? byEmail.get(managerEmail) : undefined;
    }
    if (current && state.get(current) === "visiting") {
      const loop = path.slice(path.indexOf(current));
      const route = [...loop, current].map((row) => row.row).join(" → ");
      for (const row of loop) {
        row.errors.push(
          `The managers in rows ${route} form a loop. Give someone in that chain a manager outside it, or no manager.`,
        );
      }
    }
    for (const row of path) state.set(row, "done");
  }
}

/**
 * Reads an import file: header, size caps, then each row on its own and the rows
 * together (duplicate emails, manager loops). Checks that need the organisation's
 * data (emails in use, job roles, managers outside the file) happen in import.ts.
 */
export function parsePeopleCsv(text: string): ParsedPeopleCsv {
  const table = readCsvTable(text, PEOPLE_CSV);
  if (table.fileErrors.length) return { fileErrors: table.fileErrors, rows: [] };
  const rows = table.records.map(readRow);
  markDuplicates(rows, (row) => row.email, (others) => `The same email is also on ${others}. Each person needs their own email address.`);
  checkManagerLoops(rows);
  return { fileErrors: [], rows };
}

/**
 * Writes people in the import's columns. Cells that a spreadsheet would run as a
 * formula (= + - @, tab, carriage return) get a leading apostrophe.
 */
export function writePeopleCsv(people: Iterable<PeopleCsvRecord>): string {
  const data: string[][] = [];
  for (const person of people) {
    data.push([
      person.name,
      person.email,
      person.jobRole ?? "",
      person.managerEmail ?? "",
      ROLE_ORDER.filter((role) => person.roles.includes(role))
        .map((role) => ROLE_LABELS[role])
        .join("; "),
    ]);
  }
  const body = Papa.unparse(
    { fields: [...PEOPLE_CSV_COLUMNS], data },
    { newline: "\r\n", escapeFormulae: EXPORT_FORMULA_START, header: true },
  );
  return `${body}\r\n`;
}

/** A short example shown on the import page and offered as a template. */
export const PEOPLE_CSV_TEMPLATE = writePeopleCsv([
  { name: "Amara Okafor", email: "amara.okafor@example.com", jobRole: "Engineering Manager", managerEmail: null, roles: ["MANAGER", "COACH"] },
  { name: "Jonas Müller", email: "jonas.muller@example.com", jobRole: "Senior Engineer", managerEmail: "amara.okafor@example.com", roles: ["LEADER"] },
  { name: "Siobhán Kelly", email: "siobhan.kelly@example.com", jobRole: "", managerEmail: "amara.okafor@example.com", roles: [] },
]);
