import { Card } from "@/components/ui/card";
import type { FormAction } from "@/lib/actions/result";
import type { CharterVersionView } from "@/lib/charters/queries";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { FrameworkPicker, type PinnableVersion } from "./framework-picker";
import { MovePreview } from "./move-preview";
import { requirementChoices } from "./requirement-choices";
import { CharterRequirementsForm } from "./requirements-form";

export type MoveTarget = { versionId: string; frameworkId: string; label: string; document: FrameworkDocument };

/** The draft's framework version (with the preview of a move) and the stage the role expects of each competency. */
export function DraftCompetencies({
  roleId,
  draft,
  pinnable,
  target,
  actions,
}: {
  roleId: string;
  draft: CharterVersionView;
  pinnable: PinnableVersion[];
  target: MoveTarget | null;
  actions: { pin: FormAction; setRequirements: FormAction };
}) {
  const pinned = draft.framework;
  const moving = target && target.versionId !== pinned?.versionId ? target : null;
  return (
    <Card className="mb-6" aria-labelledby="required-competencies">
      <h2 id="required-competencies" className="text-lg font-semibold">
        Required competencies
      </h2>
      <p className="mt-1 mb-4 text-sm text-muted">
        {pinned
          ? `The stages come from ${pinned.label}. A newer version of the framework changes nothing here until you move the charter to it.`
          : "Choose the published framework version the role's competencies come from."}
      </p>
      <div className="space-y-4">
        <FrameworkPicker roleId={roleId} versionNumber={draft.number} pinnable={pinnable} pinnedId={pinned?.versionId ?? null} selectedId={moving?.versionId} />
        {moving ? (
          <MovePreview
            roleId={roleId}
            versionNumber={draft.number}
            draft={{ id: draft.id, revision: draft.revision }}
            requirements={draft.document.requirements}
            from={pinned}
            to={moving}
            pin={actions.pin}
          />
        ) : null}
        {pinned ? (
          <CharterRequirementsForm
            key={`${draft.id}:${pinned.versionId}`}
            action={actions.setRequirements}
            versionId={draft.id}
            revision={draft.revision}
            choices={requirementChoices(pinned.document, draft.document.requirements)}
          />
        ) : null}
      </div>
    </Card>
  );
}
