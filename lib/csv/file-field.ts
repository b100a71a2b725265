import { z } from "zod";
import { InvalidError } from "@/lib/db/errors";
import { tooLargeMessage, utf8Length, type CsvFileSpec } from "./table";

/** The text of an import file, sent as a form field by both the preview and the import action. */
export function csvFileField(spec: Pick<CsvFileSpec<string>, "maxBytes" | "maxRows" | "noun">) {
  const tooLarge = tooLargeMessage(spec);
  return (
    z
      .string({ message: "Choose a CSV file" })
      // Characters never outnumber UTF-8 bytes, so this cheap check runs first.
      .max(spec.maxBytes, { message: tooLarge, abort: true })
      .refine((text) => text.trim().length > 0, { message: "The file is empty", abort: true })
      .refine((text) => utf8Length(text) <= spec.maxBytes, tooLarge)
  );
}

/** A file that cannot be read at all (columns, size): the problems go next to the file field. */
export function csvFileProblem(messages: string[]): InvalidError {
  return new InvalidError({ csv: messages }, "This file cannot be imported. Fix the problems listed and choose it again.");
}
