import { expect } from "vitest";
import { MESSAGES } from "@/lib/actions/define-action";
import { changes, snapshotDatabase } from "@/tests/support/database-snapshot";
import { toFormData, type MatrixEntry } from "./core";

/** Signing in and out. */
export const SIGN_IN_ENTRIES: Record<string, MatrixEntry> = {
  "app/(auth)/sign-in/actions.ts#signInWithPassword": {
    type: "public",
    reason:
      "Signing in is what a signed-out person does. It checks the input, then hands over to Auth.js's credentials provider, which rate-limits by email and address and compares argon2 hashes.",
    async check(endpoint) {
      const signIn = endpoint as (previous: null, form: unknown) => Promise<unknown>;
      const before = await snapshotDatabase();
      expect(await signIn(null, toFormData({ email: "not an email", password: "" }))).toMatchObject({
        ok: false,
        message: MESSAGES.invalid,
        fieldErrors: { email: [expect.any(String)], password: [expect.any(String)] },
      });
      expect(await signIn(null, toFormData({ email: "a@example.test", password: "x".repeat(201), callbackUrl: "/".repeat(501) }))).toMatchObject({
        ok: false,
        fieldErrors: { password: [expect.any(String)], callbackUrl: [expect.any(String)] },
      });
      expect(await signIn(null, null)).toMatchObject({ ok: false, message: MESSAGES.invalid });
      // Rejected before Auth.js is asked: no sign-in attempt is recorded, nothing is written.
      expect(changes(before, await snapshotDatabase())).toEqual([]);
      // Valid input reaches Auth.js's signIn (a no-op stub here; the real one redirects or throws CredentialsSignin).
      expect(await signIn(null, toFormData({ email: "someone@example.test", password: "any password" }))).toEqual({ ok: true });
    },
  },

  "app/(auth)/sign-in/actions.ts#signInWithSso": {
    type: "public",
    reason: "Starts the single sign-on redirect for a signed-out person; it takes no input and reads or writes nothing itself.",
    async check(endpoint) {
      const before = await snapshotDatabase();
      await expect((endpoint as () => Promise<unknown>)()).resolves.toBeUndefined();
      expect(changes(before, await snapshotDatabase())).toEqual([]);
    },
  },

  "app/api/auth/[...nextauth]/route.ts#GET": {
    type: "public",
    reason:
      "Auth.js's own endpoints (providers, CSRF token, session, OIDC callback). They guard themselves with CSRF tokens and signed, HttpOnly cookies. Integration tests replace @/lib/auth with a stub, so the handler is not callable here.",
  },

  "app/api/auth/[...nextauth]/route.ts#POST": {
    type: "public",
    reason:
      "Auth.js's credentials and OIDC sign-in and sign-out endpoints (CSRF-protected; credentials are rate-limited in lib/auth). Integration tests replace @/lib/auth with a stub, so the handler is not callable here.",
  },

  "app/(app)/actions.ts#signOutAction": {
    type: "sign-out",
    access: "signed-in",
    reason: "Ends the caller's own session. Signing out while already signed out is harmless, so it checks no session; it must never write anything.",
  },
};
