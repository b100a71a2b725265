import type { Contents } from "./document";

/**
 * What an organisation file leaves out, and why: written into every file (its `leftOut`) and
 * shown on HR's organisation page, so the two never disagree.
 */
const ALWAYS_LEFT_OUT = [
  "Passwords, sign-in sessions and sign-in attempts: imported people sign in with single sign-on, or with a temporary password set for them after the import.",
  "Managers' private conversation notes and the log of who opened them: a private note is its author's, and HR reads one only with a reason the employee sees. Keep the source database (a pg_dump backup) for them.",
  "The audit log: it records what happened in the installation the file came from, and stays there. The import writes one audit event of its own.",
  "Notifications and the record of reminders sent: reminders that are due start again in the new installation.",
];

const KEPT_FROM_HR = [
  "Reflections, coaching and mentoring session notes (the sessions and their dates are in), feedback requests and answers, and preparation notes not yet attached to a conversation: the app keeps them from HR, so HR's download leaves them out. An operator's export (npm run org:export) includes them.",
];

export function leftOutOf(contents: Contents): string[] {
  return contents === "hr" ? [...ALWAYS_LEFT_OUT, ...KEPT_FROM_HR] : ALWAYS_LEFT_OUT;
}
