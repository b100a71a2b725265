import Link from "next/link";
import { VersionDiff } from "@/components/frameworks/version-diff";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import type { FormAction } from "@/lib/actions/result";
import type { Requirement } from "@/lib/charters/document";
import { moveRequirements, resolveRequirements } from "@/lib/charters/requirements";
import { diffVersions, type FrameworkChange } from "@/lib/frameworks/diff";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { workspaceHref } from "./labels";

type Side = { versionId: string; frameworkId: string; label: string; document: FrameworkDocument };

/** Framework changes that touch what the charter requires: its competencies and the stages it names. */
function changesToRequirements(from: FrameworkDocument, to: FrameworkDocument, requirements: readonly Requirement[]): FrameworkChange[] {
  const competencies = new Set(requirements.map((requirement) => requirement.competencyKey));
  const stages = new Set(requirements.map((requirement) => requirement.stageKey));
  return diffVersions(from, to).changes.filter((change) => {
    if (change.element === "competency") return competencies.has(change.key);
    if (change.element === "stage") return stages.has(change.key);
    if (change.element === "expectation" || change.element === "indicator") return competencies.has(change.competencyKey);
    return false;
  });
}

/** What moving the draft to another framework version would do, with the button that does it. */
export function MovePreview({
  roleId,
  versionNumber,
  draft,
  requirements,
  from,
  to,
  pin,
}: {
  roleId: string;
  versionNumber: number;
  draft: { id: string; revision: number };
  requirements: Requirement[];
  from: Side | null;
  to: Side;
  pin: FormAction;
}) {
  const moved = from ? moveRequirements(requirements, from.document, to.document) : { kept: [], dropped: [] };
  const kept = resolveRequirements(moved.kept, to.document);
  const sameFramework = from?.frameworkId === to.frameworkId;
  const changes = from && sameFramework ? changesToRequirements(from.document, to.document, requirements) : [];
  return (
    <section aria-labelledby="move-preview" className="rounded-md bg-brand-50 p-4 ring-1 ring-brand-100">
      <h3 id="move-preview" className="font-semibold">
        {from ? `Moving from ${from.label} to ${to.label}` : `Using ${to.label}`}
      </h3>
      {!from ? (
        <p className="mt-1 text-sm">The draft has no framework version yet, so there is nothing to carry over. After the move, choose the stage the role expects for each competency.</p>
      ) : (
        <div className="mt-2 grid gap-4 text-sm md:grid-cols-2">
          <div>
            <h4 className="font-medium">
              Carried over ({kept.length})
            </h4>
            {kept.length ? (
              <ul aria-label="Carried over" className="mt-1 list-disc space-y-0.5 pl-5">
                {kept.map((requirement) => (
                  <li key={requirement.competencyKey}>
                    {requirement.competencyName} at {requirement.stageName}
                    {requirement.developAhead ? " (develop ahead)" : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-muted">Nothing: the draft requires no competency yet, or none of them is in the new version.</p>
            )}
          </div>
          <div>
            <h4 className="font-medium">
              Dropped ({moved.dropped.length})
            </h4>
            {moved.dropped.length ? (
              <ul aria-label="Dropped" className="mt-1 list-disc space-y-0.5 pl-5">
                {moved.dropped.map((item) => (
                  <li key={item.competencyName}>
                    {item.competencyName}: {item.reason}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-muted">None: every required competency has a place in the new version.</p>
            )}
          </div>
        </div>
      )}
      {from && sameFramework ? (
        <div className="mt-4 text-sm">
          <h4 className="mb-1 font-medium">What the framework changed in these competencies</h4>
          {changes.length ? (
            <VersionDiff changes={changes} />
          ) : (
            <p className="text-muted">None: the competencies and stages this charter requires read the same in both versions.</p>
          )}
        </div>
      ) : null}
      {from && !sameFramework ? (
        <p className="mt-4 text-sm">This is a different framework, so competencies and stages are matched by name. Check the stages after the move.</p>
      ) : null}
      <div className="mt-4 flex flex-wrap items-start gap-3">
        <ButtonActionForm
          action={pin}
          fields={{ versionId: draft.id, revision: String(draft.revision), frameworkVersionId: to.versionId }}
          label={from ? `Move to ${to.label}` : `Use ${to.label}`}
          pendingLabel="Moving…"
        />
        <Link href={workspaceHref(roleId, { version: versionNumber })} className="px-2 py-2 text-sm font-medium text-brand-700 underline">
          {from ? "Keep the current version" : "Cancel"}
        </Link>
      </div>
    </section>
  );
}
