"use client";

import { useId, useLayoutEffect, useMemo, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type UniqueIdentifier } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS as DndCss } from "@dnd-kit/utilities";
import { GripVertical } from "lucide-react";
import type { SlotStore, SortableItem } from "./sortable";

/**
 * Drag and drop for one SortableList, loaded after the list is on screen: a drag handle
 * rendered into each row's slot (a portal, so the rows themselves never re-render), with the
 * row moved by setting its transform directly.
 */

const INSTRUCTIONS = {
  draggable:
    "To reorder, press Space or Enter to pick this up, use the up and down arrow keys to move it, then press Space or Enter again to put it down. Press Escape to leave it where it was.",
};

function DragHandle({ id, name, slot }: { id: string; name: string; slot: HTMLElement }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  useLayoutEffect(() => {
    setNodeRef(slot.closest("li"));
    return () => setNodeRef(null);
  }, [slot, setNodeRef]);
  useLayoutEffect(() => {
    const row = slot.closest("li");
    if (!row) return;
    row.style.transform = DndCss.Translate.toString(transform) ?? "";
    row.style.transition = transition ?? "";
    row.dataset.dragging = String(isDragging);
  }, [slot, transform, transition, isDragging]);
  return (
    <button
      type="button"
      ref={setActivatorNodeRef}
      {...attributes}
      {...listeners}
      aria-label={`Reorder ${name}`}
      className="inline-flex size-8 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-ink hover:bg-slate-100"
    >
      <GripVertical aria-hidden className="size-4" />
    </button>
  );
}

export default function SortableLayer({ slots: store, items, onMove }: { slots: SlotStore; items: SortableItem[]; onMove: (key: string, to: number) => void }) {
  const id = useId();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const ids = useMemo(() => items.map((item) => item.key), [items]);
  const slots = useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
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
        {items.map((item) => {
          const slot = slots.get(item.key);
          return slot ? createPortal(<DragHandle id={item.key} name={item.label} slot={slot} />, slot, item.key) : null;
        })}
      </SortableContext>
    </DndContext>
  );
}
