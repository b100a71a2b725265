import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parsePolicy, scriptNonce } from "@/tests/support/csp";

const SESSION = "authjs.session-token=opaque";

async function loadProxy(env: Record<string, string> = {}) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", "postgresql://u@localhost:5432/db");
  vi.stubEnv("AUTH_SECRET", "s".repeat(32));
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  return (await import("@/proxy")).proxy;
}

function request(path: string, cookie?: string) {
  return new NextRequest(new URL(path, "http://app.example.test"), { headers: cookie ? { cookie } : {} });
}

afterEach(() => vi.unstubAllEnvs());

function actionCall(headers: Record<string, string>) {
  return new NextRequest(new URL("/profile", "http://app.example.test"), { method: "POST", headers: { "next-action": "abc123", host: "app.example.test", cookie: SESSION, ...headers } });
}

describe("proxy", () => {
  it("refuses a server action from another site's page, or with a body over the limit, before Next.js sees it", async () => {
    const proxy = await loadProxy();
    for (const origin of ["https://evil.example", "null"]) {
      const refused = proxy(actionCall({ origin }));
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain("came from another site");
    }
    const large = proxy(actionCall({ origin: "http://app.example.test", "content-length": String(6 * 1024 * 1024 + 1) }));
    expect(large.status).toBe(413);
    expect(proxy(actionCall({ origin: "http://app.example.test", "content-length": "1000" })).status).toBe(200);
    expect(proxy(actionCall({ "content-length": "1000" })).status).toBe(200);
  });

  it("sends the signed-out to sign-in, back to the page they asked for, with the policy on the redirect", async () => {
    const proxy = await loadProxy();
    const response = proxy(request("/hr/people?page=2"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://app.example.test/sign-in?callbackUrl=%2Fhr%2Fpeople%3Fpage%3D2");
    expect(scriptNonce(response.headers.get("content-security-policy"))).toBeTruthy();
    expect(proxy(request("/")).headers.get("location")).toBe("http://app.example.test/sign-in");
  });

  it("lets the signed-out reach sign-in, the accessibility statement and Auth.js, with the policy", async () => {
    const proxy = await loadProxy();
    for (const path of ["/sign-in", "/sign-in?callbackUrl=%2Fhr", "/accessibility", "/api/auth/session", "/api/auth/callback/sso"]) {
      const response = proxy(request(path));
      expect(response.headers.get("location"), path).toBeNull();
      expect(response.headers.get("x-middleware-next"), path).toBe("1");
      expect(scriptNonce(response.headers.get("content-security-policy")), path).toBeTruthy();
    }
    // Only those paths: a look-alike is still protected.
    expect(proxy(request("/sign-in-elsewhere")).headers.get("location")).toMatch(/\/sign-in\?callbackUrl=/);
  });

  it("passes a signed-in request on with the same policy for Next.js to read the nonce from", async () => {
    const proxy = await loadProxy();
    for (const cookie of [SESSION, "__Secure-authjs.session-token.0=part"]) {
      const response = proxy(request("/hr/people/export", cookie));
      expect(response.headers.get("location")).toBeNull();
      const policy = response.headers.get("content-security-policy");
      expect(scriptNonce(policy)).toBeTruthy();
      expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    }
  });

  it("gives every request its own nonce", async () => {
    const proxy = await loadProxy();
    const nonces = new Set(Array.from({ length: 20 }, () => scriptNonce(proxy(request("/profile", SESSION)).headers.get("content-security-policy"))));
    expect(nonces.size).toBe(20);
  });

  it("adds eval in development only, and the sign-on provider to form-action when there is one", async () => {
    const production = await loadProxy({ NODE_ENV: "production" });
    expect(parsePolicy(production(request("/sign-in")).headers.get("content-security-policy"))["script-src"]).not.toContain("'unsafe-eval'");
    const development = await loadProxy({ NODE_ENV: "development" });
    expect(parsePolicy(development(request("/sign-in")).headers.get("content-security-policy"))["script-src"]).toContain("'unsafe-eval'");
    const sso = await loadProxy({ OIDC_ISSUER: "https://id.example.test/tenant/v2.0", OIDC_CLIENT_ID: "app", OIDC_CLIENT_SECRET: "secret" });
    expect(parsePolicy(sso(request("/sign-in")).headers.get("content-security-policy"))["form-action"]).toEqual(["'self'", "https://id.example.test"]);
  });
});
