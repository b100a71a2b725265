import { AccessLog } from "@/components/conversations/access-log";
import { ConversationCard } from "@/components/conversations/conversation-card";
import { OpenPrivateNote } from "@/components/conversations/open-private-note";
import { StandingBadge } from "@/components/conversations/standing";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getPersonConversationsForHr } from "@/lib/conversations/queries";
import { orNotFound } from "@/lib/db/or-not-found";

export const metadata = { title: "Career conversations" };

/** Someone's career conversations for HR: the shared record, private notes only with a reason, and the access log they read. */
export default async function PersonConversationsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("HR_ADMIN");
  const { id } = await params;
  const { report: person, standing, conversations, accessLog } = await orNotFound(getPersonConversationsForHr(actor, id));
  const name = person.name;
  return (
    <>
      <BackLink href={`/hr/people/${person.id}`}>{name}</BackLink>
      <PageHeader
        title={`Career conversations: ${name}`}
        description={`What ${name} and their manager recorded together. Managers' private notes stay closed: open one only when you need to, with a reason ${name} will read.`}
      />
      <div className="mb-6 grid items-start gap-6 lg:grid-cols-[1fr_2fr]">
        <Card aria-labelledby="next-heading">
          <h2 id="next-heading" className="text-lg font-semibold">
            Next conversation
          </h2>
          <p className="mt-2 text-sm">
            {person.manager ? `With ${person.manager.name}. ` : "Nobody is recorded as their manager. "}
            <StandingBadge standing={standing} />
          </p>
        </Card>
        <Card aria-labelledby="log-heading">
          <h2 id="log-heading" className="text-lg font-semibold">
            Access log
          </h2>
          <p className="mb-3 mt-1 text-sm text-muted">Who has opened private notes about {name}. {name} sees this list too.</p>
          <AccessLog entries={accessLog} timeZone={person.timeZone} label={`Openings of private notes about ${name}, newest first`} empty={`Nobody has opened private notes about ${name}.`} />
        </Card>
      </div>
      {conversations.length === 0 ? <p className="text-sm text-muted">No career conversations have been logged with {name} yet.</p> : null}
      <div className="space-y-6">
        {conversations.map((conversation) => (
          <ConversationCard key={conversation.id} conversation={conversation} timeZone={person.timeZone} viewerId={actor.id} level={2} preparationHeading={`${name}'s preparation`}>
            <div className="mt-5">
              {conversation.canOpenPrivateNote ? (
                <OpenPrivateNote conversationId={conversation.id} personName={name} />
              ) : (
                <p className="text-sm text-muted">
                  {conversation.hasPrivateNote ? "These notes are about you, so you cannot open them." : "The manager kept no private note on this conversation."}
                </p>
              )}
            </div>
          </ConversationCard>
        ))}
      </div>
    </>
  );
}
