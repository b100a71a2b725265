import type { DateOnly } from "@/lib/inductions/dates";
import {
  actionDueSoonForOwner,
  actionOverdueForManager,
  actionOverdueForOwner,
  conversationOverdueForManager,
  conversationUpcomingForManager,
  conversationUpcomingForReport,
  managerHref,
  REPORT_HREF,
  type Message,
  type Someone,
} from "./messages";
import { actionStage, conversationStage, reminderKey } from "./stages";

/**
 * Which reminders are due today, and to whom. The job's search (candidates.ts) hands over only
 * what may be reminded about: a conversation that is the latest of its report–manager pair,
 * while that manager still manages the report and both are active; an open action of an active
 * report, with the conversation's manager only while they still manage the report.
 */

export type { Someone } from "./messages";

export type ConversationCandidate = {
  organisationId: string;
  conversationId: string;
  nextOn: DateOnly;
  report: Someone;
  manager: Someone;
};

export type ActionCandidate = {
  organisationId: string;
  actionId: string;
  description: string;
  dueOn: DateOnly;
  status: "OPEN" | "DONE";
  report: Someone;
  /** Null when nobody (active) owns it. */
  owner: Someone | null;
  /** The conversation's manager while they still manage the report and are active, else null. */
  currentManager: Someone | null;
};

export type Reminder = Message & { organisationId: string; key: string; recipient: Someone };

export function conversationReminders(candidate: ConversationCandidate, today: DateOnly): Reminder[] {
  const { conversationId, nextOn, report, manager } = candidate;
  const stage = conversationStage(nextOn, today);
  if (!stage || report.id === manager.id) return [];
  const base = { organisationId: candidate.organisationId, key: reminderKey(stage, conversationId, nextOn) };
  if (stage === "conversation-overdue") return [{ ...base, recipient: manager, ...conversationOverdueForManager(report, nextOn) }];
  return [
    { ...base, recipient: manager, ...conversationUpcomingForManager(report, nextOn, today) },
    { ...base, recipient: report, ...conversationUpcomingForReport(manager, nextOn, today) },
  ];
}

export function actionReminders(candidate: ActionCandidate, today: DateOnly): Reminder[] {
  const { actionId, description, dueOn, report, owner, currentManager } = candidate;
  const stage = actionStage(candidate, today);
  if (!stage) return [];
  const base = { organisationId: candidate.organisationId, key: reminderKey(stage, actionId, dueOn) };
  const reminders: Reminder[] = [];
  // An owner who used to manage the report (and no longer does) hears nothing, like any former manager.
  if (owner && (owner.id === report.id || owner.id === currentManager?.id)) {
    const href = owner.id === report.id ? REPORT_HREF : managerHref(report.id);
    const message = stage === "action-overdue" ? actionOverdueForOwner(description, dueOn, href) : actionDueSoonForOwner(description, dueOn, today, href);
    reminders.push({ ...base, recipient: owner, ...message });
  }
  if (stage === "action-overdue" && currentManager && currentManager.id !== owner?.id && currentManager.id !== report.id) {
    reminders.push({ ...base, recipient: currentManager, ...actionOverdueForManager(report, description, dueOn) });
  }
  return reminders;
}
