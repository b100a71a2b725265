import { Button } from "@/components/ui/button";
import { workspaceHref } from "./labels";

export type PinnableVersion = { id: string; number: number; framework: { id: string; name: string } };

/** Chooses a published framework version to move the draft to; the move itself waits for the preview. */
export function FrameworkPicker({
  roleId,
  versionNumber,
  pinnable,
  pinnedId,
  selectedId,
}: {
  roleId: string;
  versionNumber: number;
  pinnable: PinnableVersion[];
  pinnedId: string | null;
  selectedId: string | undefined;
}) {
  if (pinnable.length === 0) {
    return <p className="text-sm text-muted">There is no published competency framework yet. Publish one under Competency frameworks, then come back to choose it.</p>;
  }
  const frameworks = [...new Map(pinnable.map((version) => [version.framework.id, version.framework.name])).entries()];
  return (
    <form method="get" action={workspaceHref(roleId)} className="flex flex-wrap items-end gap-3 text-sm">
      <input type="hidden" name="version" value={versionNumber} />
      <div className="space-y-1">
        <label htmlFor="moveTo" className="block font-medium">
          {pinnedId ? "Move to another framework version" : "Framework version"}
        </label>
        <select id="moveTo" name="moveTo" defaultValue={selectedId ?? pinnedId ?? ""} className="rounded-md border border-slate-400 bg-white px-3 py-2">
          {pinnedId ? null : (
            <option value="" disabled>
              Choose a published version
            </option>
          )}
          {frameworks.map(([frameworkId, name]) => (
            <optgroup key={frameworkId} label={name}>
              {pinnable
                .filter((version) => version.framework.id === frameworkId)
                .map((version) => (
                  <option key={version.id} value={version.id}>
                    {name}, version {version.number}
                    {version.id === pinnedId ? " (in use)" : ""}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Preview the change
      </Button>
    </form>
  );
}
