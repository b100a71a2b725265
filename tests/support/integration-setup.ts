import { afterAll, afterEach, inject, vi } from "vitest";
import { signInAs } from "./session";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = String(inject("databasePoolSize"));
process.env.AUTH_SECRET = "integration-tests-secret-of-at-least-32-characters";

// The only seam: Auth.js reads cookies from a Next.js request, which Vitest has
// not got. Tests say who is signed in with signInAs(); everything below the
// session (roles, organisation, deactivation) is the real code.
vi.mock("@/lib/auth", async () => {
  const { currentTestSession } = await import("./session");
  return { auth: async () => currentTestSession(), signIn: async () => undefined, signOut: async () => undefined, handlers: {} };
});

// revalidatePath and unstable_cache need the Next.js incremental cache, which only exists inside the server: here nothing is cached.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: (load: () => unknown) => load }));

afterEach(() => signInAs(null));

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
});
