import type { NextAuthConfig } from "next-auth";

const options = { httpOnly: true, sameSite: "lax", path: "/" } as const;

/**
 * Auth.js cookie settings: always HttpOnly and SameSite=Lax (a cross-site form post arrives
 * without the session). Secure, with the __Secure- name prefix, when the app's public address
 * (APP_URL) is https; without APP_URL, Auth.js sets Secure whenever a request arrives over https
 * (directly or as X-Forwarded-Proto from the proxy in front).
 */
export function cookieSettings(appUrl: string | undefined): Pick<NextAuthConfig, "useSecureCookies" | "cookies"> {
  return {
    useSecureCookies: appUrl ? new URL(appUrl).protocol === "https:" : undefined,
    cookies: { sessionToken: { options }, callbackUrl: { options }, csrfToken: { options } },
  };
}
