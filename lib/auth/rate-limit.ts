import "server-only";
import { subMinutes } from "date-fns";
import { db } from "@/lib/db/client";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

// Counted in the database, not in memory, so a restart or another instance keeps them.
function failuresSince(key: string, since: Date) {
  return db.signInAttempt.count({ where: { key, succeeded: false, createdAt: { gte: since } } });
}

/**
 * True when recent failed sign-ins for this email, or from this address, reach the limit.
 * The address is null when it cannot be trusted (lib/auth/client-address.ts): then only the
 * email counts, since one shared bucket would let anyone lock everyone out.
 */
export async function isSignInLocked(email: string, address: string | null): Promise<boolean> {
  const since = subMinutes(new Date(), SIGN_IN_WINDOW_MINUTES);
  const [byEmail, byAddress] = await Promise.all([failuresSince(`email:${email}`, since), address ? failuresSince(`ip:${address}`, since) : 0]);
  return byEmail >= MAX_FAILURES_PER_EMAIL || byAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordSignInAttempt(email: string, address: string | null, succeeded: boolean) {
  const emailKey = `email:${email}`;
  if (succeeded) {
    // A good password clears the email's failures; the address keeps its count.
    await db.signInAttempt.deleteMany({ where: { key: emailKey, succeeded: false } });
    return;
  }
  await db.signInAttempt.createMany({
    data: [{ key: emailKey, succeeded: false }, ...(address ? [{ key: `ip:${address}`, succeeded: false }] : [])],
  });
}
