import { z } from "zod";
import { emailField } from "@/lib/auth/schemas";
import { charterDocumentSchema } from "@/lib/charters/schemas";
import {
  ActionStatus,
  AppRole,
  AssessmentKind,
  AssessmentMoment,
  CareerStage,
  InductionStatus,
  ItemKind,
  ItemOwner,
  ItemStatus,
  LeadershipTrack,
  LearningType,
  PlanActionStatus,
  RelationshipStatus,
  RoleTrack,
  SupportKind,
  VersionStatus,
} from "@/lib/db/generated/enums";
import { storedAnswersSchema, storedCompetenciesSchema } from "@/lib/feedback/schemas";
import { frameworkDocumentSchema } from "@/lib/frameworks/schemas";
import { isDateOnly, isTimeZone } from "@/lib/inductions/dates";
import { MULTI_LINE_FORBIDDEN } from "@/lib/validation/fields";

/**
 * The organisation file, version 1: one JSON document holding an organisation's records.
 * Records refer to each other by keys that mean something outside the database — people by
 * email, job roles by title, templates and cohorts by name, framework and charter versions by
 * their owner and number — and, where nothing natural is unique, by a key the export numbers
 * ("framework-1", "induction-3", "item-12"). No database id appears, so the export of an
 * imported file equals the file. The shape is checked here; references between records in
 * references.ts.
 */

export const DOCUMENT_FORMAT = "leadership-transition/organisation";
export const DOCUMENT_VERSION = 1;

/** "hr": what HR may read in the app; "complete": also what the app keeps for one or two people (operator exports). */
export const CONTENTS = ["hr", "complete"] as const;
export type Contents = (typeof CONTENTS)[number];

/** Caps on one file, well above the large benchmark organisation (10,000 people, 30,000 conversations). */
export const DOCUMENT_LIMITS = { bytes: 512 * 1024 * 1024, records: 200_000, children: 5_000 } as const;

const storable = (value: string) => !MULTI_LINE_FORBIDDEN.test(value);
const text = (max: number) => z.string().max(max, `Keep this to ${max} characters or fewer`).refine(storable, "This text contains a character that cannot be stored");
const line = text(300);
const longText = text(10_000);
const nonBlank = line.refine((value) => value.trim().length > 0, "This cannot be blank");
const instant = z.iso.datetime({ message: "Write a date and time like 2026-11-23T09:30:00.000Z" });
const day = z.string().refine(isDateOnly, "Write a calendar date like 2026-11-23");
const key = z.string().regex(/^[A-Za-z0-9_:-]{1,80}$/, "A key is 1 to 80 letters, digits, hyphens, underscores or colons");
const competencyKey = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "A competency key is 1 to 64 letters, digits, hyphens or underscores");
const email = emailField;
const personRef = email.nullable();
const list = <T extends z.ZodType>(item: T, max: number = DOCUMENT_LIMITS.children) => z.array(item).max(max, `At most ${max.toLocaleString("en-GB")} of these`);
const records = <T extends z.ZodType>(item: T) => list(item, DOCUMENT_LIMITS.records);
const position = z.number().int().min(0).max(10_000);
const versionNumber = z.number().int().min(1).max(100_000);
const frameworkVersionRef = z.strictObject({ framework: key, number: versionNumber });
const charterVersionRef = z.strictObject({ jobRole: line, number: versionNumber });

const person = z.strictObject({
  email,
  name: nonBlank,
  roles: list(z.enum(AppRole), 4),
  jobRole: line.nullable(),
  manager: personRef,
  active: z.boolean(),
  deactivatedAt: instant.nullable(),
});

const jobRole = z.strictObject({
  title: nonBlank,
  description: longText,
  track: z.enum(RoleTrack),
  careerStage: z.enum(CareerStage),
  usuallyFollows: line.nullable(),
});

const versionLifecycle = {
  number: versionNumber,
  status: z.enum(VersionStatus),
  publishedAt: instant.nullable(),
  publishedBy: personRef,
  archivedAt: instant.nullable(),
  createdAt: instant,
};

const framework = z.strictObject({
  key,
  name: line,
  createdAt: instant,
  versions: list(z.strictObject({ ...versionLifecycle, content: frameworkDocumentSchema })).min(1, "A framework needs at least one version"),
});


const charter = z.strictObject({
  jobRole: line,
  createdAt: instant,
  versions: list(
    z.strictObject({
      ...versionLifecycle,
      content: charterDocumentSchema,
      /** The framework version it pins. */
      frameworkVersion: frameworkVersionRef.nullable(),
      acknowledgements: list(z.strictObject({ person: email, acknowledgedAt: instant })),
      questions: list(z.strictObject({ person: email, question: longText, createdAt: instant })),
    }),
  ).min(1, "A charter needs at least one version"),
});

const templateItem = z.strictObject({
  position,
  title: nonBlank,
  guidance: longText,
  owner: z.enum(ItemOwner),
  kind: z.enum(ItemKind),
  dueOffsetDays: z.number().int().min(-3650).max(3650),
  competencyKey: competencyKey.nullable(),
  needsSignOff: z.boolean(),
});

const inductionTemplate = z.strictObject({
  name: nonBlank,
  description: longText,
  jobRole: line.nullable(),
  createdAt: instant,
  phases: list(z.strictObject({ name: nonBlank, position, items: list(templateItem) })),
});

const mindsetSection = z.strictObject({ title: nonBlank, summary: longText, practices: list(line, 100), prompts: list(line, 100), createdAt: instant });

const cohort = z.strictObject({ name: nonBlank, createdAt: instant });

