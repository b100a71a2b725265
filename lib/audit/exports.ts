import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { SessionPerson } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { recordAudit } from "./record";

/**
 * A file of the organisation's data leaving the app (a people or audit log export): who took
 * it, how many rows, under which filters. Recorded on its own, since an export changes nothing.
 */
export function recordExport(actor: SessionPerson, entry: { action: `${string}.exported`; summary: string; details: Prisma.InputJsonValue }) {
  return recordAudit(db, { organisationId: actor.organisationId, actorId: actor.id, entityType: "Organisation", entityId: actor.organisationId, ...entry });
}
