import { MULTI_LINE_FORBIDDEN } from "@/lib/validation/fields";
import { rowList } from "./wording";

/** Checks every import file applies to its cells and rows, whatever the columns mean. */

/** Cells starting like this are run as formulas by spreadsheet programs. */
const FORMULA_START = /^[=+\-@]/;

/**
 * Characters PostgreSQL cannot store (NUL), that UTF-8 cannot encode (a lone
 * surrogate), terminal controls and the text-direction overrides used to disguise
 * text. Tabs and line breaks are left alone: they count as spaces in a name.
 */
const UNSAFE_CHARACTER = MULTI_LINE_FORBIDDEN;

/** Refuses a cell that is unusable whatever the column: control characters or a formula. Returns whether it did. */
export function checkCell(column: string, value: string, errors: string[]): boolean {
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

/** Marks every row whose key (when it has one) is also on another row, naming the other rows. */
export function markDuplicates<R extends { row: number; errors: string[] }>(rows: R[], keyOf: (row: R) => string, message: (otherRows: string) => string) {
  const byKey = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (!key) continue;
    const same = byKey.get(key);
    if (same) same.push(row);
    else byKey.set(key, [row]);
  }
  for (const same of byKey.values()) {
    if (same.length < 2) continue;
    for (const row of same) row.errors.push(message(rowList(same.filter((other) => other !== row).map((other) => other.row))));
  }
}
