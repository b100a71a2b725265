"use client";

import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/actions/result";

/**
 * Empties the surrounding form once its action succeeds, so what was just added cannot be sent
 * twice by accident; the success message stays. (A refused form keeps what was typed.)
 */
export function ResetOnSuccess({ state }: { state: ActionState<unknown> }) {
  const anchor = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state?.ok) anchor.current?.form?.reset();
  }, [state]);
  return <input ref={anchor} type="hidden" disabled />;
}
