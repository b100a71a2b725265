import type { AppPrismaClient } from "@/lib/db/create-client";
import { buildAssessment } from "@/tests/factories/coaching";
import { demoPerson, type DemoContext } from "./demo-context";
import { DEMO_FINISHED_INDUCTION } from "./demo-inductions";

/** How far Daniel moved on each competency his charter requires, in its order: start level and end level. */
const SELF_CHANGE: readonly (readonly [number, number])[] = [[2, 3], [1, 3], [2, 2], [2, 3], [1, 2], [3, 3], [2, 3]];
const MANAGER_CHANGE: readonly (readonly [number, number])[] = [[2, 3], [1, 2], [2, 3], [1, 3], [1, 2], [2, 3], [2, 2]];

/**
 * Start and end assessments, by Daniel and by his manager, of the finished induction: what the
 * programme dashboard's "change from start to end" shows for the demo.
 */
export async function seedDemoAssessmentChange(db: AppPrismaClient, context: DemoContext) {
  const { organisationId } = context;
  const daniel = demoPerson(context, DEMO_FINISHED_INDUCTION.person);
  const induction = await db.induction.findFirstOrThrow({ where: { organisationId, personId: daniel, status: "COMPLETED" } });
  const charter = await db.charterVersion.findFirstOrThrow({
    where: { organisationId, status: "PUBLISHED", charter: { jobRoleId: induction.jobRoleId } },
    orderBy: { number: "desc" },
    select: { id: true, content: true },
  });
  const required = (charter.content as { requirements: { competencyKey: string }[] }).requirements.map((requirement) => requirement.competencyKey);
  const levels = (change: typeof SELF_CHANGE, at: 0 | 1) => Object.fromEntries(required.map((key, index) => [key, change[index % change.length]?.[at] ?? 2]));
  const day = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
  const base = { subjectId: daniel, charterVersionId: charter.id, inductionId: induction.id };
  const started = induction.startDate;
  const ended = induction.completedAt ?? day(started, 90);
  const manager = induction.managerId ?? demoPerson(context, DEMO_FINISHED_INDUCTION.manager);
  await buildAssessment(db, organisationId, { ...base, assessorId: daniel, kind: "SELF", moment: "START", levels: levels(SELF_CHANGE, 0), createdAt: day(started, 3) });
  await buildAssessment(db, organisationId, { ...base, assessorId: manager, kind: "MANAGER", moment: "START", levels: levels(MANAGER_CHANGE, 0), createdAt: day(started, 5) });
  await buildAssessment(db, organisationId, { ...base, assessorId: daniel, kind: "SELF", moment: "END", levels: levels(SELF_CHANGE, 1), createdAt: day(ended, -2) });
  await buildAssessment(db, organisationId, { ...base, assessorId: manager, kind: "MANAGER", moment: "END", levels: levels(MANAGER_CHANGE, 1), createdAt: day(ended, -1) });
}
