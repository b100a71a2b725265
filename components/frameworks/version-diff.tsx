import type { ChangeKind, ChangeValue, FrameworkChange } from "@/lib/frameworks/diff";

const KIND_LABELS: Record<ChangeKind, string> = {
  added: "Added",
  removed: "Removed",
  renamed: "Renamed",
  reworded: "Reworded",
  moved: "Moved",
  flagChanged: "Tags and flags changed",
};

const FIELD_LABELS: Record<string, string> = {
  name: "name",
  description: "description",
  text: "text",
  tags: "tags",
  notApplicable: "not applicable",
  developAhead: "develop ahead",
  position: "position",
  parent: "place",
};

const ELEMENT_LABELS: Record<string, string> = {
  framework: "Framework",
  scalePoint: "Scale point",
  stage: "Stage",
  cluster: "Cluster",
  competency: "Competency",
  expectation: "Expectation",
  indicator: "Indicator",
};

function show(value: ChangeValue | undefined): string {
  if (value === undefined) return "—";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value) || "(blank)";
}

/** The changes between two versions, grouped by kind. */
export function VersionDiff({ changes }: { changes: readonly FrameworkChange[] }) {
  if (changes.length === 0) return <p className="text-sm text-muted">These versions have the same content.</p>;
  const kinds = (Object.keys(KIND_LABELS) as ChangeKind[]).filter((kind) => changes.some((change) => change.kind === kind));
  return (
    <div className="space-y-4">
      {kinds.map((kind) => {
        const group = changes.filter((change) => change.kind === kind);
        return (
          <section key={kind}>
            <h4 className="font-semibold">
              {KIND_LABELS[kind]} ({group.length})
            </h4>
            <ul className="mt-1 space-y-1 text-sm">
              {group.map((change, i) => (
                <li key={i} className="border-l-2 border-slate-200 pl-3">
                  <span className="text-muted">{ELEMENT_LABELS[change.element]}: </span>
                  {change.location}
                  {change.field ? (
                    <span className="block text-xs">
                      {FIELD_LABELS[change.field] ?? change.field}: <del className="text-red-800">{show(change.before)}</del> →{" "}
                      <ins className="text-emerald-800 no-underline">{show(change.after)}</ins>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
