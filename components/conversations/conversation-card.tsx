import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import type { SharedConversation } from "@/lib/conversations/queries";
import { formatDay } from "@/lib/inductions/item-labels";
import { AgreedActions } from "./agreed-actions";
import { PreparationList } from "./preparation-list";
import { SharedRecord } from "./shared-record";

/**
 * One conversation's shared record as the report and HR read it: the day and manager, the
 * answers, the agreed actions (with the controls the viewer may use) and the report's
 * preparation. `level` is the card's heading level; `children` go at the end.
 */
export function ConversationCard({
  conversation,
  timeZone,
  viewerId,
  level,
  preparationHeading,
  children,
}: {
  conversation: SharedConversation;
  timeZone: string;
  viewerId: string;
  level: 2 | 3;
  preparationHeading: string;
  children?: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  const Subheading = level === 2 ? "h3" : "h4";
  const headingId = `conversation-${conversation.id}`;
  return (
    <Card aria-labelledby={headingId}>
      <Heading id={headingId} className="text-lg font-semibold">
        {formatDay(conversation.heldOn)}
        {conversation.heldBy ? ` with ${conversation.heldBy.name}` : ""}
      </Heading>
      <p className="mb-4 text-sm text-muted">Next one planned for {formatDay(conversation.nextConversationOn)}.</p>
      <SharedRecord conversation={conversation} />
      <Subheading className="mb-1 mt-5 font-semibold">Agreed actions</Subheading>
      <AgreedActions actions={conversation.actions} timeZone={timeZone} viewerId={viewerId} />
      {conversation.preparations.length > 0 ? (
        <>
          <Subheading className="mb-2 mt-5 font-semibold">{preparationHeading}</Subheading>
          <PreparationList preparations={conversation.preparations} timeZone={timeZone} empty="" />
        </>
      ) : null}
      {children}
    </Card>
  );
}
