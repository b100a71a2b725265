import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";

/** HR's own mindset sections; the built-in ones are in mindset-library.ts. */

export function listMindsetSections(organisationId: string) {
  return db.mindsetSection.findMany({
    where: { organisationId },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, summary: true, practices: true, prompts: true, updatedAt: true },
  });
}

export async function getMindsetSection(organisationId: string, id: string) {
  const section = await db.mindsetSection.findFirst({ where: { id, organisationId }, select: { id: true, title: true, summary: true, practices: true, prompts: true, updatedAt: true } });
  if (!section) throw new NotFoundError("mindset section");
  return section;
}
