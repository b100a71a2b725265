import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import type { AppRole } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/client";
import { auth } from "./index";
import { hasAnyRole } from "./hats";

export type SessionPerson = {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  email: string;
  roles: AppRole[];
};

/**
 * The signed-in person, re-read from the database on every request so that a
 * deactivated person loses access at once, whatever their cookie says.
 */
export const getCurrentPerson = cache(async (): Promise<SessionPerson | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const person = await db.person.findFirst({
    where: { id, active: true },
    select: { id: true, organisationId: true, name: true, email: true, roles: true, organisation: { select: { name: true } } },
  });
  if (!person) return null;
  const { organisation, ...rest } = person;
  return { ...rest, organisationName: organisation.name };
});

export async function requirePerson(): Promise<SessionPerson> {
  const person = await getCurrentPerson();
  if (!person) redirect("/sign-in");
  return person;
}

/** For pages: signed out goes to sign-in; a person without the hat sees the forbidden page. */
export async function requireRole(...allowed: AppRole[]): Promise<SessionPerson> {
  const person = await requirePerson();
  if (!hasAnyRole(person.roles, allowed)) redirect("/forbidden");
  return person;
}
