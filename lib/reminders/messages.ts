import { daysBetween, type DateOnly } from "@/lib/inductions/dates";
import { formatDay } from "@/lib/inductions/item-labels";

/** What each reminder says, and where it leads: the report's own page, or the manager's page about that report. */

export type Someone = { id: string; name: string; email: string };
export type Message = { title: string; body: string; href: string };

const DESCRIPTION_LIMIT = 160;

export const REPORT_HREF = "/me/conversations";

export function managerHref(reportId: string): string {
  return `/team/${reportId}/conversations`;
}

/** "today", "tomorrow" or "on 12 March 2031". */
function when(day: DateOnly, today: DateOnly): string {
  const days = daysBetween(today, day);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  return `on ${formatDay(day)}`;
}

function quoted(description: string): string {
  const text = description.trim();
  return `“${text.length > DESCRIPTION_LIMIT ? `${text.slice(0, DESCRIPTION_LIMIT - 1).trimEnd()}…` : text}”`;
}

export function conversationUpcomingForManager(report: Someone, nextOn: DateOnly, today: DateOnly): Message {
  return {
    title: `Career conversation with ${report.name} coming up`,
    body: `Your next career conversation with ${report.name} is due ${when(nextOn, today)}. Look back at what you agreed last time, and set a time if you have not yet.`,
    href: managerHref(report.id),
  };
}

export function conversationUpcomingForReport(manager: Someone, nextOn: DateOnly, today: DateOnly): Message {
  return {
    title: "Your next career conversation is coming up",
    body: `Your next career conversation with ${manager.name} is due ${when(nextOn, today)}. You can note beforehand what you would like to talk about.`,
    href: REPORT_HREF,
  };
}

export function conversationOverdueForManager(report: Someone, nextOn: DateOnly): Message {
  return {
    title: `Career conversation with ${report.name} is overdue`,
    body: `It was due on ${formatDay(nextOn)}. Set a time with ${report.name}, or log the conversation if you have already had it.`,
    href: managerHref(report.id),
  };
}

export function actionDueSoonForOwner(description: string, dueOn: DateOnly, today: DateOnly, href: string): Message {
  return {
    title: `Agreed action due ${when(dueOn, today)}`,
    body: `${quoted(description)} is due ${when(dueOn, today)}. Mark it as done once you have finished it.`,
    href,
  };
}

export function actionOverdueForOwner(description: string, dueOn: DateOnly, href: string): Message {
  return {
    title: "Agreed action overdue",
    body: `${quoted(description)} was due on ${formatDay(dueOn)}. Mark it as done once you have finished it.`,
    href,
  };
}

export function actionOverdueForManager(report: Someone, description: string, dueOn: DateOnly): Message {
  return {
    title: `An action agreed with ${report.name} is overdue`,
    body: `${quoted(description)}, agreed in a career conversation with ${report.name}, was due on ${formatDay(dueOn)} and is still open.`,
    href: managerHref(report.id),
  };
}

/** The email twin of a reminder: a link to the app when APP_URL says where it lives, else the path. */
export function reminderMail(message: Message, to: Someone, appUrl: string | undefined) {
  const where = appUrl ? `Open it in the app: ${new URL(message.href, appUrl).toString()}` : `You will find it in the app at ${message.href}`;
  return { to: to.email, subject: message.title, text: `Hello ${to.name},\n\n${message.body}\n\n${where}\n` };
}
