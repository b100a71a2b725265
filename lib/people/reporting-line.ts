import "server-only";
import type { Tx } from "@/lib/db/client";
import { InvalidError } from "@/lib/db/errors";

const MAX_DEPTH = 200;

/**
 * A manager must be an active person of the same organisation and must not sit
 * below the person in the reporting tree (that would make a loop).
 */
export async function assertValidManager(tx: Tx, organisationId: string, personId: string | null, managerId: string | undefined) {
  if (!managerId) return;
  if (managerId === personId) throw new InvalidError({ managerId: ["A person cannot be their own manager"] });

  const manager = await tx.person.findFirst({ where: { id: managerId, organisationId, active: true }, select: { id: true } });
  if (!manager) throw new InvalidError({ managerId: ["Choose an active person from your organisation"] });
  if (!personId) return;

  let current: string | null = managerId;
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    const row: { managerId: string | null } | null = await tx.person.findFirst({
      where: { id: current, organisationId },
      select: { managerId: true },
    });
    current = row?.managerId ?? null;
    if (current === personId) {
      throw new InvalidError({ managerId: ["That person reports to this person already, so this would make a loop"] });
    }
  }
}

export async function assertJobRoleInOrganisation(tx: Tx, organisationId: string, jobRoleId: string | undefined) {
  if (!jobRoleId) return;
  const role = await tx.jobRole.findFirst({ where: { id: jobRoleId, organisationId }, select: { id: true } });
  if (!role) throw new InvalidError({ jobRoleId: ["Choose a job role from the list"] });
}
