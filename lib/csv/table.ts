import Papa from "papaparse";
import { encodingProblem } from "./encoding";
import { list, quoted } from "./wording";

/**
 * Reads the text of an import file into numbered records under a checked header
 * row: size and encoding first, then the header, then the row count. What each
 * column means is left to the caller (lib/people/csv.ts, lib/inductions/cohort-csv.ts).
 */

export type CsvFileSpec<C extends string> = {
  /** The header row's columns, in the order the template writes them. */
  columns: readonly C[];
  maxBytes: number;
  maxRows: number;
  /** What one row describes, for messages ("person", "people"). */
  noun: { one: string; many: string };
};

export type CsvRecord<C extends string> = {
  /** The row number a spreadsheet shows: the header is row 1, the first data row 2. */
  row: number;
  /** The raw cells, in file order. */
  cells: string[];
  /** The trimmed cell of a column. */
  cell: (column: C) => string;
  /** The number of columns the header row has. */
  width: number;
  /** Non-empty cells beyond the header's columns. */
  extra: string[];
  /** A double quote opened in this row is not closed, so cells after it may have run together. */
  unclosedQuote: boolean;
};

export type CsvTable<C extends string> = {
  /** Problems with the file as a whole; when present, there are no records. */
  fileErrors: string[];
  records: CsvRecord<C>[];
};

export const UNCLOSED_QUOTE = "A double quote in this row is not closed, so the cells after it may have run together. Check the quotes in this row.";

export function utf8Length(text: string) {
  return new TextEncoder().encode(text).length;
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function tooLargeMessage(spec: Pick<CsvFileSpec<string>, "maxBytes" | "maxRows" | "noun">): string {
  return `The file is larger than ${megabytes(spec.maxBytes)} MB. Split it into smaller files of at most ${spec.maxRows.toLocaleString("en-GB")} ${spec.noun.many} each.`;
}

function normaliseHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

function isBlank(record: readonly string[]) {
  return record.every((cell) => cell.trim() === "");
}

function checkHeader<C extends string>(header: string[], columns: readonly C[]): { fileErrors: string[]; index: Record<C, number> } {
  const headerLine = columns.join(",");
  const names = header.map(normaliseHeader);
  const index = {} as Record<C, number>;
  const unknown: string[] = [];
  const repeated = new Set<string>();
  names.forEach((name, i) => {
    if (!name) return;
    if ((columns as readonly string[]).includes(name)) {
      const column = name as C;
      if (index[column] === undefined) index[column] = i;
      else repeated.add(column);
    } else {
      unknown.push(header[i]?.trim() ?? name);
    }
  });
  const missing = columns.filter((column) => index[column] === undefined);
  const fileErrors: string[] = [];

  if (missing.length === columns.length) {
    if (header.length === 1 && header[0]?.includes(";")) {
      fileErrors.push("The columns are separated by semicolons. Save the file as “CSV UTF-8 (comma delimited)” and choose it again.");
    } else {
      fileErrors.push(`The first row must be the header row: ${headerLine}`);
    }
    return { fileErrors, index };
  }
  if (missing.length) fileErrors.push(`Missing ${missing.length === 1 ? "column" : "columns"}: ${list(missing)}.`);
  if (unknown.length) fileErrors.push(`Unknown ${unknown.length === 1 ? "column" : "columns"}: ${list(unknown.map(quoted))}.`);
  for (const column of repeated) fileErrors.push(`The column ${column} appears more than once.`);
  if (fileErrors.length) fileErrors.push(`The header row must name these columns: ${headerLine}`);
  return { fileErrors, index };
}

/** Never throws: whatever the text, the answer is file errors or records. */
export function readCsvTable<C extends string>(text: string, spec: CsvFileSpec<C>): CsvTable<C> {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (utf8Length(content) > spec.maxBytes) return { fileErrors: [tooLargeMessage(spec)], records: [] };

  const encoding = encodingProblem(content);
  if (encoding) return { fileErrors: [encoding], records: [] };

  const result = Papa.parse<string[]>(content, { header: false, delimiter: ",", skipEmptyLines: false });
  const rows = result.data;
  const headerIndex = rows.findIndex((row) => !isBlank(row));
  const header = rows[headerIndex];
  if (headerIndex === -1 || !header) return { fileErrors: ["The file is empty."], records: [] };

  const { fileErrors, index } = checkHeader(header, spec.columns);
  if (fileErrors.length) return { fileErrors, records: [] };

  const data: { row: number; cells: string[] }[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i];
    if (cells && !isBlank(cells)) data.push({ row: i + 1, cells });
  }
  if (data.length === 0) return { fileErrors: [`The file has a header row but no ${spec.noun.many}.`], records: [] };
  if (data.length > spec.maxRows) {
    return {
      fileErrors: [
        `The file has ${data.length.toLocaleString("en-GB")} ${spec.noun.many}; one import takes at most ${spec.maxRows.toLocaleString("en-GB")}. Split it into smaller files.`,
      ],
      records: [],
    };
  }

  const quoteProblems = new Set(result.errors.filter((error) => error.type === "Quotes" && error.row !== undefined).map((error) => (error.row ?? 0) + 1));
  const width = header.length;
  return {
    fileErrors: [],
    records: data.map(({ row, cells }) => ({
      row,
      cells,
      cell: (column: C) => (cells[index[column]] ?? "").trim(),
      width,
      extra: cells.slice(width).filter((value) => value.trim() !== ""),
      unclosedQuote: quoteProblems.has(row),
    })),
  };
}
