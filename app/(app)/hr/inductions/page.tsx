import Link from "next/link";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { MindsetSectionCard } from "@/components/inductions/templates/mindset-section-card";
import { requireRole } from "@/lib/auth/session";
import { MINDSET_GROUP_LABELS, MINDSET_LIBRARY, type MindsetGroup } from "@/lib/inductions/mindset-library";
import { listMindsetSections } from "@/lib/inductions/mindset-queries";
import { OWNER_LABELS } from "@/lib/inductions/template-labels";
import { listTemplates } from "@/lib/inductions/template-queries";
import { ORGANISATION_OWNERS } from "@/lib/inductions/template-summary";

export const metadata = { title: "Inductions" };

const GROUP_INTROS: Record<MindsetGroup, string> = {
  shift: "The three changes in where an expert spends their time and attention once they lead.",
  leap: "Three leaps that build on each other, from being trusted for expertise to shaping strategy.",
};

export default async function InductionsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const actor = await requireRole("HR_ADMIN");
  const [templates, ownSections, { deleted }] = await Promise.all([listTemplates(actor.organisationId), listMindsetSections(actor.organisationId), searchParams]);
  return (
    <>
      <PageHeader
        title="Inductions"
        description="Templates for experts moving into leadership roles: what the new leader does in each phase, and what their manager, HR and the organisation owe them."
        actions={
          <Button asChild>
            <Link href="/hr/inductions/new">
              <Plus aria-hidden className="size-4" /> New template
            </Link>
          </Button>
        }
      />
      {deleted ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          Template deleted. Inductions already made from it keep their own copy.
        </p>
      ) : null}

      <Table caption="Induction templates">
        <thead>
          <tr>
            <Th>Template</Th>
            <Th>Job role</Th>
            <Th className="text-right">Phases</Th>
            <Th className="text-right">Items</Th>
            <Th className="text-right">New leader does</Th>
            <Th>Organisation owes</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {templates.map((template) => (
            <tr key={template.id}>
              <Td>
                <Link href={`/hr/inductions/${template.id}`} className="font-medium text-brand-700 underline">
                  {template.name}
                </Link>
                {template.description ? <p className="mt-0.5 line-clamp-1 max-w-md text-xs text-muted">{template.description}</p> : null}
              </Td>
              <Td>{template.jobRole?.title ?? <span className="text-muted">None</span>}</Td>
              <Td className="text-right tabular-nums">{template.phases}</Td>
              <Td className="text-right tabular-nums">{template.items}</Td>
              <Td className="text-right tabular-nums">{template.split.individual}</Td>
              <Td>
                <span className="tabular-nums">{template.split.organisation}</span>
                {template.split.organisation ? (
                  <span className="ml-2 text-xs text-muted">
                    ({ORGANISATION_OWNERS.filter((owner) => template.split.byOwner[owner]).map((owner) => `${OWNER_LABELS[owner]} ${template.split.byOwner[owner]}`).join(", ")})
                  </span>
                ) : null}
              </Td>
            </tr>
          ))}
          {templates.length === 0 ? (
            <tr>
              <Td colSpan={6} className="py-6 text-center text-muted">
                No templates yet. Create one for each leadership role that experts move into.
              </Td>
            </tr>
          ) : null}
        </tbody>
      </Table>

      <section aria-labelledby="library-heading" className="mt-10">
        <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 id="library-heading" className="text-xl font-semibold text-ink">
              Mindset-shift library
            </h2>
            <p className="mt-1 max-w-3xl text-sm text-muted">
              Sections to add to a template&apos;s phases. Each practice becomes something for the new leader to do and each prompt a reflection to write.
            </p>
          </div>
          <Button asChild variant="secondary">
            <Link href="/hr/inductions/library">Your organisation&apos;s sections</Link>
          </Button>
        </div>
        {(["shift", "leap"] as const).map((group) => (
          <div key={group} className="mb-6">
            <h3 className="text-lg font-semibold text-ink">{MINDSET_GROUP_LABELS[group]}</h3>
            <p className="mb-3 text-sm text-muted">{GROUP_INTROS[group]}</p>
            <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
              {MINDSET_LIBRARY.filter((section) => section.group === group).map((section) => (
                <MindsetSectionCard key={section.key} section={section} eyebrow={group === "shift" ? "Mindset shift" : "Leap"} />
              ))}
            </div>
          </div>
        ))}
        <h3 className="text-lg font-semibold text-ink">Written by your organisation</h3>
        {ownSections.length ? (
          <div className="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {ownSections.map((section) => (
              <MindsetSectionCard
                key={section.id}
                section={section}
                eyebrow="Your organisation"
                actions={
                  <Link href={`/hr/inductions/library/${section.id}`} className="text-sm font-medium text-brand-700 underline" aria-label={`Edit ${section.title}`}>
                    Edit
                  </Link>
                }
              />
            ))}
          </div>
        ) : (
          <Card className="mt-3">
            <p className="text-sm text-muted">
              None yet.{" "}
              <Link href="/hr/inductions/library/new" className="font-medium text-brand-700 underline">
                Write a section
              </Link>{" "}
              for a shift that matters in your organisation.
            </p>
          </Card>
        )}
      </section>
    </>
  );
}
