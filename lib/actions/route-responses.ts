import "server-only";
import { hasAnyRole } from "@/lib/auth/hats";
import { getCurrentPerson, type SessionPerson } from "@/lib/auth/session";
import type { AppRole } from "@/lib/db/generated/enums";
import { MESSAGES } from "./define-action";

/** A route handler's refusal or error: a sentence as plain text, never cached. */
export function plainResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * The signed-in person a route handler (a download) answers, or the response to send instead:
 * 401 when signed out, 403 with `refusal` when they wear none of the `roles` (when given).
 */
export async function routePerson(access?: { roles: AppRole[]; refusal: string }): Promise<SessionPerson | Response> {
  const person = await getCurrentPerson();
  if (!person) return plainResponse(401, MESSAGES.signedOut);
  if (access && !hasAnyRole(person.roles, access.roles)) return plainResponse(403, access.refusal);
  return person;
}
