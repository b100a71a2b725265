import type { FrameworkDocument } from "@/lib/frameworks/document";

/** What the demo's later seeders (conversations, plans, coaching, feedback) need from the organisation seeded before them. */
export type DemoContext = {
  organisationId: string;
  timeZone: string;
  /** Demo people by their key in DEMO_PEOPLE. */
  personIds: Map<string, string>;
  roleIds: Map<string, string>;
  /** The published "Expert to leader" framework every demo charter pins. */
  frameworkId: string;
  framework: FrameworkDocument;
  /** The demo HR admin. */
  hrId: string;
};

/** The id of the demo person `key`, or a clear failure when the demo data and the seeder disagree. */
export function demoPerson(context: DemoContext, key: string): string {
  const id = context.personIds.get(key);
  if (!id) throw new Error(`The demo organisation has no person "${key}".`);
  return id;
}
