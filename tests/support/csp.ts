/** A Content-Security-Policy header as directive → values, to assert on one directive at a time. */
export function parsePolicy(header: string | null | undefined): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? "")
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

/** The nonce a policy's script-src allows, if any. */
export function scriptNonce(header: string | null | undefined): string | undefined {
  return parsePolicy(header)["script-src"]?.find((value) => value.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
}
