"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { ArrowDown, ArrowUp } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/actions/result";

type Direction = "up" | "down";

/**
 * Up and down buttons for reordering with the keyboard or a pointer. After a move the focus
 * stays on the moved thing's button (or its other button, once it reaches an end), so pressing
 * the same key again keeps moving it.
 */
export function MoveButtons({
  action,
  fields,
  name,
  idPrefix,
  canMoveUp,
  canMoveDown,
}: {
  action: FormAction;
  fields: Record<string, string>;
  /** What moves, for the buttons' accessible names: "Move First 30 days up". */
  name: string;
  idPrefix: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const moved = useRef<Direction | null>(null);

  useEffect(() => {
    const direction = moved.current;
    if (!state?.ok || !direction) return;
    moved.current = null;
    const same = document.getElementById(`${idPrefix}-${direction}`);
    const other = document.getElementById(`${idPrefix}-${direction === "up" ? "down" : "up"}`);
    const target = same instanceof HTMLButtonElement && !same.disabled ? same : other;
    target?.focus();
  }, [state, idPrefix]);

  function move(direction: Direction) {
    moved.current = direction;
    const formData = new FormData();
    for (const [key, value] of Object.entries(fields)) formData.set(key, value);
    formData.set("direction", direction);
    startTransition(() => formAction(formData));
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-1">
        {(["up", "down"] as const).map((direction) => {
          const Icon = direction === "up" ? ArrowUp : ArrowDown;
          return (
            <Button
              key={direction}
              id={`${idPrefix}-${direction}`}
              type="button"
              variant="ghost"
              size="xs"
              aria-label={`Move ${name} ${direction}`}
              title={direction === "up" ? "Move up" : "Move down"}
              disabled={pending || !(direction === "up" ? canMoveUp : canMoveDown)}
              onClick={() => move(direction)}
            >
              <Icon aria-hidden className="size-4" />
            </Button>
          );
        })}
      </div>
      {state && !state.ok ? (
        <p role="alert" className="max-w-xs text-right text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
