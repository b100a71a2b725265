import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/client";

export type AuditEntry = {
  organisationId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  details?: Prisma.InputJsonValue;
};

/** Written inside the same transaction as the change it describes (or on its own, for a read such as an export). */
export function recordAudit(tx: Tx | Pick<Db, "auditEvent">, entry: AuditEntry) {
  return tx.auditEvent.create({ data: entry });
}
