"use client";

import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Badge } from "@/components/ui/card";
import { MatrixTable } from "../matrix-table";
import { findExpectation, type Competency, type Expectation, type FrameworkDocument, type Stage } from "@/lib/frameworks/document";

/**
 * The matrix: competencies down (under their cluster), stages across; every cell opens its
 * expectation. It is a grid: one cell is in the tab order, the arrow keys move between cells,
 * Home and End go to the ends of a row (with Ctrl, of the whole grid), and Enter or Space opens
 * the cell. The drag handles that reorder competencies live in the lists above, not here.
 */

export const cellId = (competencyKey: string, stageKey: string) => `cell-${competencyKey}-${stageKey}`;

type Open = (competencyKey: string, stageKey: string) => void;
type CellKeyDown = (event: KeyboardEvent<HTMLButtonElement>, competencyKey: string, stageKey: string) => void;
type CellHandlers = { onOpen: Open; onFocusCell: Open; onKeyDown: CellKeyDown; onIntent: () => void };
type Position = { competencyKey: string; stageKey: string };

const firstLine = (text: string) => text.trim().split(/\r?\n/, 1)[0] ?? "";

const Cell = memo(function Cell({
  competencyKey,
  competencyName,
  stage,
  expectation,
  tabbable,
  handlers,
}: {
  competencyKey: string;
  competencyName: string;
  stage: Stage;
  expectation?: Expectation;
  tabbable: boolean;
  handlers: CellHandlers;
}) {
  const written = expectation && !expectation.notApplicable && expectation.text.trim();
  const indicators = expectation?.indicators.length ?? 0;
  return (
    <td className="border-l border-t border-slate-200 p-1 align-top">
      <button
        type="button"
        id={cellId(competencyKey, stage.key)}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => handlers.onOpen(competencyKey, stage.key)}
        onFocus={() => handlers.onFocusCell(competencyKey, stage.key)}
        onKeyDown={(event) => handlers.onKeyDown(event, competencyKey, stage.key)}
        onPointerEnter={handlers.onIntent}
        className="flex h-full min-h-16 w-full flex-col items-start justify-start rounded-md px-2 py-1.5 text-left text-sm hover:bg-brand-50"
      >
        <span className="sr-only">
          Edit {competencyName} at {stage.name || "this stage"}:{" "}
        </span>
        {expectation?.notApplicable ? (
          <span className="text-muted">Not applicable</span>
        ) : written ? (
          <span className="line-clamp-2">{firstLine(expectation.text)}</span>
        ) : (
          <span className="text-amber-800 italic">Not written yet</span>
        )}
        {expectation?.developAhead || indicators ? (
          <span className="mt-1 flex flex-wrap items-center gap-1">
            {expectation?.developAhead ? <Badge className="bg-brand-100 text-brand-800">Develop ahead</Badge> : null}
            {indicators ? <span className="text-xs text-muted">{indicators === 1 ? "1 indicator" : `${indicators} indicators`}</span> : null}
          </span>
        ) : null}
      </button>
    </td>
  );
});

const Row = memo(function Row({ competency, stages, tabbableStage, handlers }: { competency: Competency; stages: Stage[]; tabbableStage: string | null; handlers: CellHandlers }) {
  const name = competency.name || "(no name yet)";
  return (
    <tr>
      <th scope="row" className="border-t border-slate-200 px-3 py-2 text-left align-top font-medium">
        {name}
      </th>
      {stages.map((stage) => (
        <Cell
          key={stage.key}
          competencyKey={competency.key}
          competencyName={name}
          stage={stage}
          expectation={findExpectation(competency, stage.key)}
          tabbable={stage.key === tabbableStage}
          handlers={handlers}
        />
      ))}
    </tr>
  );
});

/** Where a key press moves to from (row, column), or null for a key the grid leaves alone. */
function target(key: string, ctrl: boolean, row: number, column: number, rows: number, columns: number): [number, number] | null {
  switch (key) {
    case "ArrowRight":
      return [row, Math.min(columns - 1, column + 1)];
    case "ArrowLeft":
      return [row, Math.max(0, column - 1)];
    case "ArrowDown":
      return [Math.min(rows - 1, row + 1), column];
    case "ArrowUp":
      return [Math.max(0, row - 1), column];
    case "Home":
      return ctrl ? [0, 0] : [row, 0];
    case "End":
      return ctrl ? [rows - 1, columns - 1] : [row, columns - 1];
    default:
      return null;
  }
}

export const EditorMatrix = memo(function EditorMatrix({ doc, onOpen, onIntent }: { doc: FrameworkDocument; onOpen: Open; onIntent: () => void }) {
  const competencyKeys = useMemo(() => doc.clusters.flatMap((cluster) => cluster.competencies.map((competency) => competency.key)), [doc.clusters]);
  const stageKeys = useMemo(() => doc.stages.map((stage) => stage.key), [doc.stages]);
  const [active, setActive] = useState<Position | null>(null);
  // The cell in the tab order: the last one focused while it exists, else the first.
  const activeExists = active !== null && competencyKeys.includes(active.competencyKey) && stageKeys.includes(active.stageKey);
  const tabbable: Position | null = activeExists ? active : competencyKeys[0] && stageKeys[0] ? { competencyKey: competencyKeys[0], stageKey: stageKeys[0] } : null;

  // Read through a ref so the handlers, and so every memoised cell, stay the same across edits.
  const grid = useRef({ competencyKeys, stageKeys });
  useEffect(() => {
    grid.current = { competencyKeys, stageKeys };
  });
  const handlers = useMemo<CellHandlers>(
    () => ({
      onOpen,
      onIntent,
      onFocusCell: (competencyKey, stageKey) => {
        onIntent();
        setActive((current) => (current?.competencyKey === competencyKey && current.stageKey === stageKey ? current : { competencyKey, stageKey }));
      },
      onKeyDown: (event, competencyKey, stageKey) => {
        if (event.altKey || event.metaKey || event.shiftKey) return;
        const { competencyKeys: rows, stageKeys: columns } = grid.current;
        const next = target(event.key, event.ctrlKey, rows.indexOf(competencyKey), columns.indexOf(stageKey), rows.length, columns.length);
        if (!next) return;
        event.preventDefault();
        const [row, column] = next;
        const competency = rows[row];
        const stage = columns[column];
        if (competency && stage) document.getElementById(cellId(competency, stage))?.focus();
      },
    }),
    [onOpen, onIntent],
  );

  return (
    <MatrixTable
      doc={doc}
      role="grid"
      caption="Expectations: competencies by career stage. Choose a cell to edit its expectation and indicators."
      empty={(missing) => <p className="text-sm text-muted">Add {missing === "stage" ? "a stage" : "a competency"} above, and the matrix of expectations appears here.</p>}
      renderRow={(competency) => (
        <Row key={competency.key} competency={competency} stages={doc.stages} tabbableStage={tabbable?.competencyKey === competency.key ? tabbable.stageKey : null} handlers={handlers} />
      )}
    />
  );
});
