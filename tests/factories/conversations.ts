import type { AppPrismaClient } from "@/lib/db/create-client";
import type { LeadershipTrack } from "@/lib/db/generated/enums";
import { addDays, fromDateOnly, toDateOnly } from "@/lib/inductions/dates";

/** A career conversation between `managerId` and their report `personId`, with an optional private note and actions. */
export async function buildConversation(
  db: AppPrismaClient,
  organisationId: string,
  data: {
    personId: string;
    managerId: string;
    heldOn?: string;
    nextConversationOn?: string;
    track?: LeadershipTrack;
    aspirations?: string;
    sharedNotes?: string;
    privateNote?: string | null;
    actions?: { description: string; ownerId: string; dueOn: string; status?: "OPEN" | "DONE" }[];
  },
) {
  const heldOn = data.heldOn ?? toDateOnly(new Date());
  const conversation = await db.conversation.create({
    data: {
      organisationId,
      personId: data.personId,
      managerId: data.managerId,
      heldOn: fromDateOnly(heldOn),
      nextConversationOn: fromDateOnly(data.nextConversationOn ?? addDays(heldOn, 90)),
      track: data.track ?? "UNDECIDED",
      aspirations: data.aspirations ?? "Lead a team within two years.",
      sharedNotes: data.sharedNotes ?? "We talked about what the next step could look like.",
    },
  });
  if (data.privateNote !== null) {
    await db.conversationPrivateNote.create({
      data: { organisationId, conversationId: conversation.id, authorId: data.managerId, text: data.privateNote ?? "Seems unsure about managing former peers." },
    });
  }
  for (const action of data.actions ?? []) {
    await db.conversationAction.create({
      data: {
        organisationId,
        conversationId: conversation.id,
        ownerId: action.ownerId,
        description: action.description,
        dueOn: fromDateOnly(action.dueOn),
        status: action.status ?? "OPEN",
        completedAt: action.status === "DONE" ? new Date() : null,
      },
    });
  }
  return conversation;
}
