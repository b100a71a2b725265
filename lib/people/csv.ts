import Papa from "papaparse";
import { emailField } from "@/lib/auth/schemas";
import { HATS, ROLE_LABELS } from "@/lib/auth/hats";
import type { AppRole } from "@/lib/db/generated/enums";
import { PEOPLE_CSV_COLUMNS, PEOPLE_CSV_MAX_BYTES, PEOPLE_CSV_MAX_ROWS } from "./schemas";
import { MULTI_LINE_FORBIDDEN } from "@/lib/validation/fields";

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

/** Cells starting like this are run as formulas by spreadsheet programs. */
const FORMULA_START = /^[=+\-@]/;
/** The export also neutralises cells starting with a tab or carriage return (OWASP's list). */
const EXPORT_FORMULA_START = /^[=+\-@\t\r]/;

const HEADER_LINE = PEOPLE_CSV_COLUMNS.join(",");

function list(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

function quoted(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `“${shown}”`;
}

function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 5).map(String);
  const more = rows.length > 5 ? ` and ${rows.length - 5} more` : "";
  return `${rows.length === 1 ? "row" : "rows"} ${list(shown)}${more}`;
}

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

function normaliseHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

function checkHeader(header: string[]): { fileErrors: string[]; index: Record<PeopleCsvColumn, number> } {
  const names = header.map(normaliseHeader);
  const index = {} as Record<PeopleCsvColumn, number>;
  const unknown: string[] = [];
  const repeated = new Set<string>();
  names.forEach((name, i) => {
    if (!name) return;
    if ((PEOPLE_CSV_COLUMNS as readonly string[]).includes(name)) {
      const column = name as PeopleCsvColumn;
      if (index[column] === undefined) index[column] = i;
      else repeated.add(column);
    } else {
      unknown.push(header[i]?.trim() ?? name);
    }
  });
  const missing = PEOPLE_CSV_COLUMNS.filter((column) => index[column] === undefined);
  const fileErrors: string[] = [];

  if (missing.length === PEOPLE_CSV_COLUMNS.length) {
    if (header.length === 1 && header[0]?.includes(";")) {
      fileErrors.push("The columns are separated by semicolons. Save the file as “CSV UTF-8 (comma delimited)” and choose it again.");
    } else {
      fileErrors.push(`The first row must be the header row: ${HEADER_LINE}`);
    }
    return { fileErrors, index };
  }
  if (missing.length) fileErrors.push(`Missing ${missing.length === 1 ? "column" : "columns"}: ${list(missing)}.`);
  if (unknown.length) fileErrors.push(`Unknown ${unknown.length === 1 ? "column" : "columns"}: ${list(unknown.map(quoted))}.`);
  for (const column of repeated) fileErrors.push(`The column ${column} appears more than once.`);
  if (fileErrors.length) fileErrors.push(`The header row must name these columns: ${HEADER_LINE}`);
  return { fileErrors, index };
}

function utf8Length(text: string) {
  return new TextEncoder().encode(text).length;
}

function isBlank(record: readonly string[]) {
  return record.every((cell) => cell.trim() === "");
}

/**
 * Characters PostgreSQL cannot store (NUL), that UTF-8 cannot encode (a lone
 * surrogate), terminal controls and the text-direction overrides used to disguise
 * text. Tabs and line breaks are left alone: they count as spaces in a name.
 */
const UNSAFE_CHARACTER = MULTI_LINE_FORBIDDEN;

/** Refuses a cell that is unusable whatever the column: control characters or a formula. */
function checkCell(column: PeopleCsvColumn, value: string, errors: string[]): boolean {
  if (UNSAFE_CHARACTER.test(value)) {
    errors.push(`The ${column} cell contains a control character (such as a null or a text-direction mark) that cannot be stored. Remove it and check the file again.`);
    return true;
  }
  if (!FORMULA_START.test(value)) return false;
  errors.push(
    `The ${column} cell starts with “${value[0]}”, which spreadsheet programs treat as a formula. Remove that character (or the formula) and check the file again.`,
  );
  return true;
}

/** Checks one record on its own: required cells, formats, lengths, formulas. */
function readRow(rowNumber: number, record: readonly string[], index: Record<PeopleCsvColumn, number>, width: number): CsvPersonRow {
  const errors: string[] = [];
  const cell = (column: PeopleCsvColumn) => (record[index[column]] ?? "").trim();

  const extra = record.slice(width).filter((value) => value.trim() !== "");
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

  if (!extra.length && record.length > width && errors.length) {
    errors.push("This row has more cells than the header row. If a name contains a comma, put the whole name in double quotes.");
  }

  return { row: rowNumber, name, email, jobRole, managerEmail, appRoles, roles, errors };
}

/** Marks every row whose email appears more than once in the file. */
function checkDuplicateEmails(rows: CsvPersonRow[]) {
  const byEmail = new Map<string, CsvPersonRow[]>();
  for (const row of rows) {
    if (!row.email) continue;
    const same = byEmail.get(row.email);
    if (same) same.push(row);
    else byEmail.set(row.email, [row]);
  }
  for (const same of byEmail.values()) {
    if (same.length < 2) continue;
    for (const row of same) {
      const others = same.filter((other) => other !== row).map((other) => other.row);
      row.errors.push(`The same email is also on ${rowList(others)}. Each person needs their own email address.`);
    }
  }
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
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (utf8Length(content) > PEOPLE_CSV_MAX_BYTES) {
    return { fileErrors: [`The file is larger than 5 MB. Split it into smaller files of at most ${PEOPLE_CSV_MAX_ROWS.toLocaleString("en-GB")} people each.`], rows: [] };
  }

  if (content.includes("\uFFFD")) {
    return {
      fileErrors: ["The file is not saved as UTF-8, so accented letters would be lost. Save it as “CSV UTF-8 (comma delimited)” and choose it again."],
      rows: [],
    };
  }

  const result = Papa.parse<string[]>(content, { header: false, delimiter: ",", skipEmptyLines: false });
  const records = result.data;
  const headerIndex = records.findIndex((record) => !isBlank(record));
  const header = records[headerIndex];
  if (headerIndex === -1 || !header) return { fileErrors: ["The file is empty."], rows: [] };

  const { fileErrors, index } = checkHeader(header);
  if (fileErrors.length) return { fileErrors, rows: [] };

  const personRecords: { rowNumber: number; record: string[] }[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i];
    if (record && !isBlank(record)) personRecords.push({ rowNumber: i + 1, record });
  }
  if (personRecords.length === 0) return { fileErrors: ["The file has a header row but no people."], rows: [] };
  if (personRecords.length > PEOPLE_CSV_MAX_ROWS) {
    return {
      fileErrors: [
        `The file has ${personRecords.length.toLocaleString("en-GB")} people; one import takes at most ${PEOPLE_CSV_MAX_ROWS.toLocaleString("en-GB")}. Split it into smaller files.`,
      ],
      rows: [],
    };
  }

  const quoteProblems = new Set(
    result.errors.filter((error) => error.type === "Quotes" && error.row !== undefined).map((error) => (error.row ?? 0) + 1),
  );
  const rows = personRecords.map(({ rowNumber, record }) => {
    const row = readRow(rowNumber, record, index, header.length);
    if (quoteProblems.has(rowNumber)) {
      row.errors.unshift("A double quote in this row is not closed, so the cells after it may have run together. Check the quotes in this row.");
    }
    return row;
  });
  checkDuplicateEmails(rows);
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
