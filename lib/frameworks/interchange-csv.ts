import Papa from "papaparse";
import { encodingProblem } from "@/lib/csv/encoding";
import { defaultProficiencyScale, findExpectation, newKey, type Cluster, type Competency, type Expectation, type FrameworkDocument, type Key } from "./document";
import { FRAMEWORK_LIMITS, nameField, textField } from "./schemas";

/**
 * The framework interchange CSV: one row per behavioural indicator, with the columns
 * cluster, competency, competency_description, level, level_expectation, indicator.
 *
 * It carries the content people keep in spreadsheets, not everything: tags, "develop
 * ahead" flags, descriptions of clusters and stages, and the proficiency scale are not
 * in it (the JSON export holds everything). When writing, an expectation with no
 * indicators gets one row with an empty indicator; expectations that are blank or marked
 * not applicable are left out, and so is a competency with none written. Levels are
 * written as stage numbers.
 */

export const FRAMEWORK_CSV_COLUMNS = ["cluster", "competency", "competency_description", "level", "level_expectation", "indicator"] as const;
export const FRAMEWORK_CSV_MAX_ROWS = 20_000;

export type FrameworkCsvColumn = (typeof FRAMEWORK_CSV_COLUMNS)[number];
/** `row` is the row number a spreadsheet shows: the header is row 1. */
export type FrameworkCsvError = { row: number; column?: FrameworkCsvColumn; message: string };
export type ParsedFrameworkCsv = { document: FrameworkDocument } | { errors: FrameworkCsvError[] };

const REQUIRED: readonly FrameworkCsvColumn[] = ["cluster", "competency", "level", "level_expectation"];

const CELL_FIELDS = {
  cluster: nameField("the cluster name"),
  competency: nameField("the competency name"),
  competency_description: textField("the competency description", FRAMEWORK_LIMITS.description),
  level: nameField("the level"),
  level_expectation: textField("the level expectation", FRAMEWORK_LIMITS.expectationText),
  indicator: textField("the indicator", FRAMEWORK_LIMITS.indicatorText),
} satisfies Record<FrameworkCsvColumn, unknown>;

/** Spreadsheet programs run cells starting like this as formulas. */
const FORMULA_START = /^[=+\-@]/;
/** What the export neutralises with a leading apostrophe (OWASP's list, plus cells already starting with apostrophes before one). */
const EXPORT_NEUTRALISE = /^'*[=+\-@\t\r]/;
/** An exported, neutralised cell: the import takes exactly one apostrophe back off. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;

const HEADER_LINE = FRAMEWORK_CSV_COLUMNS.join(",");

const quoted = (value: string) => `‘${value.length > 60 ? `${value.slice(0, 59)}…` : value}’`;
const sameName = (name: string) => name.toLowerCase();
const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === "");

function checkHeader(header: readonly string[], row: number): { errors: FrameworkCsvError[]; index: Partial<Record<FrameworkCsvColumn, number>> } {
  const index: Partial<Record<FrameworkCsvColumn, number>> = {};
  const errors: FrameworkCsvError[] = [];
  header.forEach((cell, i) => {
    const name = cell.trim().toLowerCase().replace(/[\s-]+/g, "_");
    if (!name) return;
    const column = FRAMEWORK_CSV_COLUMNS.find((known) => known === name);
    if (!column) errors.push({ row, message: `Unknown column ${quoted(cell.trim())}. The header row must name these columns: ${HEADER_LINE}` });
    else if (index[column] !== undefined) errors.push({ row, column, message: `The column ${column} appears more than once.` });
    else index[column] = i;
  });
  const missing = FRAMEWORK_CSV_COLUMNS.filter((column) => index[column] === undefined);
  if (missing.length === FRAMEWORK_CSV_COLUMNS.length) {
    const message =
      header.length === 1 && header[0]?.includes(";")
        ? "The columns are separated by semicolons. Save the file as “CSV UTF-8 (comma delimited)” and choose it again."
        : `The first row must be the header row: ${HEADER_LINE}`;
    return { errors: [{ row, message }], index };
  }
  for (const column of missing) errors.push({ row, column, message: `The column ${column} is missing. The header row must name these columns: ${HEADER_LINE}` });
  return { errors, index };
}

type CsvRow = Record<FrameworkCsvColumn, string> & { row: number };

/** Reads one record's cells: neutralised formulas restored, formulas refused, lengths and characters checked. */
function readRow(row: number, record: readonly string[], index: Partial<Record<FrameworkCsvColumn, number>>, width: number, errors: FrameworkCsvError[]): CsvRow | undefined {
  const before = errors.length;
  const cells = { row } as CsvRow;
  for (const column of FRAMEWORK_CSV_COLUMNS) {
    let value = (record[index[column] ?? -1] ?? "").trim();
    if (NEUTRALISED.test(value)) value = value.slice(1);
    else if (FORMULA_START.test(value)) {
      errors.push({ row, column, message: `The ${column} cell starts with “${value[0]}”, which spreadsheet programs treat as a formula. Remove that character, or put an apostrophe (') before it to keep it as text.` });
      continue;
    }
    const parsed = CELL_FIELDS[column].safeParse(value);
    if (!parsed.success) {
      errors.push({ row, column, message: `${parsed.error.issues[0]?.message ?? `The ${column} cell cannot be used`}.` });
      continue;
    }
    cells[column] = parsed.data;
    if (!parsed.data && REQUIRED.includes(column)) errors.push({ row, column, message: `The ${column} cell is empty.` });
  }
  if (record.slice(width).some((cell) => cell.trim() !== "")) {
    errors.push({ row, message: "This row has more cells than the header row. If a cell contains a comma, put the whole cell in double quotes." });
  }
  return errors.length === before ? cells : undefined;
}

