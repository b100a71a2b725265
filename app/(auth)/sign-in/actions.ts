"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { SIGN_IN_WINDOW_MINUTES } from "@/lib/auth/rate-limit";
import { signInSchema } from "@/lib/auth/schemas";
import { isDatabaseUnavailable } from "@/lib/actions/database-unavailable";
import { formDataToObject } from "@/lib/actions/form-data";
import { MESSAGES } from "@/lib/actions/define-action";
import type { ActionResult, ActionState } from "@/lib/actions/result";

/** Only same-site paths: never redirect a person to another host after sign-in. */
function safeDestination(callbackUrl: string | undefined): string {
  if (!callbackUrl || !callbackUrl.startsWith("/") || callbackUrl.startsWith("//") || callbackUrl.includes("\\")) return "/";
  return callbackUrl;
}

export async function signInWithPassword(_previous: ActionState, formData: FormData): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(formData instanceof FormData ? formDataToObject(formData) : formData);
  if (!parsed.success) {
    return { ok: false, message: MESSAGES.invalid, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirectTo: safeDestination(callbackUrl) });
    return { ok: true };
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { ok: false, message: `Too many failed attempts for this account. Wait ${SIGN_IN_WINDOW_MINUTES} minutes, then try again.` };
    }
    // Auth.js reports a database it could not reach as a failed sign-in; say what happened instead.
    if (isDatabaseUnavailable(error)) return { ok: false, message: "We could not reach the database to check your details. Please try again in a moment." };
    if (error instanceof AuthError) {
      return { ok: false, message: "That email and password do not match an active account." };
    }
    throw error;
  }
}

export async function signInWithSso(): Promise<void> {
  await signIn("sso", { redirectTo: "/" });
}
