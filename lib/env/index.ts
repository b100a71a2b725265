import { z } from "zod";

const optionalText = z.string().trim().min(1).optional();
const TRUST_PROXY_MESSAGE = "TRUST_PROXY must be the number of proxies in front of the app (0 to 10)";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// connection string" }),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)"),
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: optionalText,
    OIDC_CLIENT_SECRET: optionalText,
    OIDC_NAME: z.string().trim().min(1).default("single sign-on"),
    JOBS: z.enum(["on", "off"]).default("on"),
    SMTP_URL: z.url({ protocol: /^smtps?$/, message: "SMTP_URL must be an smtp:// or smtps:// URL" }).optional(),
    SMTP_FROM: z.string().trim().min(1).default("Leadership programme <no-reply@localhost>"),
    APP_URL: z.url({ protocol: /^https?$/, message: "APP_URL must be the app's http(s):// address" }).optional(),
    // How many proxies of ours stand in front of the app and append to X-Forwarded-For (lib/auth/client-address.ts).
    TRUST_PROXY: z.coerce.number({ message: TRUST_PROXY_MESSAGE }).int(TRUST_PROXY_MESSAGE).min(0, TRUST_PROXY_MESSAGE).max(10, TRUST_PROXY_MESSAGE).default(0),
  })
  .refine((env) => !env.OIDC_ISSUER || (env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET), {
    message: "OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET as well",
    path: ["OIDC_ISSUER"],
  });

export type Env = z.infer<typeof schema>;

// `next build` evaluates server modules without a runtime environment; validation
// happens when the server starts (instrumentation.ts) and on first use.
const isBuild = process.env.NEXT_PHASE === "phase-production-build";

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  // An empty variable (`OIDC_ISSUER=` in a .env file) means "not set".
  const present = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    if (isBuild) return schema.parse({ DATABASE_URL: "postgresql://build/none", AUTH_SECRET: "x".repeat(32) });
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

export function ssoEnabled(): boolean {
  return Boolean(getEnv().OIDC_ISSUER);
}
