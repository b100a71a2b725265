"use client";

import { TryAgain } from "@/components/ui/try-again";
import "./globals.css";

/** The root layout itself failed: this replaces it, so it brings its own document and styles. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen">
        <title>We could not load this page · Leadership transition</title>
        <main id="main" className="px-4 py-16">
          <TryAgain error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
