import { Badge } from "@/components/ui/card";
import type { ItemView } from "@/lib/inductions/induction-queries";

/** Where one item stands, in words and colour: overdue, due soon, waiting for sign-off, settled. */
export function StatusBadge({ item }: { item: Pick<ItemView, "status" | "overdue" | "dueThisWeek" | "needsSignOff" | "signedOffAt"> }) {
  if (item.status === "WAIVED") return <Badge className="bg-slate-200 text-slate-800">Waived</Badge>;
  if (item.status === "DONE") {
    if (item.needsSignOff && !item.signedOffAt) return <Badge className="bg-amber-100 text-amber-900">Done, waiting for sign-off</Badge>;
    return <Badge className="bg-emerald-100 text-emerald-900">{item.needsSignOff ? "Done and signed off" : "Done"}</Badge>;
  }
  if (item.overdue) return <Badge className="bg-red-100 text-red-800">Overdue</Badge>;
  if (item.dueThisWeek) return <Badge className="bg-amber-100 text-amber-900">Due this week</Badge>;
  return <Badge>To do</Badge>;
}
