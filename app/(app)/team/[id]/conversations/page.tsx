import Link from "next/link";
import { PreparationList } from "@/components/conversations/preparation-list";
import { StandingBadge } from "@/components/conversations/standing";
import { BackLink } from "@/components/ui/back-link";
import { Button } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { TRACK_LABELS } from "@/lib/conversations/labels";
import { listReportConversations } from "@/lib/conversations/queries";
import { orNotFound } from "@/lib/db/or-not-found";
import { formatDay } from "@/lib/inductions/item-labels";

export const metadata = { title: "Career conversations" };

/** A report's career conversations for their manager: when the next is due, what they want to bring to it, and every one so far. */
export default async function ReportConversationsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("MANAGER");
  const { id } = await params;
  const { report, standing, conversations, preparations } = await orNotFound(listReportConversations(actor, id));
  const name = report.name;
  return (
    <>
      <BackLink href="/team">My team</BackLink>
      <PageHeader
        title={`Career conversations with ${name}`}
        description={`What ${name} wants from their career, the track they lean towards and what you agreed to do about it. Aim for one conversation a quarter.`}
        actions={
          <Button asChild>
            <Link href={`/team/${report.id}/conversations/new`}>Log a conversation</Link>
          </Button>
        }
      />
      <div className="mb-6 grid items-start gap-6 lg:grid-cols-2">
        <Card aria-labelledby="next-heading">
          <h2 id="next-heading" className="text-lg font-semibold">
            Next conversation
          </h2>
          <p className="mt-2">
            <StandingBadge standing={standing} />
          </p>
          <p className="mt-2 text-sm text-muted">
            {standing.kind === "none"
              ? `You have not logged a career conversation with ${name} yet.`
              : standing.kind === "overdue"
                ? `The date you set has passed. Book a conversation with ${name} soon, then log it here.`
                : `${name} sees this date on their conversations page too.`}
          </p>
        </Card>
        <Card aria-labelledby="preparation-heading">
          <h2 id="preparation-heading" className="text-lg font-semibold">
            {name}&apos;s notes for it
          </h2>
          <div className="mt-2">
            <PreparationList preparations={preparations} timeZone={report.timeZone} empty={`${name} has not written anything for the next conversation yet.`} />
          </div>
        </Card>
      </div>
      <Table caption={`Career conversations with ${name}, newest first`}>
        <thead>
          <tr>
            <Th>Held on</Th>
            <Th>Held by</Th>
            <Th>Track</Th>
            <Th>Actions</Th>
            <Th>Next planned for</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {conversations.map((conversation) => {
            const open = conversation.actions.filter((action) => action.status === "OPEN");
            const overdue = open.filter((action) => action.overdue).length;
            return (
              <tr key={conversation.id}>
                <Td>
                  <Link href={`/team/${report.id}/conversations/${conversation.id}`} className="font-medium text-brand-700 underline">
                    {formatDay(conversation.heldOn)}
                  </Link>
                </Td>
                <Td>{conversation.heldBy?.name ?? <span className="text-muted">No longer in the app</span>}</Td>
                <Td>{TRACK_LABELS[conversation.track]}</Td>
                <Td>
                  {conversation.actions.length === 0 ? (
                    <span className="text-muted">None agreed</span>
                  ) : (
                    <>
                      {open.length} open of {conversation.actions.length}
                      {overdue > 0 ? <Badge className="ml-2 bg-red-100 text-red-800">{overdue} overdue</Badge> : null}
                    </>
                  )}
                </Td>
                <Td>{formatDay(conversation.nextConversationOn)}</Td>
              </tr>
            );
          })}
          {conversations.length === 0 ? (
            <tr>
              <Td colSpan={5} className="py-6 text-center text-muted">
                No conversations logged yet. Use “Log a conversation” after you have talked.
              </Td>
            </tr>
          ) : null}
        </tbody>
      </Table>
    </>
  );
}
