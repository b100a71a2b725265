import { encodingProblem } from "@/lib/csv/encoding";
import { InvalidError } from "@/lib/db/errors";
import { checkedDocument, limitList } from "./checked-document";
import { checkCompleteness } from "./completeness";
import { countElements, type FrameworkDocument } from "./document";
import { parseFrameworkCsv } from "./interchange-csv";
import { parseFrameworkJson } from "./json-interchange";

/**
 * Reading an import file, for the preview and for the import itself: the import reads
 * the file again on the server rather than trusting anything the preview said.
 */

export type FrameworkFileFormat = "csv" | "json";

export const FILE_REJECTED = "This file cannot be imported. Fix the problems listed and choose it again; nothing was saved.";

export type FrameworkImportPreview = {
  format: FrameworkFileFormat;
  /** The name a JSON export carries; a CSV file has none. */
  name: string;
  counts: { stages: number; clusters: number; competencies: number; expectations: number; indicators: number };
  stages: string[];
  clusters: { name: string; competencies: string[] }[];
  warnings: string[];
};

/** A JSON export starts with "{"; the interchange CSV starts with its header row, so no CSV file does. */
function formatOf(text: string): FrameworkFileFormat {
  return /^\uFEFF?\s*\{/.test(text) ? "json" : "csv";
}

/** The file as a framework document (with no name for a CSV file), or InvalidError listing every problem on `file`. */
export function readFrameworkFile(text: string): { format: FrameworkFileFormat; document: FrameworkDocument } {
  const encoding = encodingProblem(text);
  if (encoding) throw new InvalidError({ file: [encoding] }, FILE_REJECTED);
  const format = formatOf(text);
  if (format === "json") {
    const parsed = parseFrameworkJson(text);
    if ("errors" in parsed) throw new InvalidError({ file: limitList(parsed.errors.map((issue) => `${issue.location}: ${issue.message}`)) }, FILE_REJECTED);
    return { format, document: parsed.document };
  }
  const parsed = parseFrameworkCsv(text);
  if ("errors" in parsed) {
    throw new InvalidError({ file: limitList(parsed.errors.map((error) => `Row ${error.row}${error.column ? `, ${error.column}` : ""}: ${error.message}`)) }, FILE_REJECTED);
  }
  return { format, document: checkedDocument(parsed.document, "file", FILE_REJECTED) };
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;

function warningsFor(format: FrameworkFileFormat, doc: FrameworkDocument): string[] {
  const warnings: string[] = [];
  const stageCount = doc.stages.length;
  if (format === "csv" && stageCount > 0 && doc.stages.every((stage, i) => stage.name === `Level ${i + 1}`)) {
    const named = stageCount === 1 ? "The stage is named “Level 1”" : `The stages are named “Level 1” to “Level ${stageCount}”`;
    warnings.push(`${named} after the numbers in the level column. Rename them in the editor to the career stages your organisation uses.`);
  }
  if (format === "csv") {
    warnings.push(
      "A CSV file holds no tags, “develop ahead of the role” flags, descriptions of clusters or stages, or proficiency scale. The draft starts with the standard four-point scale; add the rest in the editor.",
    );
  }
  let bare = 0;
  for (const cluster of doc.clusters) {
    for (const competency of cluster.competencies) bare += competency.expectations.filter((e) => !e.notApplicable && e.text.trim() && e.indicators.length === 0).length;
  }
  if (bare) warnings.push(`${plural(bare, "expectation has", "expectations have")} no behavioural indicators yet.`);
  // The name is chosen on import, so a CSV file's missing name is not a problem here.
  const [first, ...rest] = checkCompleteness({ ...doc, name: doc.name || "Named on import" });
  if (first) {
    const things = plural(rest.length + 1, "thing needs", "things need");
    warnings.push(`${things} finishing in the editor before this framework can be published. The first: ${first.location}: ${first.message}`);
  }
  return warnings;
}

/** What an import of the file would create, without creating anything; a rejected file throws as readFrameworkFile does. */
export function previewFrameworkFile(text: string): FrameworkImportPreview {
  const { format, document } = readFrameworkFile(text);
  const { stages, clusters, competencies, expectations, indicators } = countElements(document);
  return {
    format,
    name: document.name,
    counts: { stages, clusters, competencies, expectations, indicators },
    stages: document.stages.map((stage) => stage.name),
    clusters: document.clusters.map((cluster) => ({ name: cluster.name, competencies: cluster.competencies.map((competency) => competency.name) })),
    warnings: warningsFor(format, document),
  };
}
