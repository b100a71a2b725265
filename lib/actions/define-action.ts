import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getCurrentPerson, type SessionPerson } from "@/lib/auth/session";
import { hasAnyRole } from "@/lib/auth/hats";
import type { AppRole } from "@/lib/db/generated/enums";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/db/errors";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./database-unavailable";
import { formDataToObject } from "./form-data";
import type { ActionResult } from "./result";

type Access = readonly AppRole[] | "signed-in";

type ActionConfig<S extends z.ZodType, R> = {
  /** Which hats may call the action; "signed-in" means any active person. */
  access: Access;
  schema: S;
  /** Paths to revalidate after success; may depend on the input or the result. */
  revalidate?: string[] | ((input: z.output<S>, result: R) => string[]);
  /** Message shown on success. */
  success?: string | ((result: R) => string);
  /** Where to send the person after success, instead of staying on the form. */
  redirectTo?: (result: R) => string;
};

export const MESSAGES = {
  signedOut: "Your session has ended. Please sign in again.",
  forbidden: "You do not have permission to do that.",
  invalid: "Please correct the highlighted fields.",
} as const;

function describeFailure(error: unknown): ActionResult<never> {
  if (error instanceof InvalidError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof NotFoundError || error instanceof ConflictError || error instanceof ForbiddenError) {
    return { ok: false, message: error.message };
  }
  if (isDatabaseUnavailable(error)) {
    console.warn(`[action] the database could not be reached: ${error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error)}`);
    return { ok: false, message: DATABASE_UNAVAILABLE_MESSAGE };
  }
  const reference = randomUUID().slice(0, 8);
  console.error(`[action ${reference}]`, error);
  return { ok: false, message: `Something went wrong on our side (reference ${reference}). Please try again.` };
}

/**
 * The one way to write a server action: session, hat, zod parse, domain call,
 * revalidate, typed result. Usable with useActionState (prev, formData) or called
 * directly with a plain object.
 */
export function defineAction<S extends z.ZodType, R>(
  config: ActionConfig<S, R>,
  run: (input: z.output<S>, person: SessionPerson) => Promise<R>,
) {
  return async function action(
    _previous: unknown,
    payload: FormData | Record<string, unknown>,
  ): Promise<ActionResult<R>> {
    try {
      const person = await getCurrentPerson();
      if (!person) return { ok: false, message: MESSAGES.signedOut };
      if (config.access !== "signed-in" && !hasAnyRole(person.roles, config.access)) {
        return { ok: false, message: MESSAGES.forbidden };
      }

      const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
      const parsed = config.schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, message: MESSAGES.invalid, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
      }

      const result = await run(parsed.data, person);
      const paths = typeof config.revalidate === "function" ? config.revalidate(parsed.data, result) : (config.revalidate ?? []);
      for (const path of paths) revalidatePath(path);
      if (config.redirectTo) redirect(config.redirectTo(result));
      const message = typeof config.success === "function" ? config.success(result) : config.success;
      return { ok: true, message, data: result };
    } catch (error) {
      unstable_rethrow(error);
      return describeFailure(error);
    }
  };
}
