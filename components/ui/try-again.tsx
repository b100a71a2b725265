"use client";

import Link from "next/link";

/**
 * What the error boundaries show when a page could not be put together, most often because the
 * database was out of reach for a moment. In production the browser only ever receives a digest
 * of the server's error (never its message or stack); it matches the server's log line.
 * A plain section and button rather than Card and Button: error boundaries are in every route's
 * first load, each in its own chunk, and those would bring tailwind-merge and Radix's Slot into each.
 */
export function TryAgain({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <section className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h1 className="text-xl font-semibold">We could not load this page</h1>
      <p className="mt-2 text-sm text-muted">
        Something stopped us from putting it together, usually a short break in our connection to the database. Everything you had already saved is
        safe.
      </p>
      <p className="mt-2 text-sm text-muted">
        Please try again in a moment. If it keeps happening, tell your HR team
        {digest ? (
          <>
            {" "}
            and quote reference <code className="font-mono">{digest}</code>
          </>
        ) : null}
        .
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          Try again
        </button>
        <Link href="/" className="text-sm font-medium text-brand-700 underline">
          Go to your home page
        </Link>
      </div>
    </section>
  );
}
