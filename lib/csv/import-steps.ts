import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { InvalidError } from "@/lib/db/errors";
import { csvFileProblem } from "./file-field";

/** The steps every all-or-nothing CSV import takes around its own checks and writes. */

type CheckedRow = { errors: string[] };

const rowsHave = (n: number) => (n === 1 ? "row has" : "rows have");

/** The parsed rows, or the file's own problems (columns, size) as an error next to the file field. */
export function rowsOrFileProblem<R>(parsed: { fileErrors: string[]; rows: R[] }): R[] {
  if (parsed.fileErrors.length) throw csvFileProblem(parsed.fileErrors);
  return parsed.rows;
}

/** Runs a preview's checks in one transaction, so they see one consistent state of the organisation. */
export function checkInOneReading<T>(check: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(check, { timeout: 60_000, maxWait: 15_000 });
}

/** The counts a preview shows above its rows. */
export function previewCounts(rows: CheckedRow[]): { total: number; ready: number; withErrors: number } {
  const withErrors = rows.filter((row) => row.errors.length > 0).length;
  return { total: rows.length, ready: rows.length - withErrors, withErrors };
}

/** Refuses the whole file when any row has errors; `nothingSaved` opens the message ("Nothing was imported"). */
export function refuseRowsWithErrors(rows: CheckedRow[], nothingSaved: string): void {
  const { withErrors } = previewCounts(rows);
  if (withErrors === 0) return;
  throw new InvalidError(
    { csv: [`${withErrors} of ${rows.length} ${rowsHave(rows.length)} errors.`] },
    `${nothingSaved}: ${withErrors} ${rowsHave(withErrors)} errors. Fix them and check the file again.`,
  );
}
