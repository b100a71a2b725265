import { format } from "date-fns";
import { Badge } from "@/components/ui/card";
import type { VersionStatus } from "@/lib/db/generated/enums";
import type { VersionSummary } from "@/lib/versioning/summary";

export const STATUS_LABELS: Record<VersionStatus, string> = { DRAFT: "Draft", PUBLISHED: "Published", ARCHIVED: "Archived" };

/** "Version 3 · Published 2 March 2026 by …": the heading of the version being shown. */
export function VersionHeading({ version }: { version: VersionSummary }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <h2 className="text-lg font-semibold">
        Version {version.number} <Badge>{STATUS_LABELS[version.status]}</Badge>
      </h2>
      <span className="text-sm text-muted">
        {version.publishedAt ? `Published ${format(version.publishedAt, "d MMMM yyyy")}${version.publishedBy ? ` by ${version.publishedBy}` : ""}` : null}
        {version.archivedAt ? `; archived ${format(version.archivedAt, "d MMMM yyyy")}` : null}
        {version.status === "DRAFT" ? `Last changed ${format(version.updatedAt, "d MMMM yyyy, HH:mm")}` : null}
      </span>
    </div>
  );
}
