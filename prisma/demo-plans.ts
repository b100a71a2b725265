import type { AppPrismaClient } from "@/lib/db/create-client";
import type { DemoContext } from "./demo-context";

export async function seedDemoPlans(db: AppPrismaClient, context: DemoContext) {
  void db;
  void context;
}
