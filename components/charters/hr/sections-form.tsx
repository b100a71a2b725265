"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { fieldErrors } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/actions/result";
import { LIST_SECTIONS, type CharterSections, type ListSection, type TextSection } from "@/lib/charters/document";
import { SECTION_LABELS } from "@/lib/charters/labels";
import { CHARTER_LIMITS } from "@/lib/charters/limits";

type Section = TextSection | ListSection;

/** The sections in the groups a reader meets them in; pairs that answer each other sit side by side. */
const GROUPS: { key: string; title: string; description: string; sections: Section[]; sideBySide?: boolean }[] = [
  {
    key: "role",
    title: "The role",
    description: "Why the role exists, what it answers for and how everyone will know it is going well.",
    sections: ["purpose", "accountabilities", "decisionRights", "keyRelationships", "successMeasures"],
  },
  {
    key: "expectations",
    title: "Expectations and support",
    description: "How the role should be done, and the help on offer while the person learns it.",
    sections: ["expectations", "support"],
    sideBySide: true,
  },
  {
    key: "deal",
    title: "The deal",
    description: "What the individual will do and what the organisation will do in return, read side by side.",
    sections: ["individualCommitments", "organisationCommitments"],
    sideBySide: true,
  },
  {
    key: "leading",
    title: "Leading and managing",
    description: "Both matter in this role; say what each looks like here so the difference is clear.",
    sections: ["leadership", "management"],
    sideBySide: true,
  },
];

/** Enough rows to show the text without scrolling (within reason); a half-width box wraps twice as often. */
function rowsFor(lines: readonly string[], halfWidth: boolean, least: number) {
  const perLine = halfWidth ? 55 : 110;
  const rows = lines.reduce((total, line) => total + Math.max(1, Math.ceil(line.length / perLine)), 0) + 1;
  return Math.min(Math.max(rows, least), 16);
}

const isList = (section: Section): section is ListSection => (LIST_SECTIONS as readonly string[]).includes(section);

/** Every section of the draft in one form, saved together. */
export function CharterSectionsForm({
  action,
  versionId,
  revision,
  sections,
}: {
  action: FormAction;
  versionId: string;
  revision: number;
  sections: CharterSections;
}) {
  return (
    <ActionForm action={action}>
      {(state, pending) => (
        <>
          <input type="hidden" name="versionId" value={versionId} />
          <input type="hidden" name="revision" value={revision} />
          {GROUPS.map((group) => (
            <fieldset key={group.key} aria-describedby={`group-${group.key}`} className="rounded-md border border-slate-200 px-4 pt-1 pb-4">
              <legend className="px-1 text-base font-semibold text-ink">{group.title}</legend>
              <p id={`group-${group.key}`} className="text-sm text-muted">
                {group.description}
              </p>
              <div className={group.sideBySide ? "mt-2 grid gap-4 md:grid-cols-2" : "mt-2 space-y-4"}>
                {group.sections.map((section) => {
                  const { title, hint } = SECTION_LABELS[section];
                  return isList(section) ? (
                    <TextAreaField
                      key={section}
                      name={section}
                      label={title}
                      hint={`${hint} One item per line.`}
                      defaultValue={sections[section].join("\n")}
                      rows={rowsFor(sections[section], Boolean(group.sideBySide), 4)}
                      errors={fieldErrors(state, section)}
                    />
                  ) : (
                    <TextAreaField
                      key={section}
                      name={section}
                      label={title}
                      hint={hint}
                      defaultValue={sections[section]}
                      rows={rowsFor([sections[section]], Boolean(group.sideBySide), 3)}
                      maxLength={CHARTER_LIMITS.text}
                      errors={fieldErrors(state, section)}
                    />
                  );
                })}
              </div>
            </fieldset>
          ))}
          <FormFooter state={state} pending={pending}>
            Save sections
          </FormFooter>
        </>
      )}
    </ActionForm>
  );
}
