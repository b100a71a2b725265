import { Badge } from "@/components/ui/card";

/** Marks a competency to build before the role needs it. */
export function DevelopAheadBadge() {
  return <Badge className="bg-amber-100 text-amber-900 ring-1 ring-amber-300 print:border print:border-black">Develop ahead</Badge>;
}
