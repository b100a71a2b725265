import { AddActionForm } from "@/components/conversations/add-action-form";
import { AgreedActions } from "@/components/conversations/agreed-actions";
import { PreparationList } from "@/components/conversations/preparation-list";
import { SharedRecord } from "@/components/conversations/shared-record";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getTeamConversation } from "@/lib/conversations/queries";
import { orNotFound } from "@/lib/db/or-not-found";
import { formatDay } from "@/lib/inductions/item-labels";

export const metadata = { title: "Career conversation" };

/** One conversation for the manager: the shared record, their private note, the report's preparation and the agreed actions. */
export default async function TeamConversationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; conversationId: string }>;
  searchParams: Promise<{ logged?: string }>;
}) {
  const actor = await requireRole("MANAGER");
  const [{ id, conversationId }, { logged }] = await Promise.all([params, searchParams]);
  const { report, conversation, privateNote, canAddAction } = await orNotFound(getTeamConversation(actor, id, conversationId));
  const name = report.name;
  return (
    <>
      <BackLink href={`/team/${report.id}/conversations`}>{`Conversations with ${name}`}</BackLink>
      <PageHeader
        title={`Career conversation with ${name}, ${formatDay(conversation.heldOn)}`}
        description={`Held by ${conversation.heldBy?.name ?? "a manager no longer in the app"}. Next conversation planned for ${formatDay(conversation.nextConversationOn)}.`}
      />
      {logged ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          The conversation is logged and {name} has been told. Add what you agreed below.
        </p>
      ) : null}
      <div className="grid items-start gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Card aria-labelledby="shared-heading">
            <h2 id="shared-heading" className="text-lg font-semibold">
              Shared with {name}
            </h2>
            <p className="mb-4 mt-1 text-sm text-muted">{name} reads everything in this section.</p>
            <SharedRecord conversation={conversation} />
          </Card>
          <Card aria-labelledby="actions-heading">
            <h2 id="actions-heading" className="text-lg font-semibold">
              Agreed actions
            </h2>
            <div className="mt-2">
              <AgreedActions actions={conversation.actions} timeZone={report.timeZone} viewerId={actor.id} />
            </div>
            {canAddAction ? (
              <div className="mt-4 border-t border-slate-200 pt-4">
                <h3 className="mb-3 font-semibold">Add an action</h3>
                <AddActionForm conversationId={conversation.id} reportName={name} today={report.today} />
              </div>
            ) : null}
          </Card>
        </div>
        <div className="space-y-6">
          {privateNote !== null ? (
            <Card aria-labelledby="private-heading" className="border-amber-300">
              <h2 id="private-heading" className="text-lg font-semibold">
                Your private note
              </h2>
              <p className="mt-1 text-xs text-muted">
                Only you read this while you manage {name}. HR can open it only by giving a reason, and {name} then sees who opened it, when and why.
              </p>
              <p className="mt-3 whitespace-pre-line text-sm">{privateNote}</p>
            </Card>
          ) : null}
          <Card aria-labelledby="preparation-heading">
            <h2 id="preparation-heading" className="text-lg font-semibold">
              {name}&apos;s preparation
            </h2>
            <div className="mt-2">
              <PreparationList preparations={conversation.preparations} timeZone={report.timeZone} empty={`${name} wrote nothing to prepare for this conversation.`} />
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}