/** Turns level cells into stage positions: numbers (1 first) or names, in one file one or the other. */
class StageResolver {
  private readonly names: string[];
  private readonly fixed: boolean;
  private mode: "number" | "name" | undefined;
  private highest = 0;

  constructor(stageNames: readonly string[]) {
    this.names = [...stageNames];
    this.fixed = stageNames.length > 0;
  }

  /** The stage's position, or a message saying why the level cannot be used. */
  resolve(level: string): number | string {
    const numeric = /^\d+$/.test(level);
    if (numeric) {
      const number = Number(level);
      const most = this.fixed ? this.names.length : FRAMEWORK_LIMITS.stages;
      if (number < 1 || number > most) return `Level ${level} is not a stage: use a number from 1 to ${most}${this.fixed ? " or a stage name" : ""}.`;
    }
    if (this.fixed) {
      const found = numeric ? Number(level) - 1 : this.names.findIndex((name) => sameName(name) === sameName(level));
      return found >= 0 ? found : `Unknown level ${quoted(level)}. Use a stage number from 1 to ${this.names.length}, or one of: ${this.names.join(", ")}.`;
    }
    const mode = numeric ? "number" : "name";
    this.mode ??= mode;
    if (mode !== this.mode) return `Use either stage numbers or stage names in the level column, not both: earlier rows use ${this.mode === "number" ? "numbers" : "names"}.`;
    if (numeric) {
      this.highest = Math.max(this.highest, Number(level));
      return Number(level) - 1;
    }
    const found = this.names.findIndex((name) => sameName(name) === sameName(level));
    if (found >= 0) return found;
    if (this.names.length >= FRAMEWORK_LIMITS.stages) return `A framework can have at most ${FRAMEWORK_LIMITS.stages} stages; ${quoted(level)} would be one more.`;
    this.names.push(level);
    return this.names.length - 1;
  }

  /** Stage names in order: the given names, the names met, or "Level n" up to the highest number met. */
  stageNames(): string[] {
    if (this.fixed || this.mode === "name") return this.names;
    return Array.from({ length: this.highest }, (_, i) => `Level ${i + 1}`);
  }
}

type CompetencyEntry = { competency: Competency; cluster: Cluster; row: number; descriptionRow: number };
type ExpectationEntry = { expectation: Expectation; stage: number; row: number };

