"use client";

import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { useFieldErrors } from "./draft-state";

const control =
  "block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-ink placeholder:text-slate-500 focus:border-brand-600 aria-[invalid=true]:border-red-700";

type CommitFieldProps = {
  /** The element id, also the key its errors are filed under. */
  id: string;
  label: string;
  /** Show the label above the field; otherwise it is read out but not shown. */
  showLabel?: boolean;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  className?: string;
};

/**
 * A text field that keeps what is typed to itself and hands it on when the person leaves the
 * field (or presses Enter in a one-line field), so typing never re-renders the matrix. When the
 * saved value changes under it, it follows, unless its last change was refused (then the
 * person's text stays, with the message beside it).
 */
export function CommitField({ id, label, showLabel, value, onCommit, multiline, rows = 3, maxLength, placeholder, className }: CommitFieldProps) {
  const errors = useFieldErrors(id);
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (!errors?.length) setDraft(value);
  }
  const commit = () => {
    if (draft !== value || errors?.length) onCommit(draft);
  };
  const errorId = `${id}-error`;
  const shared = {
    id,
    value: draft,
    maxLength,
    placeholder,
    "aria-label": showLabel ? undefined : label,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": errors?.length ? errorId : undefined,
    onBlur: commit,
  };
  return (
    <div className={cn("space-y-1", className)}>
      {showLabel ? (
        <label htmlFor={id} className="block text-sm font-medium text-ink">
          {label}
        </label>
      ) : null}
      {multiline ? (
        <textarea {...shared} rows={rows} className={cn(control, rows <= 2 && "field-sizing-content min-h-9")} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input
          {...shared}
          type="text"
          className={control}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              commit();
            }
          }}
        />
      )}
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
