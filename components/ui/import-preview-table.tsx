"use client";

import { useState, type ReactNode } from "react";
import { Button } from "./button";
import { Table, Td, Th } from "./table";
import { cn } from "./cn";

const PAGE_SIZE = 100;

const count = (n: number) => n.toLocaleString("en-GB");

/** What every import preview reports: how many rows are ready, how many have errors. */
export type ImportPreview<Row extends ImportPreviewRow> = { total: number; ready: number; withErrors: number; rows: Row[] };
export type ImportPreviewRow = { row: number; errors: string[]; outcome: string };

/** One column of the preview between the row number and the result; `className` applies to its header and cells. */
export type PreviewColumn<Row> = { header: string; className?: string; cell: (row: Row) => ReactNode };

/** An empty cell of the preview. */
export const noneCell = <span className="text-muted">None</span>;

/** A person's name over their email; `noName` stands in when the row has no name to show. */
export function NameAndEmailCell({ name, email, noName }: { name: string; email: string; noName: string }) {
  return (
    <>
      <span className="block font-medium">{name || <span className="text-muted">{noName}</span>}</span>
      <span className="block text-xs text-muted">{email || "(no email)"}</span>
    </>
  );
}

export function previewSummary(preview: { ready: number; withErrors: number }): string {
  const ready = `${count(preview.ready)} ${preview.ready === 1 ? "row" : "rows"} ready`;
  return `${ready}, ${preview.withErrors ? count(preview.withErrors) : "none"} with errors`;
}

/** Every row of the file with its number, what it says, and its errors or what will happen. */
export function ImportPreviewTable<Row extends ImportPreviewRow>({ preview, columns }: { preview: ImportPreview<Row>; columns: readonly PreviewColumn<Row>[] }) {
  const [onlyErrors, setOnlyErrors] = useState(preview.withErrors > 0 && preview.total > PAGE_SIZE);
  const [page, setPage] = useState(0);
  const rows = onlyErrors ? preview.rows.filter((row) => row.errors.length) : preview.rows;
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pageCount - 1);
  const shown = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  return (
    <div className="space-y-3">
      {preview.withErrors > 0 ? (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 accent-brand-700"
            checked={onlyErrors}
            onChange={(event) => {
              setOnlyErrors(event.target.checked);
              setPage(0);
            }}
          />
          Show only the {count(preview.withErrors)} {preview.withErrors === 1 ? "row" : "rows"} with errors
        </label>
      ) : null}
      <Table caption="Rows of the file, with their errors or what will happen to each">
        <thead>
          <tr>
            <Th className="w-16 text-right">Row</Th>
            {columns.map((column) => (
              <Th key={column.header} className={column.className}>
                {column.header}
              </Th>
            ))}
            <Th className="min-w-64">Result</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {shown.map((row) => {
            const bad = row.errors.length > 0;
            return (
              <tr key={row.row} className={cn(bad && "bg-red-50")}>
                <th scope="row" className="px-4 py-2 text-right align-top font-mono text-xs font-normal tabular-nums text-muted">
                  {row.row}
                </th>
                {columns.map((column) => (
                  <Td key={column.header} className={cn("break-words", column.className)}>
                    {column.cell(row)}
                  </Td>
                ))}
                <Td>
                  {bad ? (
                    <ul className="list-disc space-y-1 pl-4 text-red-800">
                      {row.errors.map((error) => (
                        <li key={error}>{error}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-emerald-800">{row.outcome}</span>
                  )}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {pageCount > 1 ? (
        <nav aria-label="Pages of the preview" className="flex items-center gap-3 text-sm">
          <Button type="button" variant="secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </Button>
          <span>
            Rows {count(current * PAGE_SIZE + 1)}–{count(Math.min(rows.length, (current + 1) * PAGE_SIZE))} of {count(rows.length)}
          </span>
          <Button type="button" variant="secondary" disabled={current >= pageCount - 1} onClick={() => setPage(current + 1)}>
            Next
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
