"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import dynamic from "next/dynamic";
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { useFieldErrors } from "./draft-state";

/**
 * Lists people can reorder with the move buttons at once, and by dragging or by keyboard on the
 * drag handles once the sortable layer (and @dnd-kit with it) has loaded, just after the editor
 * is on screen. The layer adds the handles into each row's slot without re-rendering the rows,
 * so nothing typed or focused in them is lost when it arrives.
 */
const SortableLayer = dynamic(() => import("./sortable-layer"), { ssr: false });

export type SortableItem = { key: string; label: string };

/** The handle slots of one list's rows, by key: where the sortable layer puts the drag handles. */
export type SlotStore = ReturnType<typeof createSlotStore>;

function createSlotStore() {
  const slots = new Map<string, HTMLElement>();
  const listeners = new Set<() => void>();
  let snapshot: ReadonlyMap<string, HTMLElement> = new Map();
  let stale = false;
  const changed = () => {
    stale = true;
    listeners.forEach((listener) => listener());
  };
  return {
    add(key: string, slot: HTMLElement) {
      slots.set(key, slot);
      changed();
      return () => {
        if (slots.get(key) !== slot) return;
        slots.delete(key);
        changed();
      };
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot() {
      if (stale) {
        snapshot = new Map(slots);
        stale = false;
      }
      return snapshot;
    },
  };
}

const SlotContext = createContext<SlotStore | null>(null);

export function SortableList({ items, onMove, label, className, children }: { items: SortableItem[]; onMove: (key: string, to: number) => void; label: string; className?: string; children: ReactNode }) {
  const [slots] = useState(createSlotStore);
  return (
    <SlotContext value={slots}>
      <ul aria-label={label} className={cn("space-y-2", className)}>
        {children}
      </ul>
      <SortableLayer slots={slots} items={items} onMove={onMove} />
    </SlotContext>
  );
}

const iconButton = "inline-flex size-8 shrink-0 items-center justify-center rounded-md text-ink hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";

/** One row of a SortableList: a slot for the drag handle, the row's fields, move and delete buttons, then anything nested. */
export function SortableRow({
  id,
  name,
  index,
  count,
  onMove,
  onDelete,
  fields,
  children,
  className,
}: {
  id: string;
  /** How the row is named in button labels, e.g. "Coaching" or "indicator 2". */
  name: string;
  index: number;
  count: number;
  onMove: (key: string, to: "up" | "down") => void;
  onDelete: (key: string) => void;
  fields: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  const slots = useContext(SlotContext);
  const slotRef = useCallback((slot: HTMLSpanElement | null) => (slot && slots ? slots.add(id, slot) : undefined), [slots, id]);
  return (
    <li
      className={cn(
        "@container rounded-md border border-slate-200 bg-white p-2 data-[dragging=true]:relative data-[dragging=true]:z-10 data-[dragging=true]:shadow-lg data-[dragging=true]:ring-2 data-[dragging=true]:ring-brand-600",
        className,
      )}
    >
      {/* In a narrow row the buttons wrap below the fields. */}
      <div className="flex flex-wrap items-start gap-1 @sm:flex-nowrap">
        <span ref={slotRef} className="flex size-8 shrink-0" />
        <div className="min-w-0 flex-1 basis-[calc(100%-2.25rem)] @sm:basis-0">{fields}</div>
        <div className="ml-auto flex shrink-0 gap-1">
          <button type="button" className={iconButton} aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => onMove(id, "up")}>
            <ArrowUp aria-hidden className="size-4" />
          </button>
          <button type="button" className={iconButton} aria-label={`Move ${name} down`} disabled={index === count - 1} onClick={() => onMove(id, "down")}>
            <ArrowDown aria-hidden className="size-4" />
          </button>
          <button type="button" className={cn(iconButton, "text-red-700 hover:bg-red-50")} aria-label={`Delete ${name}`} onClick={() => onDelete(id)}>
            <Trash2 aria-hidden className="size-4" />
          </button>
        </div>
      </div>
      {children}
    </li>
  );
}

/** A one-line "add" form: a labelled field and a button; Enter adds too. */
export function AddForm({ id, label, button, onAdd, maxLength }: { id: string; label: string; button: string; onAdd: (name: string) => void; maxLength?: number }) {
  const errors = useFieldErrors(id);
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const input = form.elements.namedItem("name");
        if (!(input instanceof HTMLInputElement)) return;
        const value = input.value.trim();
        if (!value) {
          input.focus();
          return;
        }
        onAdd(value);
        input.value = "";
      }}
    >
      <div className="min-w-48 flex-1 space-y-1">
        <label htmlFor={id} className="block text-sm font-medium">
          {label}
        </label>
        <input
          id={id}
          name="name"
          type="text"
          maxLength={maxLength}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${id}-error` : undefined}
          className="block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm"
        />
        {errors?.length ? (
          <p id={`${id}-error`} className="text-sm text-red-700">
            {errors.join(" ")}
          </p>
        ) : null}
      </div>
      <button type="submit" className="rounded-md bg-white px-3 py-1.5 text-sm font-medium text-ink ring-1 ring-slate-300 hover:bg-slate-100">
        {button}
      </button>
    </form>
  );
}
