import type { ListSection, TextSection } from "./document";

type SectionLabel = { title: string; hint: string };

/** What each charter section is called and what belongs in it. */
export const SECTION_LABELS: Record<TextSection | ListSection, SectionLabel> = {
  purpose: { title: "Purpose", hint: "Why the role exists, in a sentence or two." },
  accountabilities: { title: "Accountabilities", hint: "What the person in the role answers for." },
  decisionRights: { title: "Decision rights", hint: "What they decide alone, what they decide with others, and what they escalate." },
  keyRelationships: { title: "Key relationships", hint: "The people and groups the role must work well with, and why." },
  successMeasures: { title: "Success measures", hint: "How the person and their manager will know the role is going well." },
  expectations: { title: "Expectations of the role", hint: "How the organisation expects the role to be done." },
  support: { title: "Support available", hint: "Coaching, mentoring, courses and people to ask." },
  individualCommitments: { title: "What the individual will do", hint: "The new leader's side of the deal." },
  organisationCommitments: { title: "What the organisation will do", hint: "The organisation's side of the deal: what it owes the new leader." },
  leadership: { title: "Leading in this role", hint: "Setting direction, building trust, growing people." },
  management: { title: "Managing in this role", hint: "Planning, organising, running the work and its processes." },
};
