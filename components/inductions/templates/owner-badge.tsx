import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { ItemOwner } from "@/lib/db/generated/enums";
import { OWNER_LABELS } from "@/lib/inductions/template-labels";
import { isOrganisationSide } from "@/lib/inductions/template-summary";

/** Sky for what the new leader does, amber for what the organisation owes them: the same colours as the split. */
export const sideColours = (owner: ItemOwner) => (isOrganisationSide(owner) ? "bg-amber-100 text-amber-950" : "bg-sky-100 text-sky-950");

export function OwnerBadge({ owner }: { owner: ItemOwner }) {
  return <Badge className={cn(sideColours(owner))}>{OWNER_LABELS[owner]}</Badge>;
}
