import "server-only";
import { Pool } from "pg";
import { getEnv } from "@/lib/env";
import { createPrismaClient, type AppPrismaClient } from "./create-client";
import { traceStatements } from "./sql-trace";

const globalForDb = globalThis as unknown as { prisma?: AppPrismaClient; pgPool?: Pool };

function createClient() {
  const env = getEnv();
  // A production build bundles pages and route handlers separately, each with its own copy
  // of this module. They share one pg pool so that the process never opens more connections
  // than DATABASE_POOL_SIZE (the embedded database serves exactly one).
  if (!globalForDb.pgPool) {
    globalForDb.pgPool = new Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
    // An idle connection the server closes (restart, failover) makes the pool emit 'error';
    // unheard, that is an uncaught exception. The pool has dropped the connection already and
    // opens a new one on the next query, so a note in the log is all there is to do.
    globalForDb.pgPool.on("error", (error) => console.warn(`Database: an idle connection was closed (${error.message}); the next query opens a new one.`));
    if (process.env.BENCH_SQL_TRACE) traceStatements(globalForDb.pgPool, process.env.BENCH_SQL_TRACE);
  }
  return createPrismaClient(globalForDb.pgPool);
}

/** The Prisma client of this bundle (kept on globalThis in development so reloads reuse it). */
export const db = globalForDb.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.prisma = db;

export type Db = AppPrismaClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
