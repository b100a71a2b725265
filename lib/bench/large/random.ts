import { randomBytes } from "node:crypto";

/**
 * Seeded randomness for the large seed: the same seed gives the same organisation, step by
 * step, so two runs have the same shape. Each step draws from its own stream (`streamFor`), so
 * a change to one step does not reshuffle the others.
 */

export type Random = {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An item drawn in proportion to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items (all of them, shuffled, when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
};

/** mulberry32: small, fast and good enough for test data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("Cannot pick from an empty list.");
    return items[int(0, items.length - 1)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted(items) {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let draw = next() * total;
      for (const [item, weight] of items) {
        draw -= weight;
        if (draw < 0) return item;
      }
      return pick(items)[0];
    },
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, count),
  };
}

/** A stream of its own for each step, derived from the run's seed and the step's name. */
export function streamFor(seed: number, name: string): Random {
  let hash = 2_166_136_261 ^ seed;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619);
  return createRandom(hash);
}

export type IdSource = () => string;

/**
 * Cuid-shaped ids (25 characters, starting with "c") made of a per-run salt and a counter:
 * unique, ordered like real cuids (which start with a timestamp), and known before the rows
 * are written, so related rows can point at each other in one bulk insert. Pass a fixed salt
 * for repeatable output; by default each run gets its own, so runs never collide.
 */
export function createIds(salt: string = randomBytes(8).toString("hex").slice(0, 10)): IdSource {
  if (!/^[a-z0-9]{10}$/.test(salt)) throw new Error("An id salt is 10 lower-case letters or digits.");
  let counter = 0;
  return () => `c${salt}${(counter++).toString(36).padStart(14, "0")}`;
}
