// @auth/core is what next-auth runs on; Node's ESM loader cannot load next-auth itself under Vitest
// (see tests/integration/authorisation-matrix.test.ts).
import { Auth, type AuthConfig } from "@auth/core";
import Credentials from "@auth/core/providers/credentials";
import { describe, expect, it } from "vitest";
import { cookieSettings } from "@/lib/auth/cookies";

/**
 * Signs in through Auth.js's real endpoints with the app's cookie settings and a stand-in
 * credentials check, and returns the session cookie the response sets.
 */
async function sessionCookie(appUrl: string | undefined, origin: string) {
  const config: AuthConfig = {
    secret: "a-test-secret-of-at-least-32-characters",
    trustHost: true,
    basePath: "/api/auth",
    ...cookieSettings(appUrl),
    providers: [Credentials({ credentials: { email: {} }, authorize: (input) => ({ id: "person-1", email: String(input.email) }) })],
  };
  const csrf = await Auth(new Request(`${origin}/api/auth/csrf`), config);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((value) => value.split(";")[0])
    .join("; ");
  const response = await Auth(
    new Request(`${origin}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email: "someone@example.test" }),
    }),
    config,
  );
  const session = response.headers.getSetCookie().find((value) => /^(__Secure-)?authjs\.session-token=/.test(value));
  if (!session) throw new Error(`No session cookie was set (status ${response.status})`);
  const [nameValue = "", ...attributes] = session.split(";").map((part) => part.trim());
  return { name: nameValue.split("=")[0], attributes: attributes.map((attribute) => attribute.toLowerCase()) };
}

describe("session cookie", () => {
  it("is HttpOnly and SameSite=Lax, and not Secure on a plain-http app", async () => {
    for (const appUrl of [undefined, "http://localhost:3000"]) {
      const cookie = await sessionCookie(appUrl, "http://localhost:3000");
      expect(cookie.name).toBe("authjs.session-token");
      expect(cookie.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
      expect(cookie.attributes).not.toContain("secure");
    }
  });

  it("is Secure with the __Secure- prefix when the app's address is https, even behind a proxy that speaks http to it", async () => {
    const cookie = await sessionCookie("https://leaders.example.test", "http://10.0.0.5:3000");
    expect(cookie.name).toBe("__Secure-authjs.session-token");
    expect(cookie.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "secure"]));
  });

  it("is Secure without APP_URL when the request arrives over https", async () => {
    const cookie = await sessionCookie(undefined, "https://leaders.example.test");
    expect(cookie.name).toBe("__Secure-authjs.session-token");
    expect(cookie.attributes).toContain("secure");
  });
});
