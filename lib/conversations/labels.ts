import type { LeadershipTrack } from "@/lib/db/generated/enums";

/** The guided conversation's wording, kept apart from zod so client components stay small. */

export const TRACK_LABELS: Record<LeadershipTrack, string> = {
  UNDECIDED: "Not decided yet",
  PEOPLE_LEADER: "People leader",
  IC_LEADER: "Individual-contributor leader",
};

export const TRACK_DESCRIPTIONS: Record<LeadershipTrack, string> = {
  UNDECIDED: "Both paths stay open for now. Note what would help them decide: a stretch assignment, a conversation with someone on each track.",
  PEOPLE_LEADER: "Leads a team: hires, grows and looks after people, and gets results through them rather than through their own work.",
  IC_LEADER: "Leads through expertise and influence, without reports: sets technical direction across teams, mentors others and shapes the big decisions.",
};

export const TRACKS = ["UNDECIDED", "PEOPLE_LEADER", "IC_LEADER"] as const satisfies readonly LeadershipTrack[];

/** The guided prompts, in the order the conversation usually runs. */
export const PROMPTS = [
  { name: "aspirations", label: "Aspirations", hint: "Where would they like to be in two or three years? What would make the work feel worthwhile?" },
  { name: "strengths", label: "Strengths", hint: "What do they do better than most, in their eyes and in yours? Name an example you both remember." },
  { name: "energisers", label: "What energises them", hint: "Which work has given them energy in the last few weeks, and which has drained it?" },
  { name: "developmentAreas", label: "Development areas", hint: "What would they need to get better at for the next step? One or two things, not a list." },
] as const;

export type PromptName = (typeof PROMPTS)[number]["name"];

export const NEXT_ROLE = { label: "Next role", hint: "The role they would like next, if they know it, for example Engineering Manager or Staff Engineer." };
export const SUPPORT_NEEDED = { label: "Support needed", hint: "What you, HR or the organisation will do to help: stretch work, a coach or mentor, a course, time." };

export const OWNER_CHOICES = ["REPORT", "MANAGER"] as const;
export type OwnerChoice = (typeof OWNER_CHOICES)[number];
