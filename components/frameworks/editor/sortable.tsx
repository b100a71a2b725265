"use client";

import { useId, useMemo, type ReactNode } from "react";
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type UniqueIdentifier } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowDown, ArrowUp, GripVertical, Trash2 } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { useFieldErrors } from "./draft-state";

const INSTRUCTIONS = {
  draggable:
    "To reorder, press Space or Enter to pick this up, use the up and down arrow keys to move it, then press Space or Enter again to put it down. Press Escape to leave it where it was.",
};

type Item = { key: string; label: string };

/** A list people can reorder by dragging, by keyboard on the handle, or with the move buttons. */
export function SortableList({ items, onMove, label, className, children }: { items: Item[]; onMove: (key: string, to: number) => void; label: string; className?: string; children: ReactNode }) {
  const id = useId();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const ids = useMemo(() => items.map((item) => item.key), [items]);
  const announcements = useMemo<Announcements>(() => {
    const names = new Map(items.map((item) => [item.key, item.label]));
    const name = (key: UniqueIdentifier) => names.get(String(key)) ?? "The item";
    const position = (key: UniqueIdentifier) => `position ${ids.indexOf(String(key)) + 1} of ${ids.length}`;
    return {
      onDragStart: ({ active }) => `Picked up ${name(active.id)}, at ${position(active.id)}.`,
      onDragOver: ({ active, over }) => (over ? `${name(active.id)} would move to ${position(over.id)}.` : `${name(active.id)} is not over a position.`),
      onDragEnd: ({ active, over }) => (over ? `Put ${name(active.id)} down at ${position(over.id)}.` : `Put ${name(active.id)} down where it was.`),
      onDragCancel: ({ active }) => `Stopped moving ${name(active.id)}; it is back where it was.`,
    };
  }, [items, ids]);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = ids.indexOf(String(over.id));
    if (to >= 0) onMove(String(active.id), to);
  };
  return (
    <DndContext id={id} sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: INSTRUCTIONS }}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ul aria-label={label} className={cn("space-y-2", className)}>
          {children}
        </ul>
      </SortableContext>
    </DndContext>
  );
}

const iconButton = "inline-flex size-8 shrink-0 items-center justify-center rounded-md text-ink hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";

/** One row of a SortableList: a drag handle, the row's fields, move and delete buttons, then anything nested. */
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
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn("rounded-md border border-slate-200 bg-white p-2", isDragging && "relative z-10 shadow-lg ring-2 ring-brand-600", className)}
    >
      <div className="flex items-start gap-1">
        <button type="button" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={`Reorder ${name}`} className={cn(iconButton, "cursor-grab touch-none")}>
          <GripVertical aria-hidden className="size-4" />
        </button>
        <div className="min-w-0 flex-1">{fields}</div>
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
