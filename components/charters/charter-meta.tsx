import { format } from "date-fns";
import type { CharterVersionView } from "@/lib/charters/queries";

/** The line under a charter's title: which version this is, when it was published and where its competencies come from. */
export function CharterMeta({ version }: { version: CharterVersionView }) {
  return (
    <p className="text-sm text-muted">
      Charter version {version.number}
      {version.publishedAt ? `, published ${format(version.publishedAt, "d MMMM yyyy")}` : null}
      {version.framework ? `. Competencies from ${version.framework.label}.` : "."}
    </p>
  );
}
