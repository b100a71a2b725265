import type { MatrixEntry } from "./core";

/** The coaching and mentoring bench, matching, relationships and their sessions. */
export const COACHING_ENTRIES: Record<string, MatrixEntry> = {};
