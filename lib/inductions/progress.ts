import type { ItemOwner, ItemStatus } from "@/lib/db/generated/enums";
import { addDays, type DateOnly } from "./dates";

/** Where an induction stands: what is overdue, due soon, done; when it is complete. */

export type ItemState = {
  status: ItemStatus;
  dueDate: DateOnly;
  owner: ItemOwner;
  needsSignOff: boolean;
  signedOff: boolean;
};

/** An item is settled when it is waived, or done and (where it needs one) signed off. */
export function isSettled(item: Pick<ItemState, "status" | "needsSignOff" | "signedOff">): boolean {
  return item.status === "WAIVED" || (item.status === "DONE" && (!item.needsSignOff || item.signedOff));
}

export function isOverdue(item: Pick<ItemState, "status" | "dueDate">, today: DateOnly): boolean {
  return item.status === "OPEN" && item.dueDate < today;
}

/** Open and due within the next seven days, today included. */
export function isDueThisWeek(item: Pick<ItemState, "status" | "dueDate">, today: DateOnly): boolean {
  return item.status === "OPEN" && item.dueDate >= today && item.dueDate <= addDays(today, 6);
}

/** Done or waived, signed off or waiting for it: the owner's part is finished. */
export function ownerFinished(item: Pick<ItemState, "status">): boolean {
  return item.status !== "OPEN";
}

export type Progress = { total: number; settled: number; overdue: number; percent: number };

export function progressOf(items: readonly ItemState[], today: DateOnly): Progress {
  const settled = items.filter(isSettled).length;
  return {
    total: items.length,
    settled,
    overdue: items.filter((item) => isOverdue(item, today)).length,
    percent: items.length === 0 ? 100 : Math.floor((settled / items.length) * 100),
  };
}

/** An induction completes when every item is settled (and it has at least one). */
export function isComplete(items: readonly ItemState[]): boolean {
  return items.length > 0 && items.every(isSettled);
}
