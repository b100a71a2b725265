import { addDays, type DateOnly } from "@/lib/inductions/dates";

/** When career conversations fall due: the next one defaults to a quarter after the last. */

export const NEXT_CONVERSATION_DAYS = 90;

export function defaultNextConversationOn(heldOn: DateOnly): DateOnly {
  return addDays(heldOn, NEXT_CONVERSATION_DAYS);
}

/** Field errors for a conversation's days: held today or earlier, the next one after it. */
export function conversationDateErrors(heldOn: DateOnly, nextConversationOn: DateOnly, today: DateOnly): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (heldOn > today) errors.heldOn = ["Log a conversation once it has happened: the day cannot be in the future"];
  if (nextConversationOn <= heldOn) errors.nextConversationOn = ["Choose a day after this conversation for the next one"];
  return errors;
}

/** Where someone's career conversations stand: never had one, the next one overdue, or due. */
export type ConversationStanding = { kind: "none" } | { kind: "overdue"; nextOn: DateOnly } | { kind: "due"; nextOn: DateOnly };

export function conversationStanding(nextOn: DateOnly | null, today: DateOnly): ConversationStanding {
  if (nextOn === null) return { kind: "none" };
  return nextOn < today ? { kind: "overdue", nextOn } : { kind: "due", nextOn };
}

/** An agreed action is overdue once its due day has passed and it is still open. */
export function isActionOverdue(action: { status: "OPEN" | "DONE"; dueOn: DateOnly }, today: DateOnly): boolean {
  return action.status === "OPEN" && action.dueOn < today;
}

/** A newly agreed action falls due today or later. */
export function actionDueError(dueOn: DateOnly, today: DateOnly): string | null {
  return dueOn < today ? "Choose a due day from today onwards" : null;
}
