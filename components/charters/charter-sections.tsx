import type { CharterSections, ListSection, TextSection } from "@/lib/charters/document";

export type Section = TextSection | ListSection;

/**
 * The order a charter reads in: why the role exists, what it answers for and decides, who it
 * works with, how success shows, then the two pairs that are meant to be read side by side.
 */
export const READING_ORDER: readonly ({ section: Section } | { pair: readonly [Section, Section]; title: string })[] = [
  { section: "purpose" },
  { section: "accountabilities" },
  { section: "decisionRights" },
  { section: "keyRelationships" },
  { section: "successMeasures" },
  { section: "expectations" },
  { section: "support" },
  { pair: ["individualCommitments", "organisationCommitments"], title: "Commitments on both sides" },
  { pair: ["leadership", "management"], title: "Leading and managing" },
];

/** Every section in reading order, pairs flattened. */
export const SECTIONS_IN_ORDER: readonly Section[] = READING_ORDER.flatMap((block) => ("pair" in block ? block.pair : [block.section]));

/** One section's content: a paragraph or a list, or a plain note when it is still empty. */
export function SectionBody({ sections, section }: { sections: CharterSections; section: Section }) {
  const value = sections[section];
  if (typeof value === "string") {
    return value.trim() ? <p className="whitespace-pre-line">{value}</p> : <p className="text-muted italic">Not written yet.</p>;
  }
  if (value.length === 0) return <p className="text-muted italic">No items yet.</p>;
  return (
    <ul className="list-disc space-y-1 pl-5 marker:text-brand-600 print:space-y-0 print:pl-4">
      {value.map((item, index) => (
        <li key={index} className="break-inside-avoid">
          {item}
        </li>
      ))}
    </ul>
  );
}
