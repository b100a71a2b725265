import Link from "next/link";
import { StandingBadge } from "@/components/conversations/standing";
import { ProgressBar } from "@/components/inductions/running/progress-bar";
import { Badge, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { conversationStanding } from "@/lib/conversations/dates";
import { listTeamInductions } from "@/lib/inductions/induction-queries";
import { formatDay, formatMoment } from "@/lib/inductions/item-labels";

export const metadata = { title: "My team" };

export default async function MyTeamPage() {
  const actor = await requireRole("MANAGER");
  const { rows, timeZone, today } = await listTeamInductions(actor);
  return (
    <>
      <PageHeader
        title="My team"
        description="The people who report to you and the inductions you support as their manager: how far along each is, what is overdue, when anything last moved, and when you last had a career conversation with each."
      />
      <Table caption="Your reports, their inductions and career conversations">
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Job role</Th>
            <Th className="w-64">Induction</Th>
            <Th>Overdue</Th>
            <Th>Last activity</Th>
            <Th>Last conversation</Th>
            <Th>Next conversation</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(({ person, induction, conversation }) => (
            <tr key={person.id}>
              <Td>
                {/* Someone without an induction is reached through their career conversations. */}
                <Link href={induction ? `/team/${person.id}` : `/team/${person.id}/conversations`} className="font-medium text-brand-700 underline">
                  {person.name}
                </Link>
                <span className="block text-xs text-muted">{person.email}</span>
              </Td>
              <Td>{person.jobRole ?? <span className="text-muted">None</span>}</Td>
              <Td>
                {induction ? (
                  <>
                    <ProgressBar progress={induction.counts} label={`${person.name}'s induction: progress`} />
                    {induction.status === "COMPLETED" ? <Badge className="mt-1 bg-emerald-100 text-emerald-900">Complete</Badge> : null}
                  </>
                ) : (
                  <span className="text-muted">Not enrolled</span>
                )}
              </Td>
              <Td>
                {induction ? (
                  induction.counts.overdue > 0 ? (
                    <Badge className="bg-red-100 text-red-800">{induction.counts.overdue} overdue</Badge>
                  ) : (
                    <span className="text-muted">None</span>
                  )
                ) : null}
              </Td>
              <Td>{induction ? formatMoment(induction.lastActivity, timeZone) : null}</Td>
              <Td>{conversation ? formatDay(conversation.lastHeldOn) : <span className="text-muted">None</span>}</Td>
              <Td>
                <StandingBadge standing={conversationStanding(conversation?.nextConversationOn ?? null, today)} />
              </Td>
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <Td colSpan={7} className="py-6 text-center text-muted">
                Nobody reports to you in the app yet. HR sets reporting lines on the People page.
              </Td>
            </tr>
          ) : null}
        </tbody>
      </Table>
    </>
  );
}
