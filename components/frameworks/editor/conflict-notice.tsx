"use client";

import { useBlocked } from "./draft-state";

/** Shown once the draft has moved on under the person: nothing more is sent until they reload. */
export function ConflictNotice() {
  const blocked = useBlocked();
  if (!blocked) return null;
  return (
    <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-200">
      <p className="font-semibold">Your last change was not saved.</p>
      <p className="mt-1">{blocked}</p>
      <p className="mt-1">Your text is kept here, so you can copy it before you reload. Nothing more is saved until you reload.</p>
      <button type="button" onClick={() => window.location.reload()} className="mt-2 rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800">
        Reload the draft
      </button>
    </div>
  );
}
