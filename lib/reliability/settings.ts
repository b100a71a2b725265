import { z } from "zod";

/** What the reliability scripts can be told through the environment; everything has a default. */

const whole = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const schema = z.object({
  RELIABILITY_PORT: whole(1024, 65534, 3240),
  RELIABILITY_POSTGRES_PORT: whole(1024, 65535, 5442),
  RELIABILITY_CLIENTS: whole(1, 256, 16),
  RELIABILITY_BEFORE_SECONDS: whole(1, 300, 5),
  RELIABILITY_OUTAGE_SECONDS: whole(1, 300, 5),
  RELIABILITY_AFTER_SECONDS: whole(1, 300, 10),
  RELIABILITY_DATABASE_URL: z.url().optional(),
  TEST_DATABASE_URL: z.url().optional(),
  DATABASE_URL: z.url().optional(),
});

export type ReliabilitySettings = {
  /** The app's port; the scale-out script also uses the next one. */
  port: number;
  /** Port of the fault script's private PostgreSQL cluster. */
  postgresPort: number;
  clients: number;
  beforeSeconds: number;
  outageSeconds: number;
  afterSeconds: number;
  /** The PostgreSQL server the scale-out script creates its database on. */
  serverUrl?: string;
};

export function readReliabilitySettings(env: Record<string, string | undefined>): ReliabilitySettings {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new Error(`Invalid reliability settings:\n${parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n")}`);
  }
  const s = parsed.data;
  return {
    port: s.RELIABILITY_PORT,
    postgresPort: s.RELIABILITY_POSTGRES_PORT,
    clients: s.RELIABILITY_CLIENTS,
    beforeSeconds: s.RELIABILITY_BEFORE_SECONDS,
    outageSeconds: s.RELIABILITY_OUTAGE_SECONDS,
    afterSeconds: s.RELIABILITY_AFTER_SECONDS,
    serverUrl: s.RELIABILITY_DATABASE_URL ?? s.TEST_DATABASE_URL ?? s.DATABASE_URL,
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
