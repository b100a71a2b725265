"use client";

import { memo } from "react";
import { useFieldErrors } from "./draft-state";

export type ClusterChoice = { key: string; name: string };

export const moveFieldId = (competencyKey: string) => `${competencyKey}-move`;

/**
 * Moves a competency to the end of another cluster. A select and a button rather than a select
 * alone: arrowing through a closed select changes its value, which must not move anything.
 */
export const MoveToCluster = memo(function MoveToCluster({
  competencyKey,
  competencyName,
  targets,
  onMoveTo,
}: {
  competencyKey: string;
  competencyName: string;
  /** The other clusters. */
  targets: ClusterChoice[];
  onMoveTo: (competencyKey: string, clusterKey: string) => void;
}) {
  const id = moveFieldId(competencyKey);
  const errors = useFieldErrors(id);
  return (
    <form
      className="space-y-1"
      onSubmit={(event) => {
        event.preventDefault();
        const select = event.currentTarget.elements.namedItem("cluster");
        if (!(select instanceof HTMLSelectElement)) return;
        if (select.value) onMoveTo(competencyKey, select.value);
        else select.focus();
      }}
    >
      <label htmlFor={id} className="block text-xs font-medium text-muted">
        Move <span className="sr-only">{competencyName} </span>to another cluster
      </label>
      <div className="flex gap-2">
        <select
          id={id}
          name="cluster"
          defaultValue=""
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${id}-error` : undefined}
          className="block min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-ink focus:border-brand-600 aria-[invalid=true]:border-red-700"
        >
          <option value="" disabled>
            Choose a cluster
          </option>
          {targets.map((target) => (
            <option key={target.key} value={target.key}>
              {target.name}
            </option>
          ))}
        </select>
        <button type="submit" className="rounded-md bg-white px-3 py-1.5 text-sm font-medium text-ink ring-1 ring-slate-300 hover:bg-slate-100">
          Move<span className="sr-only"> {competencyName}</span>
        </button>
      </div>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </form>
  );
});
