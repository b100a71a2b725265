import type { Random } from "./random";

/**
 * The reporting tree of the large organisation, as plain indices: node 0 is the one person at
 * the top, every other node has a manager with a smaller index (so a manager is always written
 * before their reports), every manager has between MIN_SPAN and MAX_SPAN direct reports, and
 * people sit five to seven levels deep at 10,000 people. First a tree of managers is grown
 * level by level, then the individual contributors are shared out so every span fits.
 */

export const MIN_SPAN = 5;
export const MAX_SPAN = 12;
/** Average direct reports per manager; with spans of 5–12 about one person in nine manages. */
const AVERAGE_SPAN = 8.8;
/** Managers sit at most this deep, so their reports are at most one level deeper. */
const DEEPEST_MANAGER_LEVEL = 6;

export type ReportingTree = {
  /** The manager's index, null for the top of the organisation. */
  parent: (number | null)[];
  /** 1 for the top of the organisation. */
  level: number[];
  /** Direct reports per person. */
  reports: number[];
};

/** How many managers of managers a manager at `level` takes on (0: a front-line manager). */
function managerChildren(random: Random, level: number): number {
  if (level === 1) return random.int(5, 8);
  if (level === 2) return random.int(4, 7);
  if (level === 3) return random.int(3, 7);
  if (level === 4) return random.chance(0.5) ? random.int(3, 8) : 0;
  if (level === 5) return random.chance(0.2) ? random.int(2, 6) : 0;
  return 0;
}

function managerCount(people: number): number {
  if (people <= MAX_SPAN + 1) return 1;
  const wanted = Math.round((people - 1) / AVERAGE_SPAN);
  return Math.min(Math.max(wanted, Math.ceil((people - 1) / MAX_SPAN)), Math.floor((people - 1) / MIN_SPAN));
}

/** Grows the managers' tree breadth first until it has `count` managers; returns each manager's level and manager-children. */
function growManagers(random: Random, count: number) {
  const level = [1];
  const children: number[][] = [[]];
  let frontier = [0];
  while (level.length < count) {
    const next: number[] = [];
    for (const node of frontier) {
      const nodeLevel = level[node] ?? 1;
      const wanted = Math.min(managerChildren(random, nodeLevel), count - level.length, MAX_SPAN - (children[node]?.length ?? 0));
      for (let i = 0; i < wanted; i++) {
        const child = level.length;
        level.push(nodeLevel + 1);
        children.push([]);
        children[node]?.push(child);
        next.push(child);
      }
    }
    // At scales above 1 the levels can run out before the count is reached: add one more
    // manager under each manager that still has room, shallowest first.
    frontier = next.length
      ? next
      : level.flatMap((nodeLevel, node) => (nodeLevel < DEEPEST_MANAGER_LEVEL && (children[node]?.length ?? 0) < MIN_SPAN ? [node] : [])).sort((a, b) => (level[a] ?? 0) - (level[b] ?? 0));
    if (frontier.length === 0) throw new Error(`Cannot fit ${count} managers into the levels allowed.`);
  }
  return { level, children };
}

/** Shares `total` individual contributors among the managers so each span is within the limits. */
function shareOutContributors(random: Random, managerChildrenCounts: number[], total: number): number[] {
  const low = managerChildrenCounts.map((count) => Math.max(0, MIN_SPAN - count));
  const high = managerChildrenCounts.map((count) => Math.max(0, MAX_SPAN - count));
  // Front-line managers lead most of the experts; managers of managers keep one or two at most.
  const shares = managerChildrenCounts.map((count, node) => (count === 0 ? random.int(6, 11) : Math.min(high[node] ?? 0, (low[node] ?? 0) + random.int(0, 2))));
  let difference = total - shares.reduce((sum, share) => sum + share, 0);
  const order = random.shuffle(shares.map((_, node) => node)).sort((a, b) => Number(managerChildrenCounts[a] !== 0) - Number(managerChildrenCounts[b] !== 0));
  while (difference !== 0) {
    let moved = false;
    for (const node of order) {
      if (difference === 0) break;
      const share = shares[node] ?? 0;
      if (difference > 0 && share < (high[node] ?? 0)) {
        shares[node] = share + 1;
        difference -= 1;
        moved = true;
      } else if (difference < 0 && share > (low[node] ?? 0)) {
        shares[node] = share - 1;
        difference += 1;
        moved = true;
      }
    }
    if (!moved) throw new Error(`Cannot share ${total} people among the managers within spans of ${MIN_SPAN}–${MAX_SPAN}.`);
  }
  return shares;
}

export function buildReportingTree(random: Random, people: number): ReportingTree {
  if (!Number.isInteger(people) || people < 1) throw new Error(`A reporting tree needs at least one person; got ${people}.`);
  const managers = growManagers(random, managerCount(people));
  const contributorTotal = people - managers.level.length;
  // A team small enough for one manager is just that manager and everyone else.
  const contributors = managers.level.length === 1 ? [contributorTotal] : shareOutContributors(random, managers.children.map((children) => children.length), contributorTotal);

  // Number everyone breadth first, so each manager's index is below their reports'.
  const parent: (number | null)[] = [null];
  const level: number[] = [1];
  const reports: number[] = [];
  // managerNode: the person's node in the managers' tree, null for an individual contributor.
  const queue: { index: number; managerNode: number | null }[] = [{ index: 0, managerNode: 0 }];
  for (let head = 0; head < queue.length; head++) {
    const { index, managerNode } = queue[head] as { index: number; managerNode: number | null };
    const managerChildren = managerNode === null ? [] : (managers.children[managerNode] ?? []);
    const contributorCount = managerNode === null ? 0 : (contributors[managerNode] ?? 0);
    reports[index] = managerChildren.length + contributorCount;
    const childLevel = (level[index] ?? 1) + 1;
    for (const child of managerChildren) {
      queue.push({ index: parent.length, managerNode: child });
      parent.push(index);
      level.push(childLevel);
    }
    for (let i = 0; i < contributorCount; i++) {
      queue.push({ index: parent.length, managerNode: null });
      parent.push(index);
      level.push(childLevel);
    }
  }
  return { parent, level, reports };
}
