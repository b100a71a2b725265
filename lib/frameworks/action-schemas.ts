import { z } from "zod";
import { idField, versionField } from "@/lib/validation/fields";
import { frameworkEditSchema, frameworkNameField } from "./schemas";

/** The inputs of the framework actions (app/(app)/hr/frameworks/actions.ts), shared by forms and actions. */

export const FRAMEWORK_FILE_MAX_BYTES = 5 * 1024 * 1024;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

const tooLarge = "The file is larger than 5 MB. A framework file is rarely more than a few hundred kilobytes: check you chose the right file.";

/** The text of a CSV or JSON framework file, read in the browser. */
const fileText = z
  .string({ message: "Choose a CSV or JSON file" })
  .max(FRAMEWORK_FILE_MAX_BYTES, { message: tooLarge, abort: true })
  .refine((text) => text.trim().length > 0, { message: "The file is empty", abort: true })
  .refine((text) => utf8Length(text) <= FRAMEWORK_FILE_MAX_BYTES, tooLarge);

const requiredName = frameworkNameField.min(1, "Enter a name for the framework");

export const FRAMEWORK_STARTS = ["blank", "template"] as const;

export const createFrameworkSchema = z.object({
  start: z.enum(FRAMEWORK_STARTS, { message: "Choose how to start" }),
  name: requiredName,
});

export const previewFrameworkImportSchema = z.object({ file: fileText });
/** The file comes again with the name: the import reads it afresh rather than trusting the preview. */
export const importFrameworkSchema = z.object({ name: requiredName, file: fileText });

/** The editor sends the edit as an object; a form may send it as JSON text. */
const editField = z.preprocess((value) => {
  if (typeof value !== "string") return value;
  if (value.length > 200_000) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}, frameworkEditSchema);

export const editFrameworkDraftSchema = z.object({ versionId: idField, revision: versionField, edit: editField });
export const publishFrameworkDraftSchema = z.object({ versionId: idField, revision: versionField });
export const frameworkVersionIdSchema = z.object({ versionId: idField });
export const frameworkIdSchema = z.object({ frameworkId: idField });

export type CreateFrameworkInput = z.output<typeof createFrameworkSchema>;
export type ImportFrameworkInput = z.output<typeof importFrameworkSchema>;
export type EditFrameworkDraftInput = z.output<typeof editFrameworkDraftSchema>;
export type PublishFrameworkDraftInput = z.output<typeof publishFrameworkDraftSchema>;
