/**
 * What an audit event's `entityType` names: how the log labels it, how the database finds its
 * name and the person it belongs to, and where HR opens it. SQL fragments here are constants,
 * never user input; the queries (log-queries.ts) only ever pass ids as parameters.
 */

export type ObjectKind = {
  label: string;
  table: string;
  /** SQL over the alias `t`: what the log shows as the object's name. */
  name: string;
  /** The column holding the organisation's id (the Organisation table is its own tenant). */
  tenant?: string;
  /** The column naming the person the object belongs to: an event about it is about them. */
  owner?: string;
  /** SQL over `t`: the id the link needs besides the object's own (a charter's job role). */
  parent?: string;
  /** Where HR opens the object; none when HR has no page for it. */
  href?: (id: string, parent: string | null) => string;
};

const personName = (column: string) => `(SELECT p."name" FROM "Person" p WHERE p."id" = t."${column}")`;
const ownedBy = (column: string) => ({ name: personName(column), owner: column, parent: `t."${column}"` });

export const OBJECT_KINDS = {
  Person: { label: "Person", table: "Person", name: `t."name"`, owner: "id", href: (id) => `/hr/people/${id}` },
  JobRole: { label: "Job role", table: "JobRole", name: `t."title"`, href: (id) => `/hr/roles/${id}` },
  Framework: { label: "Framework", table: "Framework", name: `t."name"`, href: (id) => `/hr/frameworks/${id}` },
  Charter: {
    label: "Charter",
    table: "Charter",
    name: `(SELECT r."title" FROM "JobRole" r WHERE r."id" = t."jobRoleId")`,
    parent: `t."jobRoleId"`,
    href: (_id, jobRoleId) => `/hr/roles/${jobRoleId}/charter`,
  },
  InductionTemplate: { label: "Induction template", table: "InductionTemplate", name: `t."name"`, href: (id) => `/hr/inductions/${id}` },
  MindsetSection: { label: "Mindset-shift section", table: "MindsetSection", name: `t."title"`, href: (id) => `/hr/inductions/library/${id}` },
  Induction: { label: "Induction", table: "Induction", ...ownedBy("personId"), href: (id) => `/hr/enrolments/${id}` },
  DevelopmentPlan: { label: "Development plan", table: "DevelopmentPlan", ...ownedBy("personId"), href: (_id, personId) => `/hr/people/${personId}/plan` },
  Conversation: { label: "Career conversation", table: "Conversation", ...ownedBy("personId"), href: (_id, personId) => `/hr/people/${personId}/conversations` },
  ConversationPreparation: {
    label: "Conversation preparation",
    table: "ConversationPreparation",
    ...ownedBy("personId"),
    href: (_id, personId) => `/hr/people/${personId}/conversations`,
  },
  Assessment: { label: "Assessment", table: "Assessment", ...ownedBy("subjectId"), href: (_id, personId) => `/hr/people/${personId}` },
  SupporterProfile: { label: "Coach or mentor", table: "SupporterProfile", ...ownedBy("personId"), href: (id) => `/hr/coaching/bench/${id}` },
  SupportRelationship: { label: "Coaching or mentoring", table: "SupportRelationship", ...ownedBy("leaderId"), href: () => "/hr/coaching" },
  FeedbackRequest: { label: "Feedback request", table: "FeedbackRequest", ...ownedBy("requesterId") },
  Organisation: { label: "Organisation", table: "Organisation", name: `t."name"`, tenant: "id" },
} as const satisfies Record<string, ObjectKind>;

export type EntityType = keyof typeof OBJECT_KINDS;

export function isEntityType(value: string): value is EntityType {
  return Object.hasOwn(OBJECT_KINDS, value);
}

export const PRIVATE_NOTE_OPENED = "conversation.private-note.opened";

/**
 * The object types HR filters the log by. An event is of a type when its entity type is one
 * of `entityTypes` or its action starts with one of `actionPrefixes` (organisation-wide events
 * such as imports and exports), and its action is not in `exceptActions`.
 */
export type ObjectTypeFilter = {
  label: string;
  entityTypes?: readonly EntityType[];
  actions?: readonly string[];
  actionPrefixes?: readonly string[];
  exceptActions?: readonly string[];
};

export const OBJECT_TYPES = {
  frameworks: { label: "Frameworks", entityTypes: ["Framework"] },
  charters: { label: "Charters", entityTypes: ["Charter"] },
  inductions: { label: "Inductions and their templates", entityTypes: ["InductionTemplate", "MindsetSection", "Induction"], actionPrefixes: ["inductions."] },
  plans: { label: "Development plans", entityTypes: ["DevelopmentPlan"] },
  "private-notes": { label: "Readings of private notes", actions: [PRIVATE_NOTE_OPENED] },
  conversations: { label: "Career conversations", entityTypes: ["Conversation", "ConversationPreparation"], exceptActions: [PRIVATE_NOTE_OPENED] },
  people: { label: "People, their imports and exports", entityTypes: ["Person"], actionPrefixes: ["people."] },
  roles: { label: "Job roles", entityTypes: ["JobRole"] },
  assessments: { label: "Assessments", entityTypes: ["Assessment"] },
  coaching: { label: "Coaching and mentoring", entityTypes: ["SupporterProfile", "SupportRelationship"] },
  feedback: { label: "Feedback", entityTypes: ["FeedbackRequest"] },
  audit: { label: "Audit log exports", actionPrefixes: ["audit."] },
} as const satisfies Record<string, ObjectTypeFilter>;

export type ObjectType = keyof typeof OBJECT_TYPES;

export const OBJECT_TYPE_KEYS = Object.keys(OBJECT_TYPES) as [ObjectType, ...ObjectType[]];

/** Whether an event falls under a type filter: the same rule the query applies, for tests and checks. */
export function isOfType(type: ObjectType, event: { entityType: string; action: string }): boolean {
  const filter: ObjectTypeFilter = OBJECT_TYPES[type];
  if (filter.exceptActions?.includes(event.action)) return false;
  return (
    (filter.entityTypes as readonly string[] | undefined)?.includes(event.entityType) === true ||
    filter.actions?.includes(event.action) === true ||
    filter.actionPrefixes?.some((prefix) => event.action.startsWith(prefix)) === true
  );
}
