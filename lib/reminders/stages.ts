import { conversationStanding, isActionOverdue } from "@/lib/conversations/dates";
import { addDays, type DateOnly } from "@/lib/inductions/dates";

/**
 * When a career conversation or an agreed action deserves a reminder, counted in the
 * organisation's calendar days: "today" is todayIn(organisation's time zone).
 */

/** A conversation is "coming up" from this many days before its day, the day itself included. */
export const CONVERSATION_NOTICE_DAYS = 7;
/** An open action is "due soon" from this many days before its due day, the day itself included. */
export const ACTION_NOTICE_DAYS = 3;
/**
 * Something overdue for longer than this gets no first reminder (after the job was off for
 * weeks, or for old imported data): its pages list it as overdue anyway, and it keeps the
 * job's search to a window of days instead of everything ever overdue.
 */
export const OVERDUE_LOOKBACK_DAYS = 28;

export type ConversationStage = "conversation-upcoming" | "conversation-overdue";
export type ActionStage = "action-due-soon" | "action-overdue";
export type ReminderStage = ConversationStage | ActionStage;

function inLookback(day: DateOnly, today: DateOnly): boolean {
  return day >= addDays(today, -OVERDUE_LOOKBACK_DAYS);
}

export function conversationStage(nextOn: DateOnly, today: DateOnly): ConversationStage | null {
  if (conversationStanding(nextOn, today).kind === "overdue") return inLookback(nextOn, today) ? "conversation-overdue" : null;
  return nextOn <= addDays(today, CONVERSATION_NOTICE_DAYS) ? "conversation-upcoming" : null;
}

export function actionStage(action: { status: "OPEN" | "DONE"; dueOn: DateOnly }, today: DateOnly): ActionStage | null {
  if (action.status !== "OPEN") return null;
  if (isActionOverdue(action, today)) return inLookback(action.dueOn, today) ? "action-overdue" : null;
  return action.dueOn <= addDays(today, ACTION_NOTICE_DAYS) ? "action-due-soon" : null;
}

/** The days the job searches: every day that can have a stage today (stages decide the rest). */
export function searchWindow(today: DateOnly) {
  return {
    from: addDays(today, -OVERDUE_LOOKBACK_DAYS),
    conversationsTo: addDays(today, CONVERSATION_NOTICE_DAYS),
    actionsTo: addDays(today, ACTION_NOTICE_DAYS),
  };
}

/**
 * What makes a reminder the same reminder: its stage, its subject and the day it is about. A
 * delivery is recorded per key and recipient, so each stage reaches each person once, and a
 * moved date (a rescheduled conversation) is reminded about afresh.
 */
export function reminderKey(stage: ReminderStage, subjectId: string, day: DateOnly): string {
  return `${stage}:${subjectId}:${day}`;
}
