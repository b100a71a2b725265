import "server-only";
import { db } from "@/lib/db/client";
import { todayIn, type DateOnly } from "./dates";

/** What the enrol-one form offers: people who can be enrolled, roles with their templates, managers, coaches, cohorts. */
export async function getEnrolmentOptions(organisationId: string) {
  const [organisation, people, jobRoles, templates, coaches, cohorts] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { timeZone: true } }),
    db.person.findMany({ where: { organisationId, active: true }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, email: true, managerId: true, inductions: { where: { status: "ACTIVE" }, select: { id: true }, take: 1 } } }),
    db.jobRole.findMany({ where: { organisationId }, orderBy: { title: "asc" }, select: { id: true, title: true, track: true } }),
    // Newest first: the first template listed for a role is the one enrolment uses by default (roleTemplateWhere).
    db.inductionTemplate.findMany({
      where: { organisationId },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: { id: true, name: true, jobRoleId: true, _count: { select: { items: true } } },
    }),
    db.person.findMany({ where: { organisationId, active: true, roles: { has: "COACH" } }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    db.cohort.findMany({ where: { organisationId }, orderBy: { name: "asc" }, select: { name: true } }),
  ]);

  const defaultTemplate = new Map<string, { id: string; name: string; items: number }>();
  for (const template of templates) {
    if (template.jobRoleId && !defaultTemplate.has(template.jobRoleId)) defaultTemplate.set(template.jobRoleId, { id: template.id, name: template.name, items: template._count.items });
  }

  return {
    today: todayIn(organisation.timeZone) as DateOnly,
    // People already in an induction that is running cannot be enrolled again.
    people: people.filter((person) => person.inductions.length === 0).map(({ id, name, email, managerId }) => ({ id, name, email, managerId })),
    managers: people.map(({ id, name, email }) => ({ id, name, email })),
    jobRoles: jobRoles.map((role) => ({ id: role.id, title: role.title, leadership: role.track !== "TECHNICAL_EXPERT", template: defaultTemplate.get(role.id) ?? null })),
    templates: [...templates].sort((a, b) => a.name.localeCompare(b.name, "en-GB")).map((template) => ({ id: template.id, name: template.name, items: template._count.items })),
    coaches,
    cohortNames: cohorts.map((cohort) => cohort.name),
  };
}

export type EnrolmentOptions = Awaited<ReturnType<typeof getEnrolmentOptions>>;
