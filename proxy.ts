import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/security/action-body-limit";
import { contentSecurityPolicy, createNonce } from "@/lib/security/csp";

// Auth.js may split a large session cookie into numbered chunks.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;
// Open to the signed-out: the sign-in page, the accessibility statement and Auth.js's endpoints.
const PUBLIC_PATH = /^\/(sign-in|accessibility|api\/auth)(\/|$)/;

/**
 * Gives every response a Content-Security-Policy with a fresh nonce, and sends the signed-out
 * to sign-in early. That redirect is only a shortcut: every page and action checks the
 * session (and the person's hats and organisation) itself.
 */
export function proxy(request: NextRequest) {
  const env = getEnv();
  const csp = contentSecurityPolicy({
    nonce: createNonce(),
    development: env.NODE_ENV === "development",
    // Without JavaScript the single sign-on button is a plain form post that the server redirects to the provider.
    formTargets: env.OIDC_ISSUER ? [new URL(env.OIDC_ISSUER).origin] : [],
  });
  const response = refuseAction(request) ?? (mustSignIn(request) ? redirectToSignIn(request) : continueWithPolicy(request, csp));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * Server actions refused before Next.js sees them, with a clear status instead of its 500:
 * a call from another site's page (its Origin is not this host), and a body over the limit.
 */
function refuseAction(request: NextRequest): NextResponse | null {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin !== null && originHost(origin) !== host) {
    return new NextResponse("This request came from another site, so it was refused. Nothing was changed.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT_BYTES) {
    return new NextResponse("What was sent is larger than 6 MB, so it was refused. Nothing was changed.", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return null;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

function mustSignIn(request: NextRequest): boolean {
  if (PUBLIC_PATH.test(request.nextUrl.pathname)) return false;
  return !request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
}

function redirectToSignIn(request: NextRequest) {
  const url = new URL("/sign-in", request.url);
  const path = request.nextUrl.pathname + request.nextUrl.search;
  if (path !== "/") url.searchParams.set("callbackUrl", path);
  return NextResponse.redirect(url);
}

// Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
function continueWithPolicy(request: NextRequest, csp: string) {
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Everything but build assets and static files: pages, route handlers and actions all get the policy.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)"],
};
