import type { MatrixEntry } from "./core";

/** Development plans: the leader keeps their own; others read. */
export const PLAN_ENTRIES: Record<string, MatrixEntry> = {};
