import { NextResponse, type NextRequest } from "next/server";

// Only a fast redirect for the signed-out; every page and action checks the
// session (and the person's hats and organisation) itself.
// Auth.js may split a large session cookie into numbered chunks.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
  if (hasSession) return NextResponse.next();
  const url = new URL("/sign-in", request.url);
  const path = request.nextUrl.pathname + request.nextUrl.search;
  if (path !== "/") url.searchParams.set("callbackUrl", path);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!sign-in|accessibility|api/auth|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)"],
};
