import type { MatrixEntry } from "./core";

/** Feedback on competencies: the leader asks named colleagues; they answer. */
export const FEEDBACK_ENTRIES: Record<string, MatrixEntry> = {};
