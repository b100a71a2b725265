"use client";

import { TryAgain } from "@/components/ui/try-again";

/** A signed-in page failed while its layout (navigation) rendered: shown inside the app shell's main. */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return <TryAgain error={error} retry={retry} />;
}
