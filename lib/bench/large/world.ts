import { hashPassword } from "@/lib/auth/password";
import type { AppPrismaClient } from "@/lib/db/create-client";
import { DEMO_PASSWORD } from "@/prisma/demo-organisation";
import type { SignInAccount } from "./accounts";
import { LARGE_ORGANISATION, seedLargeOrganisation } from "./organisation";

/**
 * The large organisation of issue #7 (10,000 people at scale 1) and a small second organisation
 * beside it, so that every query's tenant filter has something to leave out. Used by
 * `npm run seed:large` and by `npm run bench`. The accounts' password is the demo password.
 */

/** The second organisation, at this share of the large one's size. */
const NEIGHBOUR_SHARE = 0.02;
const NEIGHBOUR = { name: "Lowland Trust (small)", slug: "large-neighbour", domain: "neighbour.test" };

export type LargeWorld = { organisationId: string; rows: number; accounts: SignInAccount[] };

export async function seedLargeWorld(db: AppPrismaClient, { scale, seed }: { scale: number; seed: number }, log: (line: string) => void): Promise<LargeWorld> {
  const step = performance.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  log(`password hashed once ✔ ${((performance.now() - step) / 1000).toFixed(1)} s`);

  const large = await seedLargeOrganisation(db, { ...LARGE_ORGANISATION, scale, seed, passwordHash }, log);
  const neighbour = await seedLargeOrganisation(db, { ...NEIGHBOUR, scale: scale * NEIGHBOUR_SHARE, seed: seed + 1, passwordHash }, log);
  const rows = [...large.written.values(), ...neighbour.written.values()].reduce((sum, count) => sum + count, 0);
  return { organisationId: large.organisationId, rows, accounts: [...large.accounts, ...neighbour.accounts] };
}

/** Brings the planner's statistics up to date, so plans describe the data as it now is. */
export async function analyse(db: AppPrismaClient, log: (line: string) => void): Promise<void> {
  const step = performance.now();
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  log(`VACUUM ANALYZE ✔ ${((performance.now() - step) / 1000).toFixed(1)} s`);
}
