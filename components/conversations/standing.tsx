import { Badge } from "@/components/ui/card";
import type { ConversationStanding } from "@/lib/conversations/dates";
import { formatDay } from "@/lib/inductions/item-labels";

/** When the next career conversation is due, in words (and colour): none yet, overdue, or planned. */
export function StandingBadge({ standing }: { standing: ConversationStanding }) {
  if (standing.kind === "none") return <Badge className="bg-amber-100 text-amber-900">No conversation yet</Badge>;
  if (standing.kind === "overdue") return <Badge className="bg-red-100 text-red-800">Overdue: was due {formatDay(standing.nextOn)}</Badge>;
  return <Badge>Next on {formatDay(standing.nextOn)}</Badge>;
}
