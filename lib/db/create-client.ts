import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool } from "pg";
import { PrismaClient } from "./generated/client";

/**
 * Builds a Prisma client over a connection string (scripts, tests) or an existing
 * pg pool (the app, see client.ts); secrets are omitted from every query by default.
 */
export function createPrismaClient(source: string | Pool, poolSize = 10) {
  const adapter = typeof source === "string" ? new PrismaPg({ connectionString: source, max: poolSize }) : new PrismaPg(source);
  return new PrismaClient({ adapter, omit: { person: { passwordHash: true } } });
}

export type AppPrismaClient = ReturnType<typeof createPrismaClient>;
