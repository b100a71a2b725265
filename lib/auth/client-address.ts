/**
 * The client's address for rate limiting, or null when it cannot be known.
 *
 * Next.js fills X-Forwarded-For with the socket's address only when a request arrives without
 * one, so a client talking to the app directly can write anything there. The header counts only
 * when TRUST_PROXY says how many proxies of ours append to it, and then only the entry the
 * outermost of them wrote: entries further left are whatever the client sent.
 */
export function clientAddress(headers: Headers, trustedProxies: number): string | null {
  if (trustedProxies < 1) return null;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.at(-trustedProxies) ?? null;
}
