import Link from "next/link";
import {
  addItemAction,
  addMindsetSectionAction,
  moveItemAction,
  movePhaseAction,
  removeItemAction,
  removePhaseAction,
  renamePhaseAction,
  updateItemAction,
} from "@/app/(app)/hr/inductions/actions";
import { Badge, Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { DEFAULT_PHASES } from "@/lib/inductions/template-copy";
import { dueLabel, KIND_LABELS } from "@/lib/inductions/template-labels";
import type { TemplateEditorData, TemplateItemData, TemplatePhaseData } from "@/lib/inductions/template-queries";
import { isOrganisationSide } from "@/lib/inductions/template-summary";
import { ConfirmActionButton } from "./confirm-action-button";
import { ItemForm } from "./item-form";
import { MindsetPicker } from "./mindset-picker";
import { MoveButtons } from "./move-buttons";
import { OwnerBadge } from "./owner-badge";
import { RenamePhaseForm } from "./phase-forms";

type Option = { value: string; label: string };

export type PhaseCardProps = {
  template: Pick<TemplateEditorData, "id" | "version">;
  phase: TemplatePhaseData;
  index: number;
  phaseCount: number;
  /** Items shown (the phase's items, or one side of them); reordering needs them all. */
  shown: TemplateItemData[];
  filtered: boolean;
  editingItemId: string | null;
  /** The editor's address with its current filter, for the edit and close links. */
  here: (query?: Record<string, string>) => string;
  phases: Option[];
  competencies: Option[];
  competencyHint: string;
  competencyNames: Map<string, string>;
  mindsetSections: Option[];
};

/** The day a new item or section in this phase is due by default: the latest already there, else the default phase's. */
function defaultDueFor(phase: TemplatePhaseData, index: number): number {
  const latest = Math.max(...phase.items.map((item) => item.dueOffsetDays));
  return Number.isFinite(latest) ? latest : (DEFAULT_PHASES[index]?.dueOffsetDays ?? 0);
}

function ItemSummary({ item, competencyName }: { item: TemplateItemData; competencyName: string | undefined }) {
  return (
    <div className="min-w-0 flex-1">
      <p className="font-medium text-ink">{item.title}</p>
      <div className="mt-1 flex flex-wrap items-center gap-1.5">
        <OwnerBadge owner={item.owner} />
        <Badge>{KIND_LABELS[item.kind]}</Badge>
        <Badge>{dueLabel(item.dueOffsetDays)}</Badge>
        {item.needsSignOff ? <Badge className="bg-violet-100 text-violet-950">Needs sign-off</Badge> : null}
        {item.competencyKey ? <Badge className="bg-emerald-100 text-emerald-950">{competencyName ? `Develops ${competencyName}` : "Develops a competency the charter no longer requires"}</Badge> : null}
      </div>
      {item.guidance ? <p className="mt-1 line-clamp-2 text-sm text-muted">{item.guidance}</p> : null}
    </div>
  );
}

export function PhaseCard(props: PhaseCardProps) {
  const { template, phase, index, phaseCount, shown, filtered, editingItemId, here } = props;
  const version = template.version;
  const headingId = `phase-${phase.id}-heading`;
  const owed = phase.items.filter((item) => isOrganisationSide(item.owner)).length;
  const defaultDue = defaultDueFor(phase, index);
  return (
    <Card aria-labelledby={headingId} id={`phase-${phase.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={headingId} tabIndex={-1} className="text-lg font-semibold text-ink">
            {phase.name}
          </h2>
          <p className="text-sm text-muted">
            {phase.items.length} {phase.items.length === 1 ? "item" : "items"}: {phase.items.length - owed} for the new leader, {owed} owed by the organisation
          </p>
        </div>
        <MoveButtons
          action={movePhaseAction}
          fields={{ phaseId: phase.id, version: String(version) }}
          name={`phase ${phase.name}`}
          idPrefix={`move-phase-${phase.id}`}
          canMoveUp={index > 0}
          canMoveDown={index < phaseCount - 1}
        />
      </div>

      {shown.length ? (
        <ol className="mt-4 space-y-2" aria-label={`Items in ${phase.name}`}>
          {shown.map((item) => (
            <li
              key={item.id}
              id={`item-${item.id}`}
              className={cn("rounded-md border border-l-4 border-slate-200 p-3", isOrganisationSide(item.owner) ? "border-l-amber-600" : "border-l-sky-600")}
            >
              {item.id === editingItemId ? (
                <ItemForm
                  action={updateItemAction}
                  idPrefix={`edit-${item.id}`}
                  version={version}
                  competencies={props.competencies}
                  competencyHint={props.competencyHint}
                  phases={props.phases}
                  item={{ ...item, phaseId: phase.id }}
                  cancelHref={`${here()}#item-${item.id}`}
                />
              ) : (
                <div className="flex flex-wrap items-start gap-3">
                  <ItemSummary item={item} competencyName={item.competencyKey ? props.competencyNames.get(item.competencyKey) : undefined} />
                  <div className="flex items-start gap-1">
                    {filtered ? null : (
                      <MoveButtons
                        action={moveItemAction}
                        fields={{ itemId: item.id, version: String(version) }}
                        name={item.title}
                        idPrefix={`move-item-${item.id}`}
                        canMoveUp={phase.items[0]?.id !== item.id}
                        canMoveDown={phase.items.at(-1)?.id !== item.id}
                      />
                    )}
                    <Link
                      href={`${here({ item: item.id })}#item-${item.id}`}
                      scroll={false}
                      aria-label={`Edit ${item.title}`}
                      className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 underline hover:bg-slate-100"
                    >
                      Edit
                    </Link>
                    <ConfirmActionButton
                      action={removeItemAction}
                      fields={{ itemId: item.id, version: String(version) }}
                      variant="ghostDanger"
                      size="xs"
                      accessibleName={`Remove ${item.title}`}
                      focusAfter={headingId}
                      confirm={{
                        title: `Remove \u201c${item.title}\u201d?`,
                        description: "It goes from this template. Inductions already made from the template keep their own copy.",
                        confirmLabel: "Remove item",
                      }}
                    >
                      Remove
                    </ConfirmActionButton>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-4 text-sm text-muted">{filtered && phase.items.length ? "Nothing on this side in this phase." : "No items in this phase yet."}</p>
      )}

      <div className="mt-4 space-y-2">
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Add an item to {phase.name}</summary>
          <div className="mt-3">
            <ItemForm
              action={addItemAction}
              idPrefix={`add-${phase.id}`}
              version={version}
              phaseId={phase.id}
              defaultDue={defaultDue}
              competencies={props.competencies}
              competencyHint={props.competencyHint}
            />
          </div>
        </details>
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Add a mindset section to {phase.name}</summary>
          <div className="mt-3">
            <MindsetPicker action={addMindsetSectionAction} idPrefix={`mindset-${phase.id}`} phaseId={phase.id} version={version} sections={props.mindsetSections} defaultDue={defaultDue} />
          </div>
        </details>
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Rename or remove {phase.name}</summary>
          <div className="mt-3 space-y-4">
            <RenamePhaseForm action={renamePhaseAction} phaseId={phase.id} version={version} name={phase.name} />
            <ConfirmActionButton
              action={removePhaseAction}
              fields={{ phaseId: phase.id, version: String(version) }}
              focusAfter="new-phase-name"
              confirm={{
                title: `Remove the phase ${phase.name}?`,
                description: phase.items.length
                  ? `Its ${phase.items.length} ${phase.items.length === 1 ? "item goes" : "items go"} with it. Inductions already made from the template keep their own copy.`
                  : "It has no items. Inductions already made from the template keep their own copy.",
                confirmLabel: "Remove phase",
              }}
            >
              Remove phase
            </ConfirmActionButton>
          </div>
        </details>
      </div>
    </Card>
  );
}
