import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "@/lib/security/csp";
import { staticSecurityHeaders } from "@/lib/security/headers";
import { parsePolicy, scriptNonce } from "@/tests/support/csp";

const nonce = "bm9uY2Utb2YtdGhpcy10ZXN0";

describe("content security policy", () => {
  const production = parsePolicy(contentSecurityPolicy({ nonce, development: false }));

  it("runs only scripts with this response's nonce, and never inline or eval'd code in production", () => {
    expect(production["script-src"]).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(production["default-src"]).toEqual(["'self'"]);
    expect(production["object-src"]).toEqual(["'none'"]);
    expect(production["base-uri"]).toEqual(["'self'"]);
  });

  it("allows eval only in development, where React rebuilds server error stacks with it", () => {
    const development = parsePolicy(contentSecurityPolicy({ nonce, development: true }));
    expect(development["script-src"]).toContain("'unsafe-eval'");
    expect(development["script-src"]).not.toContain("'unsafe-inline'");
  });

  it("needs the nonce for style elements in production and allows inline style attributes only", () => {
    expect(production["style-src"]).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(production["style-src-attr"]).toEqual(["'unsafe-inline'"]);
  });

  it("refuses to be framed and sends forms only to us and the named sign-on provider", () => {
    expect(production["frame-ancestors"]).toEqual(["'none'"]);
    expect(production["form-action"]).toEqual(["'self'"]);
    const sso = parsePolicy(contentSecurityPolicy({ nonce, development: false, formTargets: ["https://id.example.test"] }));
    expect(sso["form-action"]).toEqual(["'self'", "https://id.example.test"]);
  });

  it("makes a different 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const value of nonces) expect(Buffer.from(value, "base64")).toHaveLength(16);
    expect(scriptNonce(contentSecurityPolicy({ nonce: createNonce(), development: false }))).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("static security headers", () => {
  const byName = (production: boolean) => Object.fromEntries(staticSecurityHeaders(production).map(({ key, value }) => [key, value]));

  it("always forbid sniffing and framing and send only the origin to other sites", () => {
    for (const production of [true, false]) {
      expect(byName(production)).toMatchObject({
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "strict-origin-when-cross-origin",
      });
    }
  });

  it("pin https (HSTS) in production only", () => {
    expect(byName(true)["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(byName(false)).not.toHaveProperty("Strict-Transport-Security");
  });
});
