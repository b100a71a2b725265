/** Rows per statement, and the text per statement that ends a chunk early (large JSON documents). */
const CHUNK_ROWS = 5_000;
const CHUNK_CHARS = 8_000_000;

/**
 * Splits rows into chunks small enough for one statement, each chunk as one text array per column
 * (in `names` order), ready to be the parameters of `INSERT … SELECT … FROM unnest($1::text[], …)`.
 */
export function* columnChunks<Row>(rows: readonly Row[], names: readonly string[], text: (row: Row, name: string) => string | null): Generator<(string | null)[][]> {
  let start = 0;
  while (start < rows.length) {
    const arrays: (string | null)[][] = names.map(() => []);
    let chars = 0;
    let end = start;
    while (end < rows.length && end - start < CHUNK_ROWS && chars < CHUNK_CHARS) {
      const row = rows[end] as Row;
      names.forEach((name, index) => {
        const value = text(row, name);
        chars += value?.length ?? 0;
        arrays[index]?.push(value);
      });
      end += 1;
    }
    yield arrays;
    start = end;
  }
}
