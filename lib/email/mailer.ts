import nodemailer from "nodemailer";
import { getEnv, type Env } from "@/lib/env";

/**
 * Email is optional: with no SMTP_URL there is no mailer and nothing tries to send. A mailer
 * never throws: a mail that cannot be sent is logged and reported as not sent, so a mail
 * server being down never fails the job that sends (its in-app notification stands).
 */

export type Mail = { to: string; subject: string; text: string };
export type Mailer = { send(mail: Mail): Promise<boolean> };
/** The part of a nodemailer transport we use; tests pass jsonTransport or streamTransport. */
export type MailTransport = { sendMail(mail: Mail & { from: string }): Promise<unknown> };

export function createMailer(transport: MailTransport, from: string): Mailer {
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from, ...mail });
        return true;
      } catch (error) {
        console.warn(`An email (“${mail.subject}”) was not sent: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      }
    },
  };
}

/** A mailer over SMTP_URL, or null when email is not configured. */
export function mailerFromSettings(settings: Pick<Env, "SMTP_URL" | "SMTP_FROM">): Mailer | null {
  if (!settings.SMTP_URL) return null;
  return createMailer(nodemailer.createTransport(settings.SMTP_URL), settings.SMTP_FROM);
}

const globalForMail = globalThis as unknown as { mailer?: Mailer | null };

/** The process's mailer from the environment (created once; null without SMTP_URL). */
export function configuredMailer(): Mailer | null {
  if (globalForMail.mailer === undefined) globalForMail.mailer = mailerFromSettings(getEnv());
  return globalForMail.mailer;
}
