import { useId, type ReactNode } from "react";
import { SECTION_LABELS } from "@/lib/charters/labels";
import type { CharterVersionView, RoleTransition } from "@/lib/charters/queries";
import type { Transition, TransitionLevel, TransitionRow } from "@/lib/charters/transition";
import { SECTIONS_IN_ORDER, SectionBody } from "./charter-sections";
import { DevelopAheadBadge } from "./develop-ahead-badge";

type Role = RoleTransition["role"];

/** A role transition with both charters published: the only kind there is something to compare in. */
export type ComparableTransition = RoleTransition & { charter: CharterVersionView; previousRole: Role; previousCharter: CharterVersionView; transition: Transition };

export function isComparable(roleTransition: RoleTransition): roleTransition is ComparableTransition {
  return Boolean(roleTransition.charter && roleTransition.previousRole && roleTransition.previousCharter && roleTransition.transition);
}

const count = (n: number, one: string, many: string) => (n === 1 ? `one ${one}` : `${n === 0 ? "none" : n} ${many}`);

function summary({ rises, added, mattersLess, unchanged }: Transition) {
  const parts = [
    `${count(rises.length, "competency is", "competencies are")} expected at a higher stage`,
    `${count(added.length, "is", "are")} new`,
    `${count(mattersLess.length, "matters", "matter")} less than before`,
    `${count(unchanged.length, "stays", "stay")} the same`,
  ];
  const text = `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What changes from the role a person leaves to the one they move into, then both charters section by section. */
export function TransitionView({ transition: view }: { transition: ComparableTransition }) {
  const { role, previousRole, charter, previousCharter, transition } = view;
  const changesId = useId();
  const sectionsId = useId();
  const sides = { before: previousRole.title, after: role.title };
  return (
    <div className="space-y-10 print:space-y-3">
      <section aria-labelledby={changesId} className="space-y-6 print:space-y-2 print:text-[9pt] print:leading-[1.3]">
        <div>
          <h2 id={changesId} className="text-xl font-semibold print:text-[11pt]">
            What changes from {previousRole.title} to {role.title}
          </h2>
          <p className="mt-1 text-sm text-muted">{summary(transition)}</p>
        </div>
        <ChangeGroup
          title="Expected at a higher stage"
          description="Both roles need these; this role expects more of them."
          rows={transition.rises}
          sides={sides}
          empty="No competency is expected at a higher stage."
        />
        <ChangeGroup title="New in this role" description={`${previousRole.title} did not require these.`} rows={transition.added} sides={sides} empty="This role requires nothing new." />
        <ChangeGroup
          title="Matters less than before"
          description="Still useful, but this role expects less of them, or no longer requires them."
          rows={transition.mattersLess}
          sides={sides}
          empty="Everything the previous role required still counts as much."
        />
        {transition.unchanged.length > 0 ? (
          <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm print:hidden">
            <summary className="cursor-pointer font-semibold">Unchanged: {count(transition.unchanged.length, "competency", "competencies")} at the same stage</summary>
            <ul className="mt-3 space-y-1">
              {transition.unchanged.map((row) => (
                <li key={row.competencyName}>
                  <span className="font-medium">{row.competencyName}</span> <span className="text-muted">({row.clusterName})</span>: {row.after?.stageName}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby={sectionsId} className="print:hidden">
        <h2 id={sectionsId} className="text-xl font-semibold">
          The two charters side by side
        </h2>
        <p className="mt-1 text-sm text-muted">
          {previousRole.title}, version {previousCharter.number}, on the left; {role.title}, version {charter.number}, on the right.
        </p>
        <div className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
          {/* On wide screens the two role names head the columns once; each cell still names its role for screen readers and narrow screens. */}
          <div aria-hidden className="sticky top-0 z-10 hidden grid-cols-2 gap-6 rounded-t-lg bg-white px-4 py-3 font-semibold text-brand-800 md:grid">
            <span>{previousRole.title}</span>
            <span>{role.title}</span>
          </div>
          {SECTIONS_IN_ORDER.map((section) => (
            <div key={section} className="p-4">
              <h3 className="mb-2 font-semibold">{SECTION_LABELS[section].title}</h3>
              <div className="grid gap-4 md:grid-cols-2 md:gap-6">
                <Side label={previousRole.title}>
                  <SectionBody sections={previousCharter.document} section={section} />
                </Side>
                <Side label={role.title}>
                  <SectionBody sections={charter.document} section={section} />
                </Side>
              </div>
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}

function Side({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-brand-700 md:sr-only">{label}</p>
      {children}
    </div>
  );
}

function ChangeGroup({ title, description, rows, sides, empty }: { title: string; description: string; rows: TransitionRow[]; sides: { before: string; after: string }; empty: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm print:border-0 print:p-0">
      <h3 id={id} className="text-base font-semibold print:text-[10pt]">
        {title} <span className="font-normal text-muted">({rows.length})</span>
      </h3>
      <p className="text-muted print:hidden">{description}</p>
      {rows.length === 0 ? (
        <p className="mt-2 italic text-muted print:mt-0">{empty}</p>
      ) : (
        <>
          {/* On paper, one line per competency: the charter printed above already holds the expectations. */}
          <ul className="hidden print:block print:columns-2 print:gap-6 print:text-[8.5pt]">
            {rows.map((row) => (
              <li key={row.competencyName} className="break-inside-avoid">
                <span className="font-medium">{row.competencyName}</span>: {row.before?.stageName ?? "not required"} → {printedLevel(row.after, "no longer required")}
              </li>
            ))}
          </ul>
          <table className="mt-3 w-full table-fixed border-collapse text-left align-top print:hidden">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="w-1/4 py-2 pr-3 font-semibold">
                  Competency
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  As {sides.before}
                </th>
                <th scope="col" className="py-2 pl-3 font-semibold">
                  As {sides.after}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.competencyName} className="break-inside-avoid border-b border-slate-200 last:border-0">
                  <th scope="row" className="py-2 pr-3 align-top font-medium">
                    {row.competencyName}
                    <span className="block text-xs font-normal text-muted">{row.clusterName}</span>
                  </th>
                  <td className="px-3 py-2 align-top">
                    <Level level={row.before} missing="Not required" />
                  </td>
                  <td className="py-2 pl-3 align-top">
                    <Level level={row.after} missing="No longer required" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

const printedLevel = (level: TransitionLevel | null, missing: string) => (level ? `${level.stageName}${level.developAhead ? " (develop ahead)" : ""}` : missing);

function Level({ level, missing }: { level: TransitionLevel | null; missing: string }) {
  if (!level) return <span className="italic text-muted">{missing}</span>;
  return (
    <>
      <span className="font-medium">{level.stageName}</span>
      {level.developAhead ? (
        <>
          {" "}
          <DevelopAheadBadge />
        </>
      ) : null}
      {level.expectation ? <span className="mt-1 block">{level.expectation}</span> : null}
    </>
  );
}
