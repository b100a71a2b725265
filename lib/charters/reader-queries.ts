import "server-only";
import { db } from "@/lib/db/client";

/** What the charter pages need to know about the person reading them. */

/** The job role the person holds, or null when HR has not recorded one. */
export async function getOwnJobRoleId(organisationId: string, personId: string): Promise<string | null> {
  const person = await db.person.findFirst({ where: { id: personId, organisationId }, select: { jobRoleId: true } });
  return person?.jobRoleId ?? null;
}

/** The newest version of the charter that the person has acknowledged, and when; null when none. */
export async function getLatestAcknowledgement(organisationId: string, personId: string, charterId: string) {
  const acknowledgement = await db.charterAcknowledgement.findFirst({
    where: { organisationId, personId, charterVersion: { charterId, organisationId } },
    orderBy: { charterVersion: { number: "desc" } },
    select: { acknowledgedAt: true, charterVersion: { select: { id: true, number: true } } },
  });
  return acknowledgement ? { versionId: acknowledgement.charterVersion.id, number: acknowledgement.charterVersion.number, acknowledgedAt: acknowledgement.acknowledgedAt } : null;
}
