import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

/** Builds a Prisma client; the app's single instance lives in client.ts, scripts and tests make their own. */
export function createPrismaClient(connectionString: string, poolSize = 10) {
  const adapter = new PrismaPg({ connectionString, max: poolSize });
  return new PrismaClient({ adapter, omit: { person: { passwordHash: true } } });
}

export type AppPrismaClient = ReturnType<typeof createPrismaClient>;
