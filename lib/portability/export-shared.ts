import type { AppPrismaClient } from "@/lib/db/create-client";

/** What every part of the export shares: the transaction, time formats and id lookups. */

export type Tx = Parameters<Parameters<AppPrismaClient["$transaction"]>[0]>[0];

export const iso = (date: Date) => date.toISOString();
export const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** A lookup that fails loudly: every id the export meets belongs to a record it has read. */
export function lookup<V>(map: Map<string, V>, what: string) {
  return (id: string): V => {
    const value = map.get(id);
    if (value === undefined) throw new Error(`The export met a ${what} it had not read (${id}).`);
    return value;
  };
}

export const orNull =
  <V>(find: (id: string) => V) =>
  (id: string | null): V | null =>
    id === null ? null : find(id);

export type PeopleLookups = { email: (id: string) => string; emailOrNull: (id: string | null) => string | null };
