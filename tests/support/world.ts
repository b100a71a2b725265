import { db } from "@/lib/db/client";
import { buildJobRole, buildOrganisation, buildPerson } from "@/tests/factories";

/**
 * A small organisation with one person per hat, plus a second organisation
 * whose HR admin must never see or change anything of the first.
 */
export async function buildWorld() {
  const organisation = await buildOrganisation(db);
  const expertRole = await buildJobRole(db, organisation.id, { title: "Senior Engineer" });
  const leaderRole = await buildJobRole(db, organisation.id, {
    title: "Engineering Manager",
    track: "PEOPLE_LEADER",
    careerStage: "FIRST_TIME_LEADER",
    usuallyFollowsId: expertRole.id,
  });
  const hr = await buildPerson(db, organisation.id, { name: "Hannah HR", roles: ["HR_ADMIN"] });
  const manager = await buildPerson(db, organisation.id, { name: "Manny Manager", roles: ["MANAGER"] });
  const leader = await buildPerson(db, organisation.id, { name: "Leah Leader", roles: ["LEADER"], managerId: manager.id, jobRoleId: leaderRole.id });
  const coach = await buildPerson(db, organisation.id, { name: "Cole Coach", roles: ["COACH"] });
  const member = await buildPerson(db, organisation.id, { name: "Pat Plain", roles: [], managerId: leader.id, jobRoleId: expertRole.id });

  const foreignOrganisation = await buildOrganisation(db);
  const foreignHr = await buildPerson(db, foreignOrganisation.id, { name: "Fran Foreign", roles: ["HR_ADMIN", "MANAGER", "LEADER", "COACH"] });
  const foreignRole = await buildJobRole(db, foreignOrganisation.id, { title: "Foreign role" });

  return { organisation, expertRole, leaderRole, hr, manager, leader, coach, member, foreignOrganisation, foreignHr, foreignRole };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
