import { Badge } from "@/components/ui/card";
import { NEXT_ROLE, PROMPTS, SUPPORT_NEEDED, TRACK_LABELS } from "@/lib/conversations/labels";
import type { SharedConversation } from "@/lib/conversations/queries";

/** What a conversation records that its report reads: the answers to the prompts, the track, the support and the shared notes. */
export function SharedRecord({ conversation }: { conversation: SharedConversation }) {
  const entries = [
    ...PROMPTS.map((prompt) => ({ label: prompt.label, text: conversation[prompt.name] })),
    { label: NEXT_ROLE.label, text: conversation.nextRole },
    { label: SUPPORT_NEEDED.label, text: conversation.supportNeeded },
    { label: "Shared notes", text: conversation.sharedNotes },
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium text-ink">Leadership track</dt>
      <dd>
        <Badge className={conversation.track === "UNDECIDED" ? undefined : "bg-brand-50 text-brand-800"}>{TRACK_LABELS[conversation.track]}</Badge>
      </dd>
      {entries.map((entry) => (
        <div key={entry.label} className="contents">
          <dt className="font-medium text-ink">{entry.label}</dt>
          <dd className="whitespace-pre-line">{entry.text || <span className="text-muted">Nothing noted</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
