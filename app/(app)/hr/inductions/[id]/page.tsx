import { BackLink } from "@/components/ui/back-link";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { ConfirmActionButton } from "@/components/inductions/templates/confirm-action-button";
import { OwnerSplitSummary, type SplitFilter } from "@/components/inductions/templates/owner-split";
import { PhaseCard } from "@/components/inductions/templates/phase-card";
import { AddPhaseForm } from "@/components/inductions/templates/phase-forms";
import { TemplateForm } from "@/components/inductions/templates/template-form";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/db/or-not-found";
import { MINDSET_GROUP_LABELS, MINDSET_LIBRARY } from "@/lib/inductions/mindset-library";
import { listMindsetSections } from "@/lib/inductions/mindset-queries";
import { getTemplateEditor, type TemplateEditorData } from "@/lib/inductions/template-queries";
import { isOrganisationSide } from "@/lib/inductions/template-summary";
import { listJobRoleOptions } from "@/lib/roles/queries";
import { addPhaseAction, deleteTemplateAction, updateTemplateAction } from "../actions";

export const metadata = { title: "Induction template" };

type Query = { created?: string; show?: string; item?: string };

const FILTERS: readonly SplitFilter[] = ["all", "individual", "organisation"];

function competencyHint(template: TemplateEditorData, roleTitle: string | undefined): string {
  if (!roleTitle) return "Give the template a job role to link items to the competencies its charter requires.";
  if (!template.hasCharter) return `${roleTitle} has no published charter yet, so there are no competencies to link.`;
  return `From the competencies the ${roleTitle} charter requires.`;
}

export default async function TemplateEditorPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const actor = await requireRole("HR_ADMIN");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [template, roles, ownSections] = await Promise.all([
    orNotFound(getTemplateEditor(actor.organisationId, id)),
    listJobRoleOptions(actor.organisationId),
    listMindsetSections(actor.organisationId),
  ]);
  const roleTitle = roles.find((role) => role.id === template.jobRoleId)?.title;
  const filter = FILTERS.find((value) => value === query.show) ?? "all";
  const base = `/hr/inductions/${template.id}`;
  const here = (extra: Record<string, string> = {}) => {
    const search = new URLSearchParams({ ...(filter === "all" ? {} : { show: filter }), ...extra }).toString();
    return search ? `${base}?${search}` : base;
  };
  const allItems = template.phases.flatMap((phase) => phase.items);
  const shows = (owner: (typeof allItems)[number]["owner"]) => filter === "all" || (filter === "organisation") === isOrganisationSide(owner);
  const phaseOptions = template.phases.map((phase) => ({ value: phase.id, label: phase.name }));
  const competencyOptions = template.competencies.map((competency) => ({ value: competency.key, label: `${competency.name} (${competency.stageName})` }));
  const mindsetOptions = [
    ...MINDSET_LIBRARY.map((section) => ({ value: section.key, label: `${MINDSET_GROUP_LABELS[section.group]}: ${section.title}` })),
    ...ownSections.map((section) => ({ value: section.id, label: `Your organisation: ${section.title}` })),
  ];

  return (
    <>
      <BackLink href="/hr/inductions">Inductions</BackLink>
      <PageHeader
        title={template.name}
        description={template.description || undefined}
        actions={<Badge className="px-3 py-1 text-sm">{roleTitle ? `For ${roleTitle}` : "No job role"}</Badge>}
      />
      {query.created ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          Template created with the four default phases. Add items to each phase, or a mindset section from the library.
        </p>
      ) : null}
      <OwnerSplitSummary items={allItems} filter={filter} hrefFor={(value) => (value === "all" ? base : `${base}?show=${value}`)} />
      {filter === "all" ? null : (
        <p className="mb-4 text-sm text-muted">Showing one side only. Show all items to reorder them.</p>
      )}

      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          {template.phases.map((phase, index) => (
            <PhaseCard
              key={phase.id}
              template={template}
              phase={phase}
              index={index}
              phaseCount={template.phases.length}
              shown={phase.items.filter((item) => shows(item.owner))}
              filtered={filter !== "all"}
              editingItemId={query.item ?? null}
              here={here}
              phases={phaseOptions}
              competencies={competencyOptions}
              competencyHint={competencyHint(template, roleTitle)}
              competencyNames={new Map(template.competencies.map((competency) => [competency.key, competency.name]))}
              mindsetSections={mindsetOptions}
            />
          ))}
          <Card>
            <h2 className="mb-3 text-lg font-semibold">Add a phase</h2>
            <AddPhaseForm action={addPhaseAction} templateId={template.id} version={template.version} />
          </Card>
        </div>

        <div className="space-y-6 self-start xl:sticky xl:top-4">
          <Card>
            <h2 className="mb-3 text-lg font-semibold">Details</h2>
            <TemplateForm
              action={updateTemplateAction}
              roles={roles.map((role) => ({ value: role.id, label: role.title }))}
              defaults={{ id: template.id, version: template.version, name: template.name, description: template.description, jobRoleId: template.jobRoleId }}
              submitLabel="Save details"
            />
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Delete</h2>
            <p className="mb-3 mt-1 text-sm text-muted">
              {template.inductions
                ? `${template.inductions === 1 ? "One induction was" : `${template.inductions} inductions were`} made from this template. Each is a copy, so deleting the template leaves ${template.inductions === 1 ? "it" : "them"} as they are.`
                : "No induction has been made from this template yet."}
            </p>
            <ConfirmActionButton
              action={deleteTemplateAction}
              fields={{ id: template.id }}
              confirm={{
                title: `Delete ${template.name}?`,
                description: "The template, its phases and its items go for good. Inductions already made from it are copies and stay exactly as they are.",
                confirmLabel: "Delete template",
              }}
            >
              Delete template
            </ConfirmActionButton>
          </Card>
        </div>
      </div>
    </>
  );
}