/** Gathers rows into clusters, competencies and expectations in first-seen order, noting contradictions. */
class FrameworkAssembler {
  readonly clusters = new Map<string, Cluster>();
  private readonly competencies = new Map<string, CompetencyEntry>();
  private readonly expectations = new Map<string, ExpectationEntry>();
  private count = 0;

  constructor(private readonly errors: FrameworkCsvError[]) {}

  add(cells: CsvRow, stage: number) {
    const { row } = cells;
    const entry = this.competencyFor(cells);
    if (!entry) return;
    const id = `${entry.competency.key}:${stage}`;
    let found = this.expectations.get(id);
    if (!found) {
      found = { expectation: { stageKey: "", notApplicable: false, text: cells.level_expectation, developAhead: false, indicators: [] }, stage, row };
      this.expectations.set(id, found);
      entry.competency.expectations.push(found.expectation);
    } else if (found.expectation.text !== cells.level_expectation) {
      this.errors.push({
        row,
        column: "level_expectation",
        message: `${quoted(cells.competency)} at level ${cells.level} has a different expectation on row ${found.row}. Give every row of an expectation the same text.`,
      });
      return;
    }
    if (!cells.indicator) return;
    if (found.expectation.indicators.length >= FRAMEWORK_LIMITS.indicatorsPerExpectation) {
      this.errors.push({ row, column: "indicator", message: `An expectation can have at most ${FRAMEWORK_LIMITS.indicatorsPerExpectation} behavioural indicators; this is one more.` });
      return;
    }
    found.expectation.indicators.push({ key: newKey(), text: cells.indicator });
  }

  private competencyFor(cells: CsvRow): CompetencyEntry | undefined {
    const { row } = cells;
    const existing = this.competencies.get(sameName(cells.competency));
    if (existing) {
      if (sameName(existing.cluster.name) !== sameName(cells.cluster)) {
        this.errors.push({
          row,
          column: "cluster",
          message: `${quoted(cells.competency)} is in cluster ${quoted(existing.cluster.name)} on row ${existing.row}. A competency belongs to one cluster: rename one of them or move the rows.`,
        });
        return undefined;
      }
      if (cells.competency_description && existing.competency.description && cells.competency_description !== existing.competency.description) {
        this.errors.push({
          row,
          column: "competency_description",
          message: `${quoted(cells.competency)} has a different description on row ${existing.descriptionRow}. Give every row of a competency the same description, or leave it empty after the first.`,
        });
        return undefined;
      }
      if (!existing.competency.description) {
        existing.competency.description = cells.competency_description;
        existing.descriptionRow = row;
      }
      return existing;
    }
    if (this.count >= FRAMEWORK_LIMITS.competencies) {
      this.errors.push({ row, column: "competency", message: `A framework can hold at most ${FRAMEWORK_LIMITS.competencies} competencies; this is one more.` });
      return undefined;
    }
    const cluster = this.clusterFor(cells);
    if (!cluster) return undefined;
    const competency: Competency = { key: newKey(), name: cells.competency, description: cells.competency_description, tags: [], expectations: [] };
    cluster.competencies.push(competency);
    this.count += 1;
    const entry = { competency, cluster, row, descriptionRow: row };
    this.competencies.set(sameName(cells.competency), entry);
    return entry;
  }

  private clusterFor(cells: CsvRow): Cluster | undefined {
    const existing = this.clusters.get(sameName(cells.cluster));
    if (existing) return existing;
    if (this.clusters.size >= FRAMEWORK_LIMITS.clusters) {
      this.errors.push({ row: cells.row, column: "cluster", message: `A framework can have at most ${FRAMEWORK_LIMITS.clusters} clusters; this is one more.` });
      return undefined;
    }
    const cluster: Cluster = { key: newKey(), name: cells.cluster, description: "", competencies: [] };
    this.clusters.set(sameName(cells.cluster), cluster);
    return cluster;
  }

