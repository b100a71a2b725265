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
  // One statement (a Prisma include would be two): every page starts with it.
  const rows = await db.$queryRaw<SessionPerson[]>`
    SELECT p.id, p."organisationId", o.name AS "organisationName", p.name, p.email, p.roles::text[] AS roles
    FROM "Person" p JOIN "Organisation" o ON o.id = p."organisationId"
    WHERE p.id = ${id} AND p.active`;
  return rows[0] ?? null;
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
