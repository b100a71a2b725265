/** How CSV messages name things: lists, quoted cell values, row numbers. */

export function list(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** A number with its noun: "1 person", "2,000 people". */
export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

export function quoted(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `“${shown}”`;
}

export function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 5).map(String);
  const more = rows.length > 5 ? ` and ${rows.length - 5} more` : "";
  return `${rows.length === 1 ? "row" : "rows"} ${list(shown)}${more}`;
}
