"use client";

import { cn } from "@/components/ui/cn";
import type { SaveStatus } from "./draft-state";

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: "Changes are saved as you go.",
  saving: "Saving…",
  saved: "All changes saved.",
  error: "A change was not saved: see the message beside the field.",
  blocked: "Not saved: reload the draft to carry on.",
};

/** Where the save status is announced; the panel has its own while it is open (the page behind it is hidden then). */
export function SaveStatusLine({ status, className }: { status: SaveStatus; className?: string }) {
  const problem = status === "error" || status === "blocked";
  return (
    <p role="status" aria-live="polite" className={cn("text-sm", problem ? "font-medium text-red-800" : "text-muted", className)}>
      {STATUS_TEXT[status]}
    </p>
  );
}
