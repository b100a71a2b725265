"use client";

import { useCallback, useEffect, useRef } from "react";

/**
 * Focuses the first of `ids` that exists after the host's next render: where focus goes when
 * the element that had it is deleted or moved.
 */
export function useFocusAfterRender() {
  const pending = useRef<string[] | null>(null);
  useEffect(() => {
    const ids = pending.current;
    if (!ids) return;
    pending.current = null;
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element) {
        element.focus();
        return;
      }
    }
  });
  return useCallback((ids: string[]) => {
    pending.current = ids;
  }, []);
}
