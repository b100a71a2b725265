"use client";

import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";
import dynamic from "next/dynamic";
import type { ConfirmRequest } from "@/components/ui/confirm-dialog";

// The dialog (and Radix with it) loads the first time something needs confirming.
const ConfirmDialog = dynamic(() => import("@/components/ui/confirm-dialog").then((module) => module.ConfirmDialog), { ssr: false });

/**
 * Asks `request`; `onConfirm` runs only if the person confirms. If what opened the dialog has
 * gone when it closes, focus goes to the first of `focusAfter` (element ids) that exists.
 */
export type Confirm = (request: ConfirmRequest, onConfirm: () => void, focusAfter?: string[]) => void;

const ConfirmContext = createContext<Confirm>(() => undefined);

export const useConfirm = () => useContext(ConfirmContext);

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<{ request: ConfirmRequest; onConfirm: () => void } | null>(null);
  const [used, setUsed] = useState(false);
  const focusAfter = useRef<string[]>([]);
  const confirm = useCallback<Confirm>((request, onConfirm, ids = []) => {
    focusAfter.current = ids;
    setUsed(true);
    setPending({ request, onConfirm });
  }, []);
  const returnFocus = useCallback(() => focusAfter.current.map((id) => document.getElementById(id)).find((element) => element !== null), []);
  const onAnswer = useCallback(
    (confirmed: boolean) => {
      if (confirmed) pending?.onConfirm();
      setPending(null);
    },
    [pending],
  );
  return (
    <ConfirmContext value={confirm}>
      {children}
      {/* Kept once shown, so closing it can hand focus back. */}
      {used ? <ConfirmDialog request={pending?.request ?? null} onAnswer={onAnswer} returnFocus={returnFocus} /> : null}
    </ConfirmContext>
  );
}