  /** Gives each expectation its stage's key and puts a competency's expectations in stage order. */
  finish(stageKeys: readonly Key[]): Cluster[] {
    for (const { expectation, stage } of this.expectations.values()) expectation.stageKey = stageKeys[stage] ?? "";
    const clusters = [...this.clusters.values()];
    for (const cluster of clusters) {
      for (const competency of cluster.competencies) {
        competency.expectations.sort((a, b) => stageKeys.indexOf(a.stageKey) - stageKeys.indexOf(b.stageKey));
      }
    }
    return clusters;
  }
}

/**
 * Reads an interchange CSV into a new framework document with fresh keys, or lists every
 * problem by row. `level` may hold stage numbers (1 first) or stage names; `stageNames`
 * names the stages (and then numbers and names may be mixed). The document has no name
 * yet: the caller gives it one.
 */
export function parseFrameworkCsv(text: string, options: { stageNames?: readonly string[] } = {}): ParsedFrameworkCsv {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const encoding = encodingProblem(content);
  if (encoding) return { errors: [{ row: 1, message: encoding }] };

  const parsed = Papa.parse<string[]>(content, { delimiter: ",", skipEmptyLines: false });
  const records = parsed.data;
  const headerIndex = records.findIndex((record) => !isBlank(record));
  const header = records[headerIndex];
  if (!header) return { errors: [{ row: 1, message: `The file is empty. The first row must be the header row: ${HEADER_LINE}` }] };

  const { errors, index } = checkHeader(header, headerIndex + 1);
  if (errors.length) return { errors };

  const rows: { row: number; record: string[] }[] = [];
  records.forEach((record, i) => {
    if (i > headerIndex && !isBlank(record)) rows.push({ row: i + 1, record });
  });
  if (rows.length === 0) return { errors: [{ row: headerIndex + 1, message: "The file has a header row but no rows of competencies." }] };
  const tooMany = rows[FRAMEWORK_CSV_MAX_ROWS];
  if (tooMany) {
    return {
      errors: [
        { row: tooMany.row, message: `The file has ${rows.length.toLocaleString("en-GB")} rows; one import takes at most ${FRAMEWORK_CSV_MAX_ROWS.toLocaleString("en-GB")}. Split the framework into smaller files.` },
      ],
    };
  }

  const badQuotes = new Set(parsed.errors.filter((error) => error.type === "Quotes").map((error) => (error.row ?? 0) + 1));
  const stages = new StageResolver(options.stageNames ?? []);
  const assembler = new FrameworkAssembler(errors);
  for (const { row, record } of rows) {
    if (badQuotes.has(row)) errors.push({ row, message: "A double quote in this row is not closed, so the cells after it may have run together. Check the quotes in this row." });
    const cells = readRow(row, record, index, header.length, errors);
    if (!cells) continue;
    const stage = stages.resolve(cells.level);
    if (typeof stage === "string") errors.push({ row, column: "level", message: stage });
    else assembler.add(cells, stage);
  }
  if (errors.length) return { errors: errors.sort((a, b) => a.row - b.row) };

  const stageList = stages.stageNames().map((name) => ({ key: newKey(), name, description: "" }));
  return {
    document: {
      name: "",
      description: "",
      scale: defaultProficiencyScale(),
      stages: stageList,
      clusters: assembler.finish(stageList.map((stage) => stage.key)),
    },
  };
}

/** Writes a framework in the interchange columns, levels as stage numbers; see the notes at the top for what is left out. */
export function writeFrameworkCsv(doc: FrameworkDocument): string {
  const data: string[][] = [];
  for (const cluster of doc.clusters) {
    for (const competency of cluster.competencies) {
      doc.stages.forEach((stage, i) => {
        const expectation = findExpectation(competency, stage.key);
        if (!expectation || expectation.notApplicable || !expectation.text.trim()) return;
        const cells = [cluster.name, competency.name, competency.description, String(i + 1), expectation.text];
        if (expectation.indicators.length === 0) data.push([...cells, ""]);
        for (const indicator of expectation.indicators) data.push([...cells, indicator.text]);
      });
    }
  }
  const body = Papa.unparse({ fields: [...FRAMEWORK_CSV_COLUMNS], data }, { quotes: true, newline: "\r\n", escapeFormulae: EXPORT_NEUTRALISE });
  return `${body}\r\n`;
}
