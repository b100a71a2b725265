import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/client";
import { todayIn, toDateOnly, type DateOnly } from "./dates";
import { progressOf, type ItemState, type Progress } from "./progress";

/** Cohorts and the inductions in them, with progress as lib/inductions/progress.ts counts it. */

const ITEM_STATE = { select: { status: true, dueDate: true, owner: true, needsSignOff: true, signedOffAt: true } } as const;

const INDUCTION_ROW = {
  id: true,
  startDate: true,
  status: true,
  person: { select: { name: true, email: true } },
  jobRole: { select: { title: true } },
  manager: { select: { name: true } },
  items: ITEM_STATE,
} as const satisfies Prisma.InductionSelect;

type ItemRow = { status: ItemState["status"]; dueDate: Date; owner: ItemState["owner"]; needsSignOff: boolean; signedOffAt: Date | null };

function progressOfItems(items: readonly ItemRow[], today: DateOnly): Progress {
  return progressOf(
    items.map((item) => ({ status: item.status, dueDate: toDateOnly(item.dueDate), owner: item.owner, needsSignOff: item.needsSignOff, signedOff: item.signedOffAt !== null })),
    today,
  );
}

export type InductionRow = {
  id: string;
  personName: string;
  personEmail: string;
  jobRole: string;
  startDate: DateOnly;
  managerName: string | null;
  completed: boolean;
  progress: Progress;
};

function toInductionRow(induction: Prisma.InductionGetPayload<{ select: typeof INDUCTION_ROW }>, today: DateOnly): InductionRow {
  return {
    id: induction.id,
    personName: induction.person.name,
    personEmail: induction.person.email,
    jobRole: induction.jobRole.title,
    startDate: toDateOnly(induction.startDate),
    managerName: induction.manager?.name ?? null,
    completed: induction.status === "COMPLETED",
    progress: progressOfItems(induction.items, today),
  };
}

async function organisationToday(organisationId: string): Promise<DateOnly> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { timeZone: true } });
  return todayIn(organisation.timeZone);
}

/** Inductions running outside any cohort that the cohorts page lists (the most recent starts). */
export const UNGROUPED_SHOWN = 50;

export type CohortSummary = { id: string; name: string; startedOn: DateOnly | null; members: number; running: number; averagePercent: number | null; overdue: number };

/** Every cohort with its member count, average progress and overdue items; and the inductions in no cohort. */
export async function listCohorts(organisationId: string) {
  const ungroupedWhere = { organisationId, cohortId: null, status: "ACTIVE" } as const;
  const [today, cohorts, ungrouped, ungroupedTotal] = await Promise.all([
    organisationToday(organisationId),
    db.cohort.findMany({
      where: { organisationId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, inductions: { orderBy: { startDate: "asc" }, select: { status: true, startDate: true, items: ITEM_STATE } } },
    }),
    db.induction.findMany({ where: ungroupedWhere, orderBy: [{ startDate: "desc" }, { id: "asc" }], take: UNGROUPED_SHOWN, select: INDUCTION_ROW }),
    db.induction.count({ where: ungroupedWhere }),
  ]);

  const summaries: CohortSummary[] = cohorts.map((cohort) => {
    const progress = cohort.inductions.map((induction) => progressOfItems(induction.items, today));
    return {
      id: cohort.id,
      name: cohort.name,
      startedOn: cohort.inductions[0] ? toDateOnly(cohort.inductions[0].startDate) : null,
      members: cohort.inductions.length,
      running: cohort.inductions.filter((induction) => induction.status === "ACTIVE").length,
      averagePercent: progress.length ? Math.floor(progress.reduce((sum, one) => sum + one.percent, 0) / progress.length) : null,
      overdue: progress.reduce((sum, one) => sum + one.overdue, 0),
    };
  });
  return { cohorts: summaries, ungrouped: ungrouped.map((induction) => toInductionRow(induction, today)), ungroupedTotal };
}

/** One cohort's inductions, by start date then name. */
export async function getCohort(organisationId: string, id: string) {
  const [today, cohort] = await Promise.all([
    organisationToday(organisationId),
    db.cohort.findFirst({
      where: { id, organisationId },
      select: { id: true, name: true, inductions: { orderBy: [{ startDate: "asc" }, { person: { name: "asc" } }, { id: "asc" }], select: INDUCTION_ROW } },
    }),
  ]);
  if (!cohort) throw new NotFoundError("cohort");
  return { id: cohort.id, name: cohort.name, inductions: cohort.inductions.map((induction) => toInductionRow(induction, today)) };
}

/** Who an induction just created is for, to confirm the enrolment; null when it is not the organisation's. */
export function findEnrolledPerson(organisationId: string, inductionId: string) {
  return db.induction.findFirst({ where: { id: inductionId, organisationId }, select: { id: true, person: { select: { name: true } } } });
}
