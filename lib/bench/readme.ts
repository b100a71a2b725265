/** Replaces the body of one `## ` section of a Markdown document, keeping its heading and everything else. */
export function replaceSection(markdown: string, heading: string, body: string): string {
  const lines = markdown.split("\n");
  let inFence = false;
  let start = -1;
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    if (start === -1 && line.trimEnd() === heading) start = i;
    else if (start !== -1 && /^## /.test(line)) {
      end = i;
      break;
    }
  }
  if (start === -1) throw new Error(`The document has no "${heading}" section.`);
  const after = lines.slice(end);
  return [...lines.slice(0, start + 1), "", body.trim(), ...(after.length ? ["", ...after] : [""])].join("\n");
}
