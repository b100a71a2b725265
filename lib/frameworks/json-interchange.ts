import type { Expectation, FrameworkDocument } from "./document";
import { documentIssues, frameworkDocumentSchema, type DocumentIssue } from "./schemas";

/**
 * The JSON export holds a whole framework version, keys included, so importing it
 * recreates the framework exactly. Properties are written in a fixed order (and
 * expectations in stage order), so exporting the same content always gives the same text.
 */

export const FRAMEWORK_JSON_FORMAT = "leadership-framework";
export const FRAMEWORK_JSON_VERSION = 1;

function inStageOrder(doc: FrameworkDocument, expectations: readonly Expectation[]): Expectation[] {
  const order = new Map(doc.stages.map((stage, i) => [stage.key, i]));
  const position = (expectation: Expectation) => order.get(expectation.stageKey) ?? order.size;
  return [...expectations].sort((a, b) => position(a) - position(b));
}

export function exportFrameworkJson(doc: FrameworkDocument): string {
  const named = ({ key, name, description }: { key: string; name: string; description: string }) => ({ key, name, description });
  const body = {
    format: FRAMEWORK_JSON_FORMAT,
    formatVersion: FRAMEWORK_JSON_VERSION,
    name: doc.name,
    description: doc.description,
    scale: doc.scale.map(named),
    stages: doc.stages.map(named),
    clusters: doc.clusters.map((cluster) => ({
      ...named(cluster),
      competencies: cluster.competencies.map((competency) => ({
        ...named(competency),
        tags: [...competency.tags],
        expectations: inStageOrder(doc, competency.expectations).map(({ stageKey, notApplicable, text, developAhead, indicators }) => ({
          stageKey,
          notApplicable,
          text,
          developAhead,
          indicators: indicators.map(({ key, text: indicatorText }) => ({ key, text: indicatorText })),
        })),
      })),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

const FILE = "File";

function headerProblem(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data) || !("format" in data) || data.format !== FRAMEWORK_JSON_FORMAT) {
    return `This is not a framework export: it should start with "format": "${FRAMEWORK_JSON_FORMAT}". Export the framework from the app and choose that file.`;
  }
  const version = "formatVersion" in data ? data.formatVersion : undefined;
  if (version === FRAMEWORK_JSON_VERSION) return undefined;
  if (typeof version === "number" && version > FRAMEWORK_JSON_VERSION) {
    return `This file was exported by a newer version of the app (format version ${version}); this version reads format version ${FRAMEWORK_JSON_VERSION}.`;
  }
  return `The format version is missing or unknown; this version of the app reads format version ${FRAMEWORK_JSON_VERSION}.`;
}

/** Reads a JSON export, checking it as strictly as an edit in the app would be checked. */
export function parseFrameworkJson(text: string): { document: FrameworkDocument } | { errors: DocumentIssue[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { errors: [{ location: FILE, message: "The file is not valid JSON. Export the framework again, and check the file was not cut short or edited by hand." }] };
  }
  const problem = headerProblem(data);
  if (problem) return { errors: [{ location: FILE, message: problem }] };
  const parsed = frameworkDocumentSchema.safeParse(data);
  return parsed.success ? { document: parsed.data } : { errors: documentIssues(parsed.error) };
}
