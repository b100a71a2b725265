import "server-only";
import { db } from "@/lib/db/client";

export function findSignInCandidate(email: string) {
  return db.person.findFirst({
    where: { email: email.toLowerCase(), active: true },
    select: { id: true, email: true, name: true, organisationId: true, passwordHash: true },
  });
}

export function findActivePersonByEmail(email: string) {
  return db.person.findFirst({ where: { email: email.toLowerCase(), active: true }, select: { id: true, organisationId: true } });
}