const inductionItem = z.strictObject({
  key,
  position,
  title: nonBlank,
  guidance: longText,
  owner: z.enum(ItemOwner),
  kind: z.enum(ItemKind),
  dueDate: day,
  competencyKey: competencyKey.nullable(),
  needsSignOff: z.boolean(),
  status: z.enum(ItemStatus),
  completedAt: instant.nullable(),
  completedBy: personRef,
  waivedReason: longText.nullable(),
  signedOffAt: instant.nullable(),
  signedOffBy: personRef,
  createdAt: instant,
  evidence: list(z.strictObject({ author: personRef, text: longText, url: text(2000).nullable(), createdAt: instant })),
});

const induction = z.strictObject({
  key,
  person: email,
  jobRole: line,
  template: line.nullable(),
  cohort: line.nullable(),
  manager: personRef,
  supporter: personRef,
  startDate: day,
  status: z.enum(InductionStatus),
  completedAt: instant.nullable(),
  createdAt: instant,
  phases: list(z.strictObject({ name: nonBlank, position, items: list(inductionItem) })),
});

const reflection = z.strictObject({
  induction: key,
  /** The item's key within its induction; null for a reflection on the induction as a whole. */
  item: key.nullable(),
  author: email,
  prompt: longText,
  text: longText,
  sharedWithManager: z.boolean(),
  sharedWithSupporter: z.boolean(),
  createdAt: instant,
});

const assessment = z.strictObject({
  subject: email,
  assessor: personRef,
  induction: key.nullable(),
  charterVersion: charterVersionRef,
  kind: z.enum(AssessmentKind),
  moment: z.enum(AssessmentMoment),
  createdAt: instant,
  ratings: list(z.strictObject({ competencyKey, level: z.number().int().min(1).max(20) }), 500),
});

const conversation = z
  .strictObject({
    person: email,
    manager: personRef,
    heldOn: day,
    aspirations: longText,
    strengths: longText,
    energisers: longText,
    developmentAreas: longText,
    nextRole: line,
    track: z.enum(LeadershipTrack),
    supportNeeded: longText,
    sharedNotes: longText,
    nextConversationOn: day,
    createdAt: instant,
    actions: list(z.strictObject({ owner: personRef, description: longText, dueOn: day, status: z.enum(ActionStatus), completedAt: instant.nullable(), createdAt: instant })),
    preparations: list(z.strictObject({ person: email, text: longText, createdAt: instant })),
  })
  .refine((value) => value.nextConversationOn > value.heldOn, { path: ["nextConversationOn"], message: "The next conversation must come after this one" });

/** A report's preparation notes not yet attached to a conversation. */
const openPreparation = z.strictObject({ person: email, text: longText, createdAt: instant });

const planAction = z.strictObject({
  title: nonBlank,
  type: z.enum(LearningType),
  status: z.enum(PlanActionStatus),
  dueOn: day,
  completedAt: instant.nullable(),
  createdAt: instant,
});

const plan = z.strictObject({
  person: email,
  createdAt: instant,
  goals: list(
    z.strictObject({ title: nonBlank, competencyKey: competencyKey.nullable(), competencyName: line.nullable(), position, createdAt: instant, actions: list(planAction) }),
  ),
  /** Actions tied to no goal. */
  actions: list(planAction),
});

const supporter = z.strictObject({
  person: email,
  offersCoaching: z.boolean(),
  offersMentoring: z.boolean(),
  capacity: z.number().int().min(0).max(50),
  about: longText,
  createdAt: instant,
  strengths: list(z.strictObject({ framework: key, competencyKey, competencyName: line }), 200),
});

const relationship = z
  .strictObject({
    kind: z.enum(SupportKind),
    supporter: email,
    leader: email,
    goals: longText,
    startOn: day,
    endOn: day,
    status: z.enum(RelationshipStatus),
    endedAt: instant.nullable(),
    createdBy: personRef,
    createdAt: instant,
    /** Session notes are empty in an "hr" file: they are for the two people in the relationship. */
    sessions: list(z.strictObject({ heldOn: day, notes: longText, author: personRef, createdAt: instant })),
  })
  .refine((value) => value.endOn >= value.startOn, { path: ["endOn"], message: "The end date cannot come before the start date" })
  .refine((value) => value.supporter !== value.leader, { path: ["leader"], message: "Nobody can support themselves" });

const feedbackRequest = z.strictObject({
  requester: email,
  message: longText,
  competencies: storedCompetenciesSchema,
  anonymous: z.boolean(),
  createdAt: instant,
  responses: list(
    z.strictObject({ respondent: email, answers: storedAnswersSchema.nullable(), answeredAt: instant.nullable(), declinedAt: instant.nullable(), createdAt: instant }),
    50,
  ),
});

export const organisationDocumentSchema = z.strictObject({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.literal(DOCUMENT_VERSION),
  exportedAt: instant,
  contents: z.enum(CONTENTS),
  /** What the file leaves out and why, in words (written by the export, ignored by the import). */
  leftOut: list(longText, 20),
  organisation: z.strictObject({ name: nonBlank, timeZone: z.string().refine(isTimeZone, "Name a time zone like Europe/London") }),
  people: records(person),
  jobRoles: records(jobRole),
  frameworks: records(framework),
  charters: records(charter),
  inductionTemplates: records(inductionTemplate),
  mindsetSections: records(mindsetSection),
  cohorts: records(cohort),
  inductions: records(induction),
  reflections: records(reflection),
  assessments: records(assessment),
  conversations: records(conversation),
  openPreparations: records(openPreparation),
  plans: records(plan),
  supporters: records(supporter),
  relationships: records(relationship),
  feedbackRequests: records(feedbackRequest),
});

export type OrganisationDocument = z.output<typeof organisationDocumentSchema>;

/** How the export writes a file: two-space indented, so a person can read and compare it. */
export function serialiseDocument(doc: OrganisationDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
