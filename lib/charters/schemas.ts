import { z } from "zod";
import { idField, MULTI_LINE_FORBIDDEN, versionField } from "@/lib/validation/fields";
import { keyField } from "@/lib/frameworks/schemas";
import { LIST_SECTIONS, TEXT_SECTIONS, type CharterDocument, type ListSection, type TextSection } from "./document";
import { SECTION_LABELS } from "./labels";
import { CHARTER_LIMITS } from "./limits";

/** Zod schemas for charters: the stored document and the inputs of the charter actions. */

const storable = (value: string) => !MULTI_LINE_FORBIDDEN.test(value);
const lower = (section: TextSection | ListSection) => SECTION_LABELS[section].title.toLowerCase();

function sectionText(section: TextSection) {
  return z
    .string({ message: `${SECTION_LABELS[section].title} must be text` })
    .trim()
    .max(CHARTER_LIMITS.text, `Keep ${lower(section)} to ${CHARTER_LIMITS.text} characters or fewer`)
    .refine(storable, `${SECTION_LABELS[section].title} contains a character that cannot be stored`);
}

/** A list section as a document stores it: trimmed items, none blank. */
function sectionList(section: ListSection) {
  const title = SECTION_LABELS[section].title;
  return z
    .array(
      z
        .string({ message: `${title} must be text` })
        .trim()
        .min(1, `${title} has a blank item`)
        .max(CHARTER_LIMITS.item, `Keep each item of ${lower(section)} to ${CHARTER_LIMITS.item} characters or fewer`)
        .refine(storable, `${title} contains a character that cannot be stored`),
      { message: `${title} must be a list` },
    )
    .max(CHARTER_LIMITS.items, `Keep ${lower(section)} to ${CHARTER_LIMITS.items} items or fewer`);
}

/** A list section as the form sends it: one item per line, blank lines ignored. */
function sectionLines(section: ListSection) {
  return z
    .string({ message: `${SECTION_LABELS[section].title} must be text` })
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(sectionList(section));
}

const textSections = Object.fromEntries(TEXT_SECTIONS.map((section) => [section, sectionText(section)])) as Record<TextSection, ReturnType<typeof sectionText>>;

export const charterDocumentSchema: z.ZodType<CharterDocument> = z.object({
  ...textSections,
  ...(Object.fromEntries(LIST_SECTIONS.map((section) => [section, sectionList(section)])) as Record<ListSection, ReturnType<typeof sectionList>>),
  requirements: z.array(z.object({ competencyKey: keyField, stageKey: keyField, developAhead: z.boolean() })).max(CHARTER_LIMITS.requirements),
});

/** Every section, as the sections form sends them. */
export const charterSectionsSchema = z.object({
  ...textSections,
  ...(Object.fromEntries(LIST_SECTIONS.map((section) => [section, sectionLines(section)])) as Record<ListSection, ReturnType<typeof sectionLines>>),
});

const draftRef = { versionId: idField, revision: versionField };

export const createCharterSchema = z.object({ jobRoleId: idField });
export const charterDraftRefSchema = z.object(draftRef);
export const charterVersionRefSchema = z.object({ versionId: idField });
export const startCharterDraftSchema = z.object({ charterId: idField });
export const saveCharterSectionsSchema = charterSectionsSchema.extend(draftRef);

/** Repeated form fields arrive as one string, an array, or nothing. */
const repeated = <T extends z.ZodType>(item: T, max: number, tooMany: string) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(max, tooMany));

const tooMany = `A charter can require at most ${CHARTER_LIMITS.requirements} competencies`;

/**
 * The requirements form: one `stage` select per competency whose value is
 * "<competencyKey>:<stageKey>" (empty when the role does not need it), and one `ahead`
 * checkbox per competency to develop ahead of the role.
 */
export const setCharterRequirementsSchema = z.object({
  ...draftRef,
  stage: repeated(
    z.union([z.literal(""), z.string().regex(/^[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_-]{1,64}$/, "Choose a stage from the list")]),
    CHARTER_LIMITS.requirements * 2,
    tooMany,
  ),
  ahead: repeated(keyField, CHARTER_LIMITS.requirements, tooMany),
});

export const pinCharterFrameworkSchema = z.object({ ...draftRef, frameworkVersionId: idField });

export const acknowledgeCharterSchema = z.object({ charterVersionId: idField });

export const askCharterQuestionSchema = z.object({
  charterVersionId: idField,
  question: z
    .string({ message: "Write your question" })
    .trim()
    .min(1, "Write your question")
    .max(CHARTER_LIMITS.question, `Keep your question to ${CHARTER_LIMITS.question} characters or fewer`)
    .refine(storable, "Your question contains a character that cannot be stored"),
});

export type CharterSectionsInput = z.output<typeof charterSectionsSchema>;
export type SaveCharterSectionsInput = z.output<typeof saveCharterSectionsSchema>;
export type SetCharterRequirementsInput = z.output<typeof setCharterRequirementsSchema>;
export type PinCharterFrameworkInput = z.output<typeof pinCharterFrameworkSchema>;
