import "server-only";
import { getEnv } from "@/lib/env";
import { createPrismaClient, type AppPrismaClient } from "./create-client";

const globalForPrisma = globalThis as unknown as { prisma?: AppPrismaClient };

function createClient() {
  const env = getEnv();
  return createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
}

/** The one Prisma client of this process (kept on globalThis so dev reloads reuse it). */
export const db = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = AppPrismaClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
