import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import type { MindsetSectionContent } from "@/lib/inductions/mindset-library";

/** One section of the mindset library: what it is about, with its practices and prompts a click away. */
export function MindsetSectionCard({
  section,
  eyebrow,
  actions,
  headingLevel = 3,
}: {
  section: MindsetSectionContent;
  eyebrow: string;
  actions?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Subheading = headingLevel === 2 ? "h3" : "h4";
  return (
    <Card className="flex flex-col">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">{eyebrow}</p>
      <Heading className="mt-1 font-semibold text-ink">{section.title}</Heading>
      {section.summary ? <p className="mt-2 text-sm text-slate-700">{section.summary}</p> : null}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">
          {section.practices.length} {section.practices.length === 1 ? "practice" : "practices"} and {section.prompts.length}{" "}
          {section.prompts.length === 1 ? "reflection prompt" : "reflection prompts"}
        </summary>
        <Subheading className="mt-3 font-medium">Practices</Subheading>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
          {section.practices.map((practice) => (
            <li key={practice}>{practice}</li>
          ))}
        </ul>
        <Subheading className="mt-3 font-medium">Reflection prompts</Subheading>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
          {section.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      </details>
      {actions ? <div className="mt-auto pt-4">{actions}</div> : null}
    </Card>
  );
}
