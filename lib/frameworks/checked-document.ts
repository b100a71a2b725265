import { InvalidError } from "@/lib/db/errors";
import type { FrameworkDocument } from "./document";
import { documentIssues, frameworkDocumentSchema } from "./schemas";

const MAX_LISTED = 50;

/** A long list of problems cut to what a person can read, saying how many more there are. */
export function limitList(messages: string[]): string[] {
  return messages.length > MAX_LISTED ? [...messages.slice(0, MAX_LISTED), `… and ${messages.length - MAX_LISTED} more.`] : messages;
}

/** A document checked as strictly as an import; problems are reported on `field`. */
export function checkedDocument(doc: FrameworkDocument, field: string, message: string): FrameworkDocument {
  const parsed = frameworkDocumentSchema.safeParse(doc);
  if (!parsed.success) throw new InvalidError({ [field]: limitList(documentIssues(parsed.error).map((issue) => `${issue.location}: ${issue.message}`)) }, message);
  return parsed.data;
}
