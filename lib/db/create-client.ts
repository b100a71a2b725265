import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool } from "pg";
import { PrismaClient } from "./generated/client";

/**
 * Builds a Prisma client over a connection string (scripts, tests) or an existing
 * pg pool (the app, see client.ts); secrets are omitted from every query by default.
 */
export function createPrismaClient(source: string | Pool, poolSize = 10) {
  const adapter = typeof source === "string" ? new PrismaPg({ connectionString: source, max: poolSize }) : new PrismaPg(source);
  // Transactions wait up to 10 s for a connection (Prisma's default is 2 s): on the embedded
  // database's single connection a burst of writes queues, and each should get its real answer
  // (a conflict, say) rather than "try again".
  return new PrismaClient({ adapter, omit: { person: { passwordHash: true } }, transactionOptions: { maxWait: 10_000 } });
}

export type AppPrismaClient = ReturnType<typeof createPrismaClient>;
