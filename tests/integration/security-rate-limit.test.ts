import { randomUUID } from "node:crypto";
import { subMinutes } from "date-fns";
import type { Pool } from "pg";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  isSignInLocked,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_EMAIL,
  recordSignInAttempt,
  SIGN_IN_WINDOW_MINUTES,
} from "@/lib/auth/rate-limit";

const newEmail = () => `${randomUUID()}@example.test`;
const newAddress = () => `address-${randomUUID()}`;

async function fail(email: string, address: string | null, times: number) {
  for (let attempt = 0; attempt < times; attempt++) await recordSignInAttempt(email, address, false);
}

/**
 * What a restart loses: the process's connection pool, its Prisma client and every module's
 * state. The rate limiter is loaded afresh on a new pool, as a new server process would.
 */
async function restartedRateLimit() {
  const process = globalThis as unknown as { prisma?: unknown; pgPool?: Pool };
  await process.pgPool?.end();
  delete process.prisma;
  delete process.pgPool;
  vi.resetModules();
  return import("@/lib/auth/rate-limit");
}

describe("sign-in rate limiting", () => {
  it(`locks an email after ${MAX_FAILURES_PER_EMAIL} failures in ${SIGN_IN_WINDOW_MINUTES} minutes, from any address`, async () => {
    const email = newEmail();
    await fail(email, null, MAX_FAILURES_PER_EMAIL - 1);
    expect(await isSignInLocked(email, null)).toBe(false);
    await fail(email, null, 1);
    expect(await isSignInLocked(email, null)).toBe(true);
    expect(await isSignInLocked(email, newAddress())).toBe(true);
    expect(await isSignInLocked(newEmail(), null)).toBe(false);
  });

  it("forgets failures older than the window", async () => {
    const email = newEmail();
    const longAgo = subMinutes(new Date(), SIGN_IN_WINDOW_MINUTES + 1);
    await db.signInAttempt.createMany({ data: Array.from({ length: MAX_FAILURES_PER_EMAIL }, () => ({ key: `email:${email}`, succeeded: false, createdAt: longAgo })) });
    expect(await isSignInLocked(email, null)).toBe(false);
  });

  it("clears an email's failures when the right password is given before the lock", async () => {
    const email = newEmail();
    await fail(email, null, MAX_FAILURES_PER_EMAIL - 1);
    await recordSignInAttempt(email, null, true);
    await fail(email, null, 1);
    expect(await isSignInLocked(email, null)).toBe(false);
  });

  it(`locks an address after ${MAX_FAILURES_PER_ADDRESS} failures across emails, and only that address`, async () => {
    const address = newAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await fail(newEmail(), address, 1);
    expect(await isSignInLocked(newEmail(), address)).toBe(true);
    expect(await isSignInLocked(newEmail(), newAddress())).toBe(false);
    // An unknown address (no trusted proxy) never shares one bucket with everyone else.
    expect(await isSignInLocked(newEmail(), null)).toBe(false);
  });

  it("keeps a lockout across a restart: the counts live in the database", async () => {
    const email = newEmail();
    const address = newAddress();
    await fail(email, address, MAX_FAILURES_PER_EMAIL);
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await fail(newEmail(), address, 1);

    const restarted = await restartedRateLimit();
    expect(await restarted.isSignInLocked(email, null)).toBe(true);
    expect(await restarted.isSignInLocked(newEmail(), address)).toBe(true);
    expect(await restarted.isSignInLocked(newEmail(), null)).toBe(false);
  });
});
