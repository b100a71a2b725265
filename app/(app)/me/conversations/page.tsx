import { AccessLog } from "@/components/conversations/access-log";
import { ConversationCard } from "@/components/conversations/conversation-card";
import { PreparationForm } from "@/components/conversations/preparation-form";
import { PreparationList } from "@/components/conversations/preparation-list";
import { StandingBadge } from "@/components/conversations/standing";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePerson } from "@/lib/auth/session";
import { getMyConversations } from "@/lib/conversations/queries";

export const metadata = { title: "My conversations" };

/** Anyone's own career conversations: what is shared with them, the actions agreed, notes for the next one, and who has opened notes about them. */
export default async function MyConversationsPage() {
  const actor = await requirePerson();
  const { report: me, standing, conversations, preparations, accessLog } = await getMyConversations(actor);
  const manager = me.manager;
  return (
    <>
      <PageHeader
        title="My career conversations"
        description="What you and your manager talked about, the actions you agreed, and your notes for the next conversation. Your manager's private notes are not shown here; if HR ever opens them, the access log below says who, when and why."
      />
      <div className="mb-6 grid items-start gap-6 lg:grid-cols-2">
        <Card aria-labelledby="next-heading">
          <h2 id="next-heading" className="text-lg font-semibold">
            Your next conversation
          </h2>
          {manager ? (
            <>
              <p className="mt-2 text-sm">
                With {manager.name}. <StandingBadge standing={standing} />
              </p>
              <h3 className="mt-4 font-semibold">Your notes for it</h3>
              <div className="mb-4 mt-2">
                <PreparationList preparations={preparations} timeZone={me.timeZone} empty="You have not written anything yet." deletable />
              </div>
              <PreparationForm managerName={manager.name} />
            </>
          ) : (
            <p className="mt-2 text-sm text-muted">Nobody is recorded as your manager yet, so there is no conversation to prepare for. HR sets reporting lines.</p>
          )}
        </Card>
        <Card aria-labelledby="log-heading">
          <h2 id="log-heading" className="text-lg font-semibold">
            Who has opened notes about you
          </h2>
          <p className="mb-3 mt-1 text-sm text-muted">Every time HR opens a manager&apos;s private notes from one of your conversations, it is listed here with the reason they gave.</p>
          <AccessLog entries={accessLog} timeZone={me.timeZone} label="Openings of private notes about you, newest first" empty="Nobody has opened private notes about you." />
        </Card>
      </div>
      <h2 className="mb-3 text-lg font-semibold">Conversations so far</h2>
      {conversations.length === 0 ? <p className="text-sm text-muted">No career conversations have been logged with you yet.</p> : null}
      <div className="space-y-6">
        {conversations.map((conversation) => (
          <ConversationCard key={conversation.id} conversation={conversation} timeZone={me.timeZone} viewerId={actor.id} level={3} preparationHeading="Your preparation" />
        ))}
      </div>
    </>
  );
}
