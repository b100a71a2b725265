import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { KIND_LABELS } from "@/lib/coaching/labels";
import { sparePlaces } from "@/lib/coaching/matching";
import type { BenchProfile } from "@/lib/coaching/queries";
import { list } from "@/lib/csv/wording";

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** HR's view of the bench: what each person offers, their strengths and how full they are. */
export function BenchTable({ bench }: { bench: BenchProfile[] }) {
  return (
    <Table caption="People on the coaching and mentoring bench, with what they offer, their strengths and their places">
      <thead>
        <tr>
          <Th>Person</Th>
          <Th>Offers</Th>
          <Th>Strengths</Th>
          <Th className="text-right">Places taken</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {bench.map((member) => (
          <tr key={member.profileId}>
            <Td>
              <Link href={`/hr/coaching/bench/${member.profileId}`} className="font-medium text-brand-700 underline">
                {member.name}
              </Link>
              {member.available ? null : <span className="block text-xs text-red-800">Not suggested: deactivated or without the Coach or mentor hat</span>}
            </Td>
            <Td>{member.offers.length ? capitalised(list(member.offers.map((kind) => KIND_LABELS[kind].toLowerCase()))) : <span className="text-muted">Nothing at the moment</span>}</Td>
            <Td className="max-w-md">{member.strengths.length ? member.strengths.map((strength) => strength.competencyName).join(", ") : <span className="text-muted">None chosen</span>}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">
              {member.activeCount} of {member.capacity}
              {sparePlaces(member) === 0 ? <span className="block text-xs font-medium text-amber-800">Full</span> : null}
            </Td>
          </tr>
        ))}
        {bench.length === 0 ? (
          <tr>
            <Td colSpan={4} className="py-6 text-center text-muted">
              Nobody is on the bench yet. Add people who wear the Coach or mentor hat.
            </Td>
          </tr>
        ) : null}
      </tbody>
    </Table>
  );
}
