"use client";

import { useRef } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { Button } from "./button";

export type ConfirmRequest = {
  /** The question, e.g. "Delete Coaching?" */
  title: string;
  /** What happens if they go ahead. */
  description: string;
  /** Says what the button does, e.g. "Delete cluster". */
  confirmLabel: string;
};

/**
 * Asks before something that cannot be undone. Focus starts on Cancel (the safe choice),
 * Escape or a click outside cancels, and focus goes back to what opened it, or, when that has
 * gone (the thing was deleted), to `returnFocus()`.
 */
export function ConfirmDialog({
  request,
  onAnswer,
  returnFocus,
}: {
  request: ConfirmRequest | null;
  onAnswer: (confirmed: boolean) => void;
  returnFocus?: () => HTMLElement | null | undefined;
}) {
  const opener = useRef<Element | null>(null);
  return (
    <Dialog.Root
      open={request !== null}
      onOpenChange={(open) => {
        if (!open) onAnswer(false);
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-slate-900/40" />
        <Dialog.Content
          role="alertdialog"
          onOpenAutoFocus={() => {
            opener.current = document.activeElement;
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            const back = opener.current?.isConnected ? opener.current : returnFocus?.();
            if (back instanceof HTMLElement) back.focus();
          }}
          className="fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl focus:outline-none"
        >
          {request ? (
            <>
              <Dialog.Title className="text-lg font-semibold text-ink">{request.title}</Dialog.Title>
              <Dialog.Description className="mt-2 text-sm text-muted">{request.description}</Dialog.Description>
              <div className="mt-6 flex flex-wrap justify-end gap-2">
                <Button type="button" variant="secondary" onClick={() => onAnswer(false)}>
                  Cancel
                </Button>
                <Button type="button" variant="danger" onClick={() => onAnswer(true)}>
                  {request.confirmLabel}
                </Button>
              </div>
            </>
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
