import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { AuditRow } from "@/lib/audit/log-queries";
import { formatMoment } from "@/lib/inductions/item-labels";

const timeOfDay = (value: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(value);

function ObjectCell({ object }: { object: AuditRow["object"] }) {
  return (
    <>
      <span className="block text-xs text-muted">{object.label}</span>
      {object.name === null ? (
        <span className="text-muted">No longer exists</span>
      ) : object.href ? (
        <Link href={object.href} className="text-brand-700 underline">
          {object.name}
        </Link>
      ) : (
        <span>{object.name}</span>
      )}
      <Link href={`/hr/audit?${new URLSearchParams({ object: object.id })}`} className="block text-xs text-brand-700 underline">
        Its history<span className="sr-only">: {object.label.toLowerCase()} {object.name ?? object.id}</span>
      </Link>
    </>
  );
}

/** The audit log, one event per row, newest first; times on the organisation's clock. */
export function AuditTable({ rows, timeZone }: { rows: AuditRow[]; timeZone: string }) {
  return (
    <Table caption="Audit log entries, newest first">
      <thead>
        <tr>
          <Th>When</Th>
          <Th>Who</Th>
          <Th>What</Th>
          <Th>Object</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="whitespace-nowrap">
              <time dateTime={row.createdAt.toISOString()}>
                {formatMoment(row.createdAt, timeZone)}
                <span className="block text-xs text-muted">{timeOfDay(row.createdAt, timeZone)}</span>
              </time>
            </Td>
            <Td>
              {row.actor ? (
                <>
                  {row.actor.name}
                  <span className="block text-xs text-muted">{row.actor.email}</span>
                </>
              ) : (
                <span className="text-muted">Nobody recorded</span>
              )}
            </Td>
            <Td>
              {row.summary}
              {row.reason ? (
                <span className="mt-1 block whitespace-pre-line text-xs">
                  <span className="text-muted">Reason given: </span>
                  {row.reason}
                </span>
              ) : null}
            </Td>
            <Td>
              <ObjectCell object={row.object} />
            </Td>
          </tr>
        ))}
        {rows.length === 0 ? (
          <tr>
            <Td colSpan={4} className="py-6 text-center text-muted">
              No entries match these filters.
            </Td>
          </tr>
        ) : null}
      </tbody>
    </Table>
  );
}
