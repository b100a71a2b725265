import "server-only";
import { db } from "@/lib/db/client";
import { configuredMailer, type Mailer } from "@/lib/email/mailer";
import { getEnv } from "@/lib/env";
import { notify } from "@/lib/notifications/commands";
import { findActionCandidates, findConversationCandidates, organisationDays } from "./candidates";
import { actionReminders, conversationReminders, type Reminder } from "./due";
import { reminderMail } from "./messages";

export type ReminderRun = { reminders: number; emails: number };

/** Every reminder due at `now`, in every organisation (some may have been delivered already). */
async function dueReminders(now: Date): Promise<Reminder[]> {
  const days = await organisationDays(now);
  const conversations = await findConversationCandidates(days);
  const actions = await findActionCandidates(days);
  return [...conversations.flatMap((c) => conversationReminders(c, c.today)), ...actions.flatMap((a) => actionReminders(a, a.today))];
}

const deliveryId = (key: string, recipientId: string) => `${key}\n${recipientId}`;

/**
 * Records the organisation's reminders as delivered and notifies, in one transaction, only the
 * recipients whose delivery row this call inserted: a second run, on this instance or another,
 * inserts nothing (the unique key + recipient) and so notifies nobody twice.
 */
async function deliver(organisationId: string, reminders: Reminder[]): Promise<Reminder[]> {
  const unique = [...new Map(reminders.map((reminder) => [deliveryId(reminder.key, reminder.recipient.id), reminder])).values()];
  return db.$transaction(async (tx) => {
    const inserted = await tx.reminderDelivery.createManyAndReturn({
      data: unique.map((reminder) => ({ organisationId, key: reminder.key, recipientId: reminder.recipient.id })),
      skipDuplicates: true,
      select: { key: true, recipientId: true },
    });
    const fresh = new Set(inserted.map((row) => deliveryId(row.key, row.recipientId)));
    const delivered = unique.filter((reminder) => fresh.has(deliveryId(reminder.key, reminder.recipient.id)));
    for (const { recipient, title, body, href } of delivered) await notify(tx, organisationId, [recipient.id], { title, body, href });
    return delivered;
  });
}

/**
 * The reminder job: notifies everyone of what is due at `now` and has not been reminded of
 * yet, then emails the same reminders when a mailer is configured (`mailer: null` sends none;
 * left out, SMTP_URL decides). One organisation failing does not stop the others; the run then
 * throws at the end so that pg-boss retries it (which only delivers what is still missing).
 */
export async function sendDueReminders(now: Date = new Date(), options: { mailer?: Mailer | null } = {}): Promise<ReminderRun> {
  const mailer = options.mailer === undefined ? configuredMailer() : options.mailer;
  const appUrl = getEnv().APP_URL;
  const byOrganisation = new Map<string, Reminder[]>();
  for (const reminder of await dueReminders(now)) {
    const list = byOrganisation.get(reminder.organisationId);
    if (list) list.push(reminder);
    else byOrganisation.set(reminder.organisationId, [reminder]);
  }

  const run: ReminderRun = { reminders: 0, emails: 0 };
  const failed: string[] = [];
  for (const [organisationId, reminders] of byOrganisation) {
    let delivered: Reminder[];
    try {
      delivered = await deliver(organisationId, reminders);
    } catch (error) {
      console.warn(`Reminders for organisation ${organisationId} were not delivered: ${error instanceof Error ? error.message : String(error)}`);
      failed.push(organisationId);
      continue;
    }
    run.reminders += delivered.length;
    if (!mailer) continue;
    for (const reminder of delivered) {
      if (await mailer.send(reminderMail(reminder, reminder.recipient, appUrl))) run.emails += 1;
    }
  }
  if (failed.length > 0) throw new Error(`Reminders failed for ${failed.length} organisation(s); the job will retry them.`);
  return run;
}
