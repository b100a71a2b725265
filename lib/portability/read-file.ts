import type { z } from "zod";
import { DOCUMENT_FORMAT, DOCUMENT_LIMITS, DOCUMENT_VERSION, organisationDocumentSchema, type OrganisationDocument } from "./document";
import { PortabilityError } from "./errors";
import { referenceProblems } from "./references";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** "people[3].manager" from zod's path. */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), "") || "the file";
}

function schemaProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${pathText(issue.path)}: ${issue.message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The size of a file before anyone reads it whole. */
export function checkFileSize(bytes: number, maxBytes: number = DOCUMENT_LIMITS.bytes) {
  if (bytes > maxBytes) throw new PortabilityError(`The file is ${megabytes(bytes)}; an organisation file may be at most ${megabytes(maxBytes)}.`);
}

/**
 * An organisation file's text, checked all the way before anything is written: its size, that
 * it is JSON, its format and version, every field, and every reference between records.
 */
export function readOrganisationFile(text: string, maxBytes: number = DOCUMENT_LIMITS.bytes): OrganisationDocument {
  checkFileSize(Buffer.byteLength(text, "utf8"), maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new PortabilityError(`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!isRecord(json) || json.format !== DOCUMENT_FORMAT) {
    throw new PortabilityError(`This is not an organisation file: its "format" should be "${DOCUMENT_FORMAT}".`);
  }
  if (json.version !== DOCUMENT_VERSION) {
    throw new PortabilityError(`This organisation file is version ${JSON.stringify(json.version)} of the format; this app reads version ${DOCUMENT_VERSION}.`);
  }
  const parsed = organisationDocumentSchema.safeParse(json);
  if (!parsed.success) throw new PortabilityError("The file does not match the organisation file format; nothing was imported.", schemaProblems(parsed.error));
  const problems = referenceProblems(parsed.data);
  if (problems.length) throw new PortabilityError("Records in the file refer to records it does not hold, or repeat what must be unique; nothing was imported.", problems);
  return parsed.data;
}
