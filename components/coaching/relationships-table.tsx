import { endRelationshipAction } from "@/app/(app)/hr/coaching/actions";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import { Table, Td, Th } from "@/components/ui/table";
import { KIND_LABELS } from "@/lib/coaching/labels";
import { formatRate } from "@/lib/coaching/dates";
import type { HrRelationship } from "@/lib/coaching/queries";
import { formatDay } from "@/lib/inductions/item-labels";
import { relationshipDates } from "./relationship-card";

/** Every relationship as HR sees it: who, when, and how often they meet; never what was said. */
export function RelationshipsTable({ relationships, highlight }: { relationships: HrRelationship[]; highlight?: string }) {
  return (
    <Table caption="Coaching and mentoring relationships, with how often each pair meets">
      <thead>
        <tr>
          <Th>Kind</Th>
          <Th>Coach or mentor</Th>
          <Th>Leader</Th>
          <Th>Dates</Th>
          <Th>Status</Th>
          <Th className="text-right">Sessions</Th>
          <Th>Meets</Th>
          <Th>Last session</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {relationships.map((relationship) => (
          <tr key={relationship.id} className={relationship.id === highlight ? "bg-emerald-50" : undefined}>
            <Td>{KIND_LABELS[relationship.kind]}</Td>
            <Td>{relationship.supporterName}</Td>
            <Td>{relationship.leaderName}</Td>
            <Td className="min-w-48">{relationshipDates(relationship)}</Td>
            <Td>{relationship.status === "ACTIVE" ? "Running" : "Ended"}</Td>
            <Td className="text-right tabular-nums">{relationship.sessions}</Td>
            <Td className="whitespace-nowrap">{formatRate(relationship.perMonth)}</Td>
            <Td className="whitespace-nowrap">{relationship.lastSession ? formatDay(relationship.lastSession) : <span className="text-muted">None yet</span>}</Td>
            <Td>
              {relationship.status === "ACTIVE" ? (
                <ButtonActionForm
                  action={endRelationshipAction}
                  fields={{ relationshipId: relationship.id }}
                  label="End"
                  variant="secondary"
                  confirmation={`End ${relationship.supporterName}'s ${KIND_LABELS[relationship.kind].toLowerCase()} of ${relationship.leaderName}?`}
                />
              ) : null}
            </Td>
          </tr>
        ))}
        {relationships.length === 0 ? (
          <tr>
            <Td colSpan={9} className="py-6 text-center text-muted">
              No relationships yet. Find a coach or mentor for a new leader above.
            </Td>
          </tr>
        ) : null}
      </tbody>
    </Table>
  );
}
