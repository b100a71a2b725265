/**
 * Headers for every response, pages and files alike (next.config.ts). The nonce-based
 * Content-Security-Policy differs per request, so proxy.ts sets that one.
 */
export function staticSecurityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    // For browsers that predate CSP's frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    // Browsers ignore HSTS over plain http; a development server on http must never pin https.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}
