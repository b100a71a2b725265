import { ConversationForm } from "@/components/conversations/conversation-form";
import { PreparationList } from "@/components/conversations/preparation-list";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getLogContext } from "@/lib/conversations/queries";
import { orNotFound } from "@/lib/db/or-not-found";
import { formatDay } from "@/lib/inductions/item-labels";

export const metadata = { title: "Log a career conversation" };

/** The guided form, with what the report wrote to prepare beside it. */
export default async function LogConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("MANAGER");
  const { id } = await params;
  const { report, preparations, lastHeldOn } = await orNotFound(getLogContext(actor, id));
  const name = report.name;
  return (
    <>
      <BackLink href={`/team/${report.id}/conversations`}>{`Conversations with ${name}`}</BackLink>
      <PageHeader
        title={`Log a career conversation with ${name}`}
        description={`Note what you heard, not what you expected: the prompts follow the order most conversations take. ${lastHeldOn ? `Your last one was on ${formatDay(lastHeldOn)}.` : "This is your first one in the app."}`}
      />
      <div className="grid items-start gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <ConversationForm personId={report.id} name={name} today={report.today} />
        </Card>
        <Card aria-labelledby="preparation-heading" className="lg:sticky lg:top-4">
          <h2 id="preparation-heading" className="text-lg font-semibold">
            {name}&apos;s notes for this conversation
          </h2>
          <p className="mb-3 mt-1 text-sm text-muted">They are kept with the conversation once you log it.</p>
          <PreparationList preparations={preparations} timeZone={report.timeZone} empty={`${name} has not written anything to prepare.`} />
        </Card>
      </div>
    </>
  );
}
