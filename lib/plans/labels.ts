import type { LearningType, PlanActionStatus } from "@/lib/db/generated/enums";

/** How the plan names the three kinds of learning and the state of an action, kept apart from zod so client components stay small. */

export const LEARNING_TYPES = ["EXPERIENCE", "PEOPLE", "FORMAL"] as const satisfies readonly LearningType[];

export const ACTION_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE"] as const satisfies readonly PlanActionStatus[];

export const LEARNING_TYPE_LABELS: Record<LearningType, { label: string; short: string; hint: string }> = {
  EXPERIENCE: {
    label: "Learning by doing",
    short: "Doing",
    hint: "Stretch work in the job itself: a project, a responsibility or a problem you have not owned before. The bulk of a good plan, about 70%.",
  },
  PEOPLE: {
    label: "Learning from other people",
    short: "From others",
    hint: "Coaching, mentoring, asking for feedback, watching someone who does it well. About 20% of a good plan.",
  },
  FORMAL: {
    label: "Courses and reading",
    short: "Courses",
    hint: "A course, a workshop, a book or a programme: useful to give the doing a frame, about 10% of a good plan.",
  },
};

export const ACTION_STATUS_LABELS: Record<PlanActionStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  DONE: "Done",
};
