"use client";

import { memo } from "react";
import { Badge } from "@/components/ui/card";
import { MatrixTable } from "../matrix-table";
import { findExpectation, type Competency, type Expectation, type FrameworkDocument, type Stage } from "@/lib/frameworks/document";

/** The matrix: competencies down (under their cluster), stages across; every cell opens its expectation. */

export const cellId = (competencyKey: string, stageKey: string) => `cell-${competencyKey}-${stageKey}`;

type Open = (competencyKey: string, stageKey: string) => void;

const firstLine = (text: string) => text.trim().split(/\r?\n/, 1)[0] ?? "";

const Cell = memo(function Cell({ competencyKey, competencyName, stage, expectation, onOpen }: { competencyKey: string; competencyName: string; stage: Stage; expectation?: Expectation; onOpen: Open }) {
  const written = expectation && !expectation.notApplicable && expectation.text.trim();
  const indicators = expectation?.indicators.length ?? 0;
  return (
    <td className="border-l border-t border-slate-200 p-1 align-top">
      <button
        type="button"
        id={cellId(competencyKey, stage.key)}
        onClick={() => onOpen(competencyKey, stage.key)}
        className="block h-full min-h-16 w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-brand-50"
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

const Row = memo(function Row({ competency, stages, onOpen }: { competency: Competency; stages: Stage[]; onOpen: Open }) {
  const name = competency.name || "(no name yet)";
  return (
    <tr>
      <th scope="row" className="border-t border-slate-200 px-3 py-2 text-left align-top font-medium">
        {name}
      </th>
      {stages.map((stage) => (
        <Cell key={stage.key} competencyKey={competency.key} competencyName={name} stage={stage} expectation={findExpectation(competency, stage.key)} onOpen={onOpen} />
      ))}
    </tr>
  );
});

export const EditorMatrix = memo(function EditorMatrix({ doc, onOpen }: { doc: FrameworkDocument; onOpen: Open }) {
  return (
    <MatrixTable
      doc={doc}
      caption="Expectations: competencies by career stage. Choose a cell to edit its expectation and indicators."
      empty={(missing) => <p className="text-sm text-muted">Add {missing === "stage" ? "a stage" : "a competency"} above, and the matrix of expectations appears here.</p>}
      renderRow={(competency) => <Row key={competency.key} competency={competency} stages={doc.stages} onOpen={onOpen} />}
    />
  );
});
