import { tableCsv } from "@/lib/dashboard/tables";
import type { AuditRow } from "./log-queries";

/** "2026-11-23 14:05:09": sortable in a spreadsheet, on the organisation's clock. */
export function localTimestamp(value: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}:${part("second")}`;
}

/** The filtered log as CSV (formula-like cells neutralised by tableCsv), one event per row, newest first. */
export function auditCsv(rows: AuditRow[], timeZone: string): string {
  return tableCsv({
    header: [`When (${timeZone})`, "Who", "Who's email", "What", "Action", "Object type", "Object", "Object id", "Reason given", "Details"],
    rows: rows.map((row) => [
      localTimestamp(row.createdAt, timeZone),
      row.actor?.name ?? "",
      row.actor?.email ?? "",
      row.summary,
      row.action,
      row.object.label,
      row.object.name ?? "",
      row.object.id,
      row.reason ?? "",
      row.details === null ? "" : JSON.stringify(row.details),
    ]),
  });
}
