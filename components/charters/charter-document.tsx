import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { SECTION_LABELS } from "@/lib/charters/labels";
import type { CharterVersionView } from "@/lib/charters/queries";
import { resolveRequirements, unknownRequirements, type ResolvedRequirement } from "@/lib/charters/requirements";
import { READING_ORDER, SectionBody, type Section } from "./charter-sections";
import { DevelopAheadBadge } from "./develop-ahead-badge";

/** One charter version, read-only: its sections in reading order, then the competencies the role requires. */
export function CharterDocument({ version }: { version: CharterVersionView }) {
  const sections = version.document;
  const [purpose, ...rest] = READING_ORDER;
  const singles = rest.flatMap((block) => ("section" in block ? [block.section] : []));
  const pairs = rest.flatMap((block) => ("pair" in block ? [block] : []));
  return (
    <article className="space-y-6 text-sm print:space-y-2.5 print:text-[9pt] print:leading-[1.3]">
      {purpose && "section" in purpose ? (
        <Card className="border-brand-100 bg-brand-50 print:border-0 print:p-0">
          <h2 className="text-lg font-semibold print:text-[11pt]">{SECTION_LABELS[purpose.section].title}</h2>
          <div className="mt-2 text-base print:mt-0.5 print:text-[10pt] print:leading-[1.3]">
            <SectionBody sections={sections} section={purpose.section} />
          </div>
        </Card>
      ) : null}
      <div className="grid gap-6 md:grid-cols-2 print:block print:columns-2 print:gap-x-6">
        {singles.map((section) => (
          <SectionCard key={section} title={SECTION_LABELS[section].title}>
            <SectionBody sections={sections} section={section} />
          </SectionCard>
        ))}
      </div>
      {pairs.map((pair) => (
        <Card key={pair.title} className="print:border-0 print:p-0">
          <h2 className="text-lg font-semibold print:text-[11pt]">{pair.title}</h2>
          <div className="mt-3 grid gap-6 md:grid-cols-2 md:divide-x md:divide-slate-200 print:mt-0.5 print:grid-cols-2 print:gap-6 print:divide-x-0">
            {pair.pair.map((section: Section, index) => (
              <div key={section} className={index === 1 ? "md:pl-6 print:pl-0" : undefined}>
                <h3 className="mb-2 font-semibold print:mb-0.5">{SECTION_LABELS[section].title}</h3>
                <SectionBody sections={sections} section={section} />
              </div>
            ))}
          </div>
        </Card>
      ))}
      <RequiredCompetencies version={version} />
    </article>
  );
}

function SectionCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card className="break-inside-avoid print:mb-2.5 print:border-0 print:p-0">
      <h2 className="mb-2 text-base font-semibold print:mb-0.5 print:text-[10pt]">{title}</h2>
      {children}
    </Card>
  );
}

/** Requirements in framework order, one group per cluster. */
function byCluster(requirements: ResolvedRequirement[]) {
  const groups: { clusterName: string; requirements: ResolvedRequirement[] }[] = [];
  for (const requirement of requirements) {
    const last = groups.at(-1);
    if (last?.clusterName === requirement.clusterName) last.requirements.push(requirement);
    else groups.push({ clusterName: requirement.clusterName, requirements: [requirement] });
  }
  return groups;
}

function RequiredCompetencies({ version }: { version: CharterVersionView }) {
  const { document, framework } = version;
  const heading = <h2 className="text-lg font-semibold print:text-[11pt]">Required competencies</h2>;
  if (!framework) {
    return (
      <Card className="print:border-0 print:p-0">
        {heading}
        <p className="mt-2 text-muted">No competency framework has been chosen for this charter yet.</p>
      </Card>
    );
  }
  const resolved = resolveRequirements(document.requirements, framework.document);
  const unknown = unknownRequirements(document.requirements, framework.document).length;
  return (
    <Card className="print:border-0 print:p-0">
      {/* On paper the heading and its explanation move to the next page together rather than split. */}
      <div className="print:break-inside-avoid print:break-after-avoid">
        {heading}
        <p className="mt-1 text-muted">
          From {framework.label}: the stage the role expects for each competency, and what the framework expects at that stage. Competencies marked{" "}
          <span className="font-medium text-ink">develop ahead</span> are worth building before the role needs them.
        </p>
      </div>
      {unknown > 0 ? (
        <p className="mt-2 text-red-800">
          {unknown === 1 ? "One required competency is" : `${unknown} required competencies are`} not in {framework.label}.
        </p>
      ) : null}
      {resolved.length === 0 ? (
        <p className="mt-3 text-muted italic">No competencies are required yet.</p>
      ) : (
        <table className="mt-3 w-full table-fixed border-collapse text-left align-top print:mt-1">
          <caption className="sr-only">Required competencies, grouped by cluster</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="w-1/4 py-2 pr-3 pl-2 font-semibold print:py-0.5 print:pl-0">
                Competency
              </th>
              <th scope="col" className="w-36 px-3 py-2 font-semibold print:w-[32mm] print:px-2 print:py-0.5">
                Stage expected
              </th>
              <th scope="col" className="py-2 pr-2 pl-3 font-semibold print:py-0.5 print:pr-0">
                What that stage looks like
              </th>
            </tr>
          </thead>
          {byCluster(resolved).map((group) => (
            <tbody key={group.clusterName} className="break-inside-avoid">
              <tr>
                <th scope="rowgroup" colSpan={3} className="bg-brand-50 px-2 py-1.5 text-left font-semibold text-brand-800 print:px-0 print:py-0.5">
                  {group.clusterName}
                </th>
              </tr>
              {group.requirements.map((requirement) => (
                <tr key={requirement.competencyKey} className="break-inside-avoid border-b border-slate-200 last:border-0">
                  <th scope="row" className="py-2 pr-3 pl-2 align-top font-medium print:py-0.5 print:pl-0">
                    {requirement.competencyName}
                  </th>
                  <td className="px-3 py-2 align-top print:px-2 print:py-0.5">
                    {requirement.stageName}
                    {requirement.developAhead ? (
                      <span className="mt-1 block print:mt-0">
                        <DevelopAheadBadge />
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-2 pl-3 align-top print:py-0.5 print:pr-0">
                    {requirement.expectation || <span className="text-muted italic">The framework does not describe this stage.</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </Card>
  );
}
