import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { ConfirmActionButton } from "@/components/inductions/templates/confirm-action-button";
import { OwnSectionForm } from "@/components/inductions/templates/own-section-form";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/db/or-not-found";
import { getMindsetSection } from "@/lib/inductions/mindset-queries";
import { deleteMindsetSectionAction, updateMindsetSectionAction } from "../actions";

export const metadata = { title: "Mindset section" };

export default async function MindsetSectionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("HR_ADMIN");
  const { id } = await params;
  const section = await orNotFound(getMindsetSection(actor.organisationId, id));
  return (
    <>
      <BackLink href="/hr/inductions/library">Your mindset sections</BackLink>
      <PageHeader title={section.title} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <OwnSectionForm
            action={updateMindsetSectionAction}
            defaults={{ ...section, savedAt: section.updatedAt.toISOString() }}
            submitLabel="Save changes"
          />
        </Card>
        <Card className="self-start">
          <h2 className="text-lg font-semibold">Delete</h2>
          <p className="mb-3 mt-1 text-sm text-muted">Templates copied this section&apos;s practices and prompts when it was added, so they keep their items.</p>
          <ConfirmActionButton
            action={deleteMindsetSectionAction}
            fields={{ id: section.id }}
            confirm={{
              title: `Delete ${section.title}?`,
              description: "The section leaves your library for good. Templates and inductions that already have its practices and prompts keep them.",
              confirmLabel: "Delete section",
            }}
          >
            Delete section
          </ConfirmActionButton>
        </Card>
      </div>
    </>
  );
}
