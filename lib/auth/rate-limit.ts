import "server-only";
import { subMinutes } from "date-fns";
import { db } from "@/lib/db/client";

export const SIGN_IN_WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_ADDRESS = 30;

function keysFor(email: string, address: string) {
  return { emailKey: `email:${email}`, addressKey: `ip:${address}` };
}

/** True when recent failed sign-ins for this email or this address exceed the limit. */
export async function isSignInLocked(email: string, address: string): Promise<boolean> {
  const { emailKey, addressKey } = keysFor(email, address);
  const since = subMinutes(new Date(), SIGN_IN_WINDOW_MINUTES);
  const [byEmail, byAddress] = await Promise.all([
    db.signInAttempt.count({ where: { key: emailKey, succeeded: false, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { key: addressKey, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return byEmail >= MAX_FAILURES_PER_EMAIL || byAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordSignInAttempt(email: string, address: string, succeeded: boolean) {
  const { emailKey, addressKey } = keysFor(email, address);
  if (succeeded) {
    // A good password clears the email's failures; the address keeps its count.
    await db.signInAttempt.deleteMany({ where: { key: emailKey, succeeded: false } });
    return;
  }
  await db.signInAttempt.createMany({
    data: [
      { key: emailKey, succeeded: false },
      { key: addressKey, succeeded: false },
    ],
  });
}
