/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

type PolicyOptions = {
  nonce: string;
  development: boolean;
  /** Origins besides our own that a form may send the browser to (the single sign-on provider). */
  formTargets?: readonly string[];
};

/**
 * The Content-Security-Policy of every page. proxy.ts puts it on the request too, where
 * Next.js reads the nonce and adds it to its own scripts and styles.
 */
export function contentSecurityPolicy({ nonce, development, formTargets = [] }: PolicyOptions): string {
  const directives: Record<string, readonly string[]> = {
    "default-src": ["'self'"],
    // Only scripts carrying this response's nonce run, and the chunks they load ('strict-dynamic');
    // 'self' is the fallback for browsers without 'strict-dynamic'. React's development build uses
    // eval to rebuild server error stacks, so 'unsafe-eval' exists in development only.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // The dev server injects style elements without a nonce; production needs the nonce only.
    "style-src": development ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    // style="…" attributes (progress bars, dashboard bars, recharts' SVG) cannot carry a nonce.
    // They cannot run script or use selectors, and url() in them is held to img-src 'self'.
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'", ...formTargets],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}
