/**
 * The export lists records in an order that depends only on what the file says about them, never
 * on database ids, so an organisation exported, imported and exported again lists them the same.
 */

type SortValue = string | number | null;

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  // Code-unit order, not the locale's: the same on every machine.
  return a < b ? -1 : 1;
}

/**
 * Sorted by the given values in turn, then by the whole record as the file will hold it
 * (`content`, when the items carry database ids beside it), so equal values never leave the
 * order to chance, nor to ids.
 */
export function sortRecords<T>(items: readonly T[], by: (item: T) => SortValue[], content: (item: T) => unknown = (item) => item): T[] {
  const keyed = items.map((item) => ({ item, values: by(item), whole: JSON.stringify(content(item)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.values.length; i++) {
      const order = compareValues(a.values[i] ?? null, b.values[i] ?? null);
      if (order !== 0) return order;
    }
    return compareValues(a.whole, b.whole);
  });
  return keyed.map((entry) => entry.item);
}

/** Rows grouped by a parent's id, for building nested records without a query per parent. */
export function groupBy<T>(rows: readonly T[], parentOf: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const parent = parentOf(row);
    if (parent === null) continue;
    const group = groups.get(parent);
    if (group) group.push(row);
    else groups.set(parent, [row]);
  }
  return groups;
}
