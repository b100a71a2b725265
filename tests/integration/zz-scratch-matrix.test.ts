import { it, vi } from "vitest";
import path from "node:path";
it("import", async () => {
  for (const f of ["app/api/auth/[...nextauth]/route.ts", "app/(auth)/sign-in/actions.ts"]) {
    const mod = await import(/* @vite-ignore */ path.resolve(f));
    console.info(f, Object.entries(mod).map(([k, v]) => `${k}:${typeof v}`));
  }
  const real = await vi.importActual<typeof import("@/lib/auth")>("@/lib/auth");
  const { NextRequest } = await import("next/server");
  for (const p of ["/api/auth/providers", "/api/auth/session", "/api/auth/csrf"]) {
    const res = await real.handlers.GET(new NextRequest("http://localhost" + p));
    console.info(p, res.status, await res.text());
  }
  const res = await real.handlers.POST(new NextRequest("http://localhost/api/auth/callback/credentials", { method: "POST", body: new URLSearchParams({ email: "a@b.c", password: "x" }), headers: { "content-type": "application/x-www-form-urlencoded" } }));
  console.info("post", res.status, res.headers.get("location"));
});
