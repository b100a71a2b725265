import Link from "next/link";
import { Plus } from "lucide-react";
import { BackLink } from "@/components/ui/back-link";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { MindsetSectionCard } from "@/components/inductions/templates/mindset-section-card";
import { requireRole } from "@/lib/auth/session";
import { listMindsetSections } from "@/lib/inductions/mindset-queries";

export const metadata = { title: "Your mindset sections" };

export default async function MindsetLibraryPage({ searchParams }: { searchParams: Promise<{ saved?: string; deleted?: string }> }) {
  const actor = await requireRole("HR_ADMIN");
  const [sections, { saved, deleted }] = await Promise.all([listMindsetSections(actor.organisationId), searchParams]);
  return (
    <>
      <BackLink href="/hr/inductions">Inductions</BackLink>
      <PageHeader
        title="Your mindset sections"
        description="Sections your organisation wrote, beside the built-in shifts and leaps. Add them to a template's phases from the template editor."
        actions={
          <Button asChild>
            <Link href="/hr/inductions/library/new">
              <Plus aria-hidden className="size-4" /> Write a section
            </Link>
          </Button>
        }
      />
      {saved || deleted ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          {saved ? "Section saved." : "Section deleted. Templates keep the items they were given from it."}
        </p>
      ) : null}
      {sections.length ? (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {sections.map((section) => (
            <MindsetSectionCard
              key={section.id}
              section={section}
              eyebrow="Your organisation"
              headingLevel={2}
              actions={
                <Link href={`/hr/inductions/library/${section.id}`} className="text-sm font-medium text-brand-700 underline" aria-label={`Edit ${section.title}`}>
                  Edit
                </Link>
              }
            />
          ))}
        </div>
      ) : (
        <Card>
          <p className="text-sm text-muted">No sections of your own yet. Write one for a shift your leaders find hard, in the words your organisation uses.</p>
        </Card>
      )}
    </>
  );
}
