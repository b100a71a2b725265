import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { InvalidError } from "@/lib/db/errors";
import type { AppRole } from "@/lib/db/generated/enums";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { notify } from "@/lib/notifications/commands";
import { fromDateOnly, type DateOnly } from "./dates";
import { formatDay } from "./enrolment-dates";
import { copyTemplate, type TemplateShape } from "./template-copy";

/** Writing one checked enrolment: the copied induction, the person's new role and manager, the audit trail and the notifications. */

export type TemplateToCopy = { id: string; name: string } & TemplateShape;

export type ResolvedEnrolment = {
  person: { id: string; name: string; jobRoleId: string | null; managerId: string | null };
  jobRole: { id: string; title: string };
  template: TemplateToCopy;
  startDate: DateOnly;
  manager: { id: string; name: string };
  supporter: { id: string; name: string } | null;
  cohort: { id: string; name: string } | null;
};

/** What a template needs loaded to be copied. */
export const TEMPLATE_TO_COPY = {
  id: true,
  name: true,
  phases: { select: { id: true, name: true, position: true } },
  items: {
    select: { phaseId: true, position: true, title: true, guidance: true, owner: true, kind: true, dueOffsetDays: true, competencyKey: true, needsSignOff: true },
  },
} as const;

export const ALREADY_ENROLLED = "already has an induction in progress, so they cannot be enrolled again until it is complete.";

/** The partial unique index "one ACTIVE induction per person" refused the insert. */
export function isSecondActiveInduction(error: unknown): boolean {
  return isUniqueViolation(error) && JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes("Induction");
}

export function secondActiveInductionError(): InvalidError {
  return new InvalidError({ personId: [`This person ${ALREADY_ENROLLED}`] }, `This person ${ALREADY_ENROLLED}`);
}

/** Adds a hat the enrolment needs (the leader's, the manager's) unless the person wears it already; says whether it did. */
async function addHat(tx: Tx, organisationId: string, personId: string, role: AppRole): Promise<boolean> {
  const { count } = await tx.person.updateMany({
    where: { id: personId, organisationId, NOT: { roles: { has: role } } },
    data: { roles: { push: role }, version: { increment: 1 } },
  });
  return count > 0;
}

export async function writeEnrolment(tx: Tx, actor: SessionPerson, enrolment: ResolvedEnrolment): Promise<{ id: string }> {
  const organisationId = actor.organisationId;
  const { person, jobRole, template, startDate, manager, supporter, cohort } = enrolment;

  const induction = await tx.induction.create({
    data: {
      organisationId,
      personId: person.id,
      jobRoleId: jobRole.id,
      templateId: template.id,
      cohortId: cohort?.id ?? null,
      managerId: manager.id,
      supporterId: supporter?.id ?? null,
      startDate: fromDateOnly(startDate),
    },
    select: { id: true },
  });

  const phases = copyTemplate(template, startDate);
  const created = await tx.inductionPhase.createManyAndReturn({
    data: phases.map((phase) => ({ organisationId, inductionId: induction.id, name: phase.name, position: phase.position })),
    select: { id: true, position: true },
  });
  const phaseIds = new Map(created.map((phase) => [phase.position, phase.id]));
  await tx.inductionItem.createMany({
    data: phases.flatMap((phase) => {
      const phaseId = phaseIds.get(phase.position);
      if (!phaseId) throw new Error(`The copied phase at position ${phase.position} was not created`);
      return phase.items.map(({ dueDate, ...item }) => ({ ...item, organisationId, inductionId: induction.id, phaseId, dueDate: fromDateOnly(dueDate) }));
    }),
  });

  const moved = person.jobRoleId !== jobRole.id || person.managerId !== manager.id;
  if (moved) await tx.person.update({ where: { id: person.id }, data: { jobRoleId: jobRole.id, managerId: manager.id, version: { increment: 1 } } });
  const leaderHat = await addHat(tx, organisationId, person.id, "LEADER");
  const managerHat = await addHat(tx, organisationId, manager.id, "MANAGER");

  const day = formatDay(startDate);
  await recordAudit(tx, {
    organisationId,
    actorId: actor.id,
    action: "induction.enrolled",
    entityType: "Induction",
    entityId: induction.id,
    summary: `Enrolled ${person.name} as ${jobRole.title} from ${day}`,
    details: { personId: person.id, jobRoleId: jobRole.id, templateId: template.id, startDate, managerId: manager.id, supporterId: supporter?.id ?? null, cohortId: cohort?.id ?? null },
  });
  if (moved || leaderHat) {
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "person.updated",
      entityType: "Person",
      entityId: person.id,
      summary: `Moved ${person.name} to ${jobRole.title}, reporting to ${manager.name}, on enrolment`,
      details: { jobRoleId: { from: person.jobRoleId, to: jobRole.id }, managerId: { from: person.managerId, to: manager.id }, addedHat: leaderHat ? "LEADER" : null },
    });
  }
  if (managerHat) {
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "person.updated",
      entityType: "Person",
      entityId: manager.id,
      summary: `Gave ${manager.name} the manager hat as ${person.name}'s manager`,
      details: { addedHat: "MANAGER" },
    });
  }

  await notify(tx, organisationId, [person.id], {
    title: "Your leadership induction is ready",
    body: `You move into the ${jobRole.title} role from ${day}. Your induction lists what to do, and by when, to settle into it.`,
    href: "/me",
  });
  await notify(tx, organisationId, [manager.id], {
    title: `${person.name} is starting an induction`,
    body: `${person.name} moves into the ${jobRole.title} role from ${day}, reporting to you. Some of the induction's items are yours to do or sign off.`,
    href: "/team",
  });
  if (supporter && supporter.id !== manager.id) {
    await notify(tx, organisationId, [supporter.id], {
      title: `You are supporting ${person.name}`,
      body: `${person.name} moves into the ${jobRole.title} role from ${day}, with you as their coach or mentor.`,
      href: "/coaching",
    });
  }
  return induction;
}
