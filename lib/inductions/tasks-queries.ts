import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ItemKind, ItemOwner } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { addDays, fromDateOnly, toDateOnly, type DateOnly } from "./dates";
import { organisationToday } from "./induction-queries";
import { canCompleteItem, canManageInduction } from "./permissions";

/**
 * "My tasks": the items of running inductions that the person owes, due within the week or
 * overdue, and the finished items waiting for their sign-off. The leader owes their own items,
 * an induction's manager its manager items, and every HR admin what HR and the organisation
 * owe, plus anything that would otherwise be nobody's (manager items of an induction without one).
 */

/** Enough for a page; the rest appear as these are done. */
export const TASKS_SHOWN = 100;

export type TaskView = {
  id: string;
  title: string;
  kind: ItemKind;
  owner: ItemOwner;
  dueDate: DateOnly;
  version: number;
  overdue: boolean;
  person: { id: string; name: string };
  /** Where the viewer deals with it. */
  href: string;
  /** Ticked off here; acknowledgement and reflection items are done on their own pages. */
  canComplete: boolean;
};

const TASK_SELECT = {
  id: true,
  title: true,
  kind: true,
  owner: true,
  dueDate: true,
  version: true,
  inductionId: true,
  induction: { select: { personId: true, managerId: true, supporterId: true, person: { select: { name: true } } } },
} as const satisfies Prisma.InductionItemSelect;

type TaskRow = Prisma.InductionItemGetPayload<{ select: typeof TASK_SELECT }>;

function hrefFor(actor: SessionPerson, row: TaskRow): string {
  const anchor = `#item-${row.id}`;
  if (row.induction.personId === actor.id) return `/me${anchor}`;
  if (row.induction.managerId === actor.id) return `/team/${row.induction.personId}${anchor}`;
  return `/hr/enrolments/${row.inductionId}${anchor}`;
}

export async function listMyTasks(actor: SessionPerson, now: Date = new Date()) {
  const organisationId = actor.organisationId;
  const hr = canManageInduction(actor);
  const { today, timeZone } = await organisationToday(organisationId, now);
  const running = { status: "ACTIVE", organisationId, person: { active: true } } as const;
  const owed: Prisma.InductionItemWhereInput[] = [
    { owner: "INDIVIDUAL", induction: { personId: actor.id } },
    { owner: "MANAGER", induction: { managerId: actor.id } },
    ...(hr ? [{ owner: { in: ["HR", "ORGANISATION"] } }, { owner: "MANAGER", induction: { managerId: null } }] satisfies Prisma.InductionItemWhereInput[] : []),
  ];
  const signers: Prisma.InductionItemWhereInput[] = [{ induction: { managerId: actor.id } }, ...(hr ? [{ owner: { in: ["HR", "ORGANISATION"] } }, { induction: { managerId: null } }] satisfies Prisma.InductionItemWhereInput[] : [])];

  const [due, signOffs] = await Promise.all([
    db.inductionItem.findMany({
      where: { organisationId, status: "OPEN", dueDate: { lte: fromDateOnly(addDays(today, 6)) }, induction: running, OR: owed },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: TASKS_SHOWN + 1,
      select: TASK_SELECT,
    }),
    db.inductionItem.findMany({
      where: { organisationId, status: "DONE", needsSignOff: true, signedOffAt: null, induction: running, OR: signers },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: TASKS_SHOWN + 1,
      select: TASK_SELECT,
    }),
  ]);

  const view = (row: TaskRow): TaskView => {
    const dueDate = toDateOnly(row.dueDate);
    return {
      id: row.id,
      title: row.title,
      kind: row.kind,
      owner: row.owner,
      dueDate,
      version: row.version,
      overdue: dueDate < today,
      person: { id: row.induction.personId, name: row.induction.person.name },
      href: hrefFor(actor, row),
      canComplete: canCompleteItem(actor, row.induction, row.owner) && row.kind !== "ACKNOWLEDGE_CHARTER" && row.kind !== "REFLECTION",
    };
  };
  return {
    today,
    timeZone,
    due: due.slice(0, TASKS_SHOWN).map(view),
    signOffs: signOffs.slice(0, TASKS_SHOWN).map(view),
    more: due.length > TASKS_SHOWN || signOffs.length > TASKS_SHOWN,
  };
}
