import type { MatrixEntry } from "./core";

/** Career conversations: the manager logs them; the report prepares and reads the shared part; HR opens private notes only with a reason. */
export const CONVERSATION_ENTRIES: Record<string, MatrixEntry> = {};
