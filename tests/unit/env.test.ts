import { afterEach, describe, expect, it, vi } from "vitest";

const valid = { DATABASE_URL: "postgresql://u@localhost:5432/db", AUTH_SECRET: "s".repeat(32) };

async function loadEnv(values: Record<string, string | undefined>) {
  vi.resetModules();
  for (const key of ["DATABASE_URL", "AUTH_SECRET", "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "NEXT_PHASE"]) vi.stubEnv(key, values[key] ?? "");
  return import("@/lib/env");
}

afterEach(() => vi.unstubAllEnvs());

describe("environment", () => {
  it("parses a valid environment", async () => {
    const { getEnv, ssoEnabled } = await loadEnv(valid);
    expect(getEnv().DATABASE_POOL_SIZE).toBe(10);
    expect(ssoEnabled()).toBe(false);
  });

  it("fails fast naming every problem", async () => {
    const { getEnv } = await loadEnv({ AUTH_SECRET: "short" });
    expect(() => getEnv()).toThrow(/DATABASE_URL[\s\S]*AUTH_SECRET/);
  });

  it("switches single sign-on on only with a complete OIDC configuration", async () => {
    const partial = await loadEnv({ ...valid, OIDC_ISSUER: "https://id.example.test" });
    expect(() => partial.getEnv()).toThrow(/OIDC_CLIENT_ID/);
    const full = await loadEnv({ ...valid, OIDC_ISSUER: "https://id.example.test", OIDC_CLIENT_ID: "app", OIDC_CLIENT_SECRET: "secret" });
    expect(full.ssoEnabled()).toBe(true);
  });
});
