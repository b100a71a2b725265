import type { TestProject } from "vitest/node";
import { createTestDatabase } from "@/lib/launcher/database";
import { applyMigrations } from "@/prisma/engine";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databasePoolSize: number;
  }
}

/** One fresh database per run, migrated with the committed migrations. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("integration");
  await applyMigrations(database.url);
  project.provide("databaseUrl", database.url);
  project.provide("databasePoolSize", database.poolSize);
  return () => database.stop();
}
