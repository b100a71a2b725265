import { Download } from "lucide-react";
import type { ReactNode } from "react";
import { Card } from "./card";

/** One column of an import file and what to write in it. */
export type ImportGuideColumn = { name: string; what: string };

/**
 * What an import file should look like: its columns, a template to download, notes
 * particular to the import (`children`) and the template shown as an example.
 */
export function ImportGuide({
  columns,
  template,
  templateFileName,
  exampleLabel,
  children,
}: {
  columns: readonly ImportGuideColumn[];
  /** The template file's text, with CRLF line ends as spreadsheet programs write them. */
  template: string;
  templateFileName: string;
  exampleLabel: string;
  children: ReactNode;
}) {
  // The byte order mark makes spreadsheet programs open the download as UTF-8.
  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${template}`)}`;
  return (
    <Card className="mb-6 text-sm">
      <h2 className="mb-3 text-lg font-semibold">What the file should look like</h2>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-3">
          <p>A header row, then one person per row, with these columns in any order:</p>
          <dl className="space-y-2">
            {columns.map((column) => (
              <div key={column.name}>
                <dt className="font-mono text-xs font-semibold">{column.name}</dt>
                <dd className="text-muted">{column.what}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div className="space-y-3">
          <p>
            <a href={templateHref} download={templateFileName} className="inline-flex items-center gap-2 font-medium text-brand-700 underline">
              <Download aria-hidden className="size-4" /> Download the template
            </a>
          </p>
          {children}
          <p className="text-muted">Cells that start with =, +, - or @ are refused, because spreadsheet programs would run them as formulas.</p>
        </div>
      </div>
      <p className="mt-4 mb-2">For example:</p>
      <pre className="overflow-x-auto rounded-md bg-slate-100 p-3 font-mono text-xs leading-relaxed" tabIndex={0} aria-label={exampleLabel}>
        {template.replaceAll("\r\n", "\n")}
      </pre>
    </Card>
  );
}
