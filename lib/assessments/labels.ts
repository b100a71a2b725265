import type { AssessmentKind, AssessmentMoment } from "@/lib/db/generated/enums";

export const KIND_LABELS: Record<AssessmentKind, string> = {
  SELF: "Self-assessment",
  MANAGER: "Manager's assessment",
};

export const MOMENT_LABELS: Record<AssessmentMoment, string> = {
  START: "Start of the induction",
  END: "End of the induction",
  ON_DEMAND: "Check-in",
};

/** How the form offers each moment. */
export const MOMENT_CHOICES: Record<AssessmentMoment, { label: string; hint: string }> = {
  START: { label: "Start of the induction", hint: "Where things stand as the new role begins. Recorded once per induction." },
  END: { label: "End of the induction", hint: "Where things stand as the induction finishes, to compare with the start. Recorded once per induction." },
  ON_DEMAND: { label: "Check-in", hint: "A look at progress at any time, as often as is useful." },
};
