import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import type { CharterChange, CharterChangeKind } from "@/lib/charters/diff";
import type { VersionStatus } from "@/lib/db/generated/enums";
import { STATUS_LABELS } from "@/components/versioning/version-heading";
import { workspaceHref } from "./labels";

const KIND_LABELS: Record<CharterChangeKind, string> = {
  added: "Added",
  removed: "Removed",
  reworded: "Rewritten",
  raised: "Stage raised",
  lowered: "Stage lowered",
  flagChanged: "Develop ahead",
  repinned: "Framework version",
};

/** The changes in the order the diff lists them, one group per section. */
function bySection(changes: readonly CharterChange[]) {
  const groups = new Map<string, CharterChange[]>();
  for (const change of changes) groups.set(change.section, [...(groups.get(change.section) ?? []), change]);
  return [...groups.entries()];
}

function ChangeLine({ change }: { change: CharterChange }) {
  const moved = change.before !== undefined && change.after !== undefined;
  return (
    <li className="border-l-2 border-slate-200 pl-3">
      <Badge className="mr-1">{KIND_LABELS[change.kind]}</Badge>{" "}
      {moved ? (
        <span className="mt-1 block whitespace-pre-line">
          <del className="text-red-800">{change.before || "(blank)"}</del>
          <span aria-hidden> → </span>
          <span className="sr-only"> becomes </span>
          <ins className="text-emerald-800 no-underline">{change.after || "(blank)"}</ins>
        </span>
      ) : change.after !== undefined ? (
        <ins className="text-emerald-800 no-underline">{change.after}</ins>
      ) : (
        <del className="text-red-800">{change.before}</del>
      )}
    </li>
  );
}

/** Compares any two versions of the charter, section by section. */
export function CharterCompare({
  roleId,
  currentNumber,
  versions,
  compared,
  changes,
}: {
  roleId: string;
  currentNumber: number;
  versions: { id: string; number: number; status: VersionStatus }[];
  compared: { from: number; to: number } | undefined;
  changes: CharterChange[] | undefined;
}) {
  const defaultFrom = compared?.from ?? versions.find((version) => version.number < currentNumber)?.number ?? versions[versions.length - 1]?.number;
  const defaultTo = compared?.to ?? currentNumber;
  return (
    <Card className="mb-6" aria-labelledby="compare-versions">
      <h2 id="compare-versions" className="mb-3 text-lg font-semibold">
        Compare versions
      </h2>
      <form method="get" action={workspaceHref(roleId)} className="flex flex-wrap items-end gap-3 text-sm">
        <input type="hidden" name="version" value={currentNumber} />
        {(
          [
            ["compare", "Older version", defaultFrom],
            ["with", "Newer version", defaultTo],
          ] as const
        ).map(([name, label, value]) => (
          <div key={name} className="space-y-1">
            <label htmlFor={`compare-${name}`} className="block font-medium">
              {label}
            </label>
            <select id={`compare-${name}`} name={name} defaultValue={value} className="rounded-md border border-slate-400 bg-white px-3 py-2">
              {versions.map((version) => (
                <option key={version.id} value={version.number}>
                  Version {version.number} ({STATUS_LABELS[version.status].toLowerCase()})
                </option>
              ))}
            </select>
          </div>
        ))}
        <Button type="submit">Compare</Button>
      </form>
      {compared && changes ? (
        <div className="mt-4">
          <h3 className="mb-2 font-semibold">
            From version {compared.from} to version {compared.to}: {changes.length} {changes.length === 1 ? "change" : "changes"}
          </h3>
          {changes.length === 0 ? (
            <p className="text-sm text-muted">These versions have the same content.</p>
          ) : (
            <div className="space-y-4">
              {bySection(changes).map(([section, group]) => (
                <section key={section} aria-label={section}>
                  <h4 className="font-semibold">{section}</h4>
                  <ul className="mt-1 space-y-2 text-sm">
                    {group.map((change, i) => (
                      <ChangeLine key={i} change={change} />
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )}
        </div>
      ) : null}
    </Card>
  );
}
