import Link from "next/link";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import { Card } from "@/components/ui/card";
import type { FormAction } from "@/lib/actions/result";
import type { CharterProblem } from "@/lib/charters/completeness";
import type { CharterVersionSummary } from "@/lib/charters/queries";
import { STATUS_LABELS, VersionHeading } from "@/components/versioning/version-heading";
import { workspaceHref } from "./labels";

export type VersionActions = { publish: FormAction; discard: FormAction; archive: FormAction; unarchive: FormAction; startDraft: FormAction };

/** The chosen version: its state, the other versions, and what HR can do with it. */
export function CharterVersionCard({
  roleId,
  charterId,
  versions,
  current,
  problems,
  actions,
}: {
  roleId: string;
  charterId: string;
  versions: CharterVersionSummary[];
  current: CharterVersionSummary;
  problems: CharterProblem[];
  actions: VersionActions;
}) {
  const draft = versions.find((version) => version.status === "DRAFT");
  const latestPublished = versions.find((version) => version.status === "PUBLISHED");
  const onlyVersion = versions.length === 1;
  return (
    <Card className="mb-6">
      <VersionHeading version={current} />
      <p className="mt-1 text-sm">
        Required competencies from: {current.frameworkLabel ?? <span className="text-muted">no framework version chosen yet</span>}
      </p>
      <nav aria-label="Versions" className="mt-3 flex flex-wrap gap-2 text-sm">
        {versions.map((version) => (
          <Link
            key={version.id}
            href={workspaceHref(roleId, { version: version.number })}
            aria-current={version.number === current.number ? "page" : undefined}
            className="rounded-md px-2 py-1 ring-1 ring-slate-300 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            Version {version.number} · {STATUS_LABELS[version.status]}
          </Link>
        ))}
      </nav>
      <div className="mt-4 flex flex-wrap items-start gap-3">
        {current.status === "DRAFT" ? (
          <>
            <ButtonActionForm action={actions.publish} fields={{ versionId: current.id, revision: String(current.revision) }} label="Publish" pendingLabel="Publishing…" disabled={problems.length > 0} />
            <ButtonActionForm
              action={actions.discard}
              fields={{ versionId: current.id }}
              label="Discard draft"
              pendingLabel="Discarding…"
              variant="danger"
              confirmation={
                onlyVersion
                  ? "Discard this draft? The charter has never been published, so it goes with it and the role has no charter again."
                  : "Discard this draft? Its changes are lost; the published versions stay as they are."
              }
            />
          </>
        ) : null}
        {current.status === "PUBLISHED" ? (
          <ButtonActionForm
            action={actions.archive}
            fields={{ versionId: current.id }}
            label="Archive"
            pendingLabel="Archiving…"
            variant="secondary"
            confirmation={`Archive version ${current.number}? It is kept, and you can publish it again later, but people will no longer be shown it.`}
          />
        ) : null}
        {current.status === "ARCHIVED" ? (
          <ButtonActionForm action={actions.unarchive} fields={{ versionId: current.id }} label="Unarchive" pendingLabel="Working…" variant="secondary" />
        ) : null}
        {!draft && latestPublished ? (
          <ButtonActionForm action={actions.startDraft} fields={{ charterId }} label={`Start a new draft from version ${latestPublished.number}`} pendingLabel="Starting…" variant="secondary" />
        ) : null}
        {draft && current.status !== "DRAFT" ? (
          <Link href={workspaceHref(roleId, { version: draft.number })} className="px-2 py-2 text-sm font-medium text-brand-700 underline">
            Carry on with the draft (version {draft.number})
          </Link>
        ) : null}
      </div>
      {problems.length ? (
        <div className="mt-4 rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-200">
          <p className="font-medium">Before this draft can be published, {problems.length === 1 ? "one thing needs" : `${problems.length} things need`} finishing:</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {problems.map((problem) => (
              <li key={`${problem.location}: ${problem.message}`}>
                <span className="font-medium">{problem.location}</span>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}
