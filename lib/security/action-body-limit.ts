/**
 * The largest body a server action takes: the people CSV import sends files of up to 5 MB
 * (10,000 people is about 1.7 MB). next.config.ts gives it to Next.js; the proxy refuses larger
 * bodies itself with a 413 and a sentence, where Next.js would answer 500.
 */
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;
