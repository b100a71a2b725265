"use client";

import { TryAgain } from "@/components/ui/try-again";

/** A page, or the signed-in layout around it, failed: shown inside the root layout. */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="px-4 py-16">
      <TryAgain error={error} retry={retry} />
    </main>
  );
}
