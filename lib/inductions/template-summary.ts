import type { ItemOwner } from "@/lib/db/generated/enums";

/**
 * An induction splits into what the new leader does and what the organisation owes them
 * (their manager, HR, or the organisation as a whole). The split is shown wherever a template is.
 */

export const ORGANISATION_OWNERS = ["MANAGER", "HR", "ORGANISATION"] as const satisfies readonly ItemOwner[];

export type OwnerCounts = Record<ItemOwner, number>;
export type OwnerSplit = { individual: number; organisation: number; byOwner: OwnerCounts };

export const isOrganisationSide = (owner: ItemOwner) => owner !== "INDIVIDUAL";

export function splitCounts(byOwner: OwnerCounts): OwnerSplit {
  return { individual: byOwner.INDIVIDUAL, organisation: byOwner.MANAGER + byOwner.HR + byOwner.ORGANISATION, byOwner };
}

export function ownerSplit(items: readonly { owner: ItemOwner }[]): OwnerSplit {
  const byOwner: OwnerCounts = { INDIVIDUAL: 0, MANAGER: 0, HR: 0, ORGANISATION: 0 };
  for (const item of items) byOwner[item.owner] += 1;
  return splitCounts(byOwner);
}
