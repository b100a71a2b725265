import "server-only";
import { db } from "@/lib/db/client";

export function listRecentAuditEvents(organisationId: string, take = 10) {
  return db.auditEvent.findMany({
    where: { organisationId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, summary: true, createdAt: true, actor: { select: { name: true } } },
  });
}
