/**
 * Signs in through Auth.js's credentials endpoint, as the sign-in form does, and returns the
 * Cookie header that carries the session.
 */

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";", 1)[0] as string);
}

export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}.`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiePairs(csrf).join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
  });
  const session = cookiePairs(response).filter((pair) => /^(__Secure-)?authjs\.session-token(\.\d+)?=./.test(pair));
  if (session.length === 0) throw new Error(`Signing in as ${email} gave no session cookie (status ${response.status}, to ${response.headers.get("location") ?? "nowhere"}).`);
  return session.join("; ");
}
