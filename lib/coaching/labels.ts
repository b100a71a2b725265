import type { SupportKind } from "@/lib/db/generated/enums";

/** How the app names and explains the two kinds of support, in our own words. */

export const SUPPORT_KINDS = ["COACHING", "MENTORING"] as const satisfies readonly SupportKind[];

export const KIND_LABELS: Record<SupportKind, string> = { COACHING: "Coaching", MENTORING: "Mentoring" };

/** What the supporter is called: "coach", "mentor". */
export const SUPPORTER_NOUNS: Record<SupportKind, string> = { COACHING: "coach", MENTORING: "mentor" };

/** What the supporter does to the leader: "coaches", "mentors". */
export const SUPPORT_VERBS: Record<SupportKind, string> = { COACHING: "coaches", MENTORING: "mentors" };

export const KIND_DESCRIPTIONS: Record<SupportKind, string> = {
  COACHING: "Helps the leader find their own answers through questions and reflection, usually over a set number of sessions.",
  MENTORING: "Shares the mentor's own experience and advice, usually over a longer, looser relationship.",
};

