/**
 * A charter version's content as one plain document: the sections of the role charter, each a
 * structured field, and the competencies the role requires from one published framework version
 * (the version is pinned on the charter version row, so the database keeps it while it is used).
 */

/** The charter's list sections, in the order a charter reads. */
export const LIST_SECTIONS = [
  "accountabilities",
  "decisionRights",
  "keyRelationships",
  "successMeasures",
  "expectations",
  "support",
  "individualCommitments",
  "organisationCommitments",
] as const;

export type ListSection = (typeof LIST_SECTIONS)[number];

/** The charter's free-text sections. */
export const TEXT_SECTIONS = ["purpose", "leadership", "management"] as const;

export type TextSection = (typeof TEXT_SECTIONS)[number];

/** The stage of one framework competency that the role expects. */
export type Requirement = {
  competencyKey: string;
  stageKey: string;
  /** Build this competency before the role needs it. */
  developAhead: boolean;
};

export type CharterSections = Record<TextSection, string> & Record<ListSection, string[]>;

export type CharterDocument = CharterSections & { requirements: Requirement[] };

export function emptyCharter(): CharterDocument {
  return {
    purpose: "",
    leadership: "",
    management: "",
    ...(Object.fromEntries(LIST_SECTIONS.map((section) => [section, []])) as unknown as Record<ListSection, string[]>),
    requirements: [],
  };
}
