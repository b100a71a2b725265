import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";

export function listJobRoles(organisationId: string) {
  return db.jobRole.findMany({
    where: { organisationId },
    orderBy: [{ title: "asc" }],
    select: {
      id: true,
      title: true,
      track: true,
      careerStage: true,
      usuallyFollows: { select: { id: true, title: true } },
      _count: { select: { people: { where: { active: true } } } },
    },
  });
}

export function listJobRoleOptions(organisationId: string) {
  return db.jobRole.findMany({ where: { organisationId }, orderBy: { title: "asc" }, select: { id: true, title: true } });
}

export async function getJobRole(organisationId: string, id: string) {
  const role = await db.jobRole.findFirst({
    where: { id, organisationId },
    select: {
      id: true,
      title: true,
      description: true,
      track: true,
      careerStage: true,
      usuallyFollowsId: true,
      version: true,
      followedBy: { select: { id: true, title: true }, orderBy: { title: "asc" } },
      _count: { select: { people: true } },
    },
  });
  if (!role) throw new NotFoundError("job role");
  return role;
}
