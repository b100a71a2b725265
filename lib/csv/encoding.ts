/**
 * What a browser hands over when a file is not UTF-8: it decodes the bytes as UTF-8 anyway,
 * so bytes of another single-byte encoding (Latin-1, Windows-1252) become U+FFFD, and a UTF-16
 * file ("Unicode text" in spreadsheet programs) interleaves its letters with NULs.
 */

const SAVE_AS = "Save it as UTF-8 (in a spreadsheet program: “CSV UTF-8 (comma delimited)”) and choose it again.";

/** In UTF-16, text in Latin letters is half NULs; a stray NUL in one cell is that cell's problem, not the file's. */
function looksLikeUtf16(text: string): boolean {
  if (!text.includes("\u0000")) return false;
  return (text.split("\u0000").length - 1) * 4 >= text.length;
}

/** Why the text cannot have come from a UTF-8 file, or null when it can. */
export function encodingProblem(text: string): string | null {
  if (looksLikeUtf16(text)) return `The file is saved as UTF-16 (“Unicode text”), not UTF-8, so it cannot be read. ${SAVE_AS}`;
  if (text.includes("\uFFFD")) return `The file is not saved as UTF-8, so accented letters would be lost. ${SAVE_AS}`;
  return null;
}
