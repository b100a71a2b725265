"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { newKey, type Competency, type Expectation, type Stage } from "@/lib/frameworks/document";
import { FRAMEWORK_LIMITS } from "@/lib/frameworks/limits";
import { CommitField } from "./commit-field";
import { ConflictNotice } from "./conflict-notice";
import { useSend, type SaveStatus } from "./draft-state";
import { useFocusAfterRender } from "./focus-after-render";
import { SaveStatusLine } from "./save-status";
import { cellId } from "./editor-matrix";
import { AddForm, SortableList, SortableRow } from "./sortable";

const EMPTY: Expectation = { stageKey: "", notApplicable: false, text: "", developAhead: false, indicators: [] };

/** Blurs the focused field so it hands on what was typed before the panel closes. */
function commitFocusedField() {
  const active = document.activeElement;
  if (active instanceof HTMLElement) active.blur();
}

function Indicators({ competencyKey, stageKey, expectation }: { competencyKey: string; stageKey: string; expectation: Expectation }) {
  const send = useSend();
  const indicators = expectation.indicators;
  const onMove = useCallback((key: string, to: number | "up" | "down") => send({ op: "move", element: "indicator", key, to }), [send]);
  const focusAfterRender = useFocusAfterRender();
  const onDelete = useCallback(
    (key: string) => {
      const index = indicators.findIndex((indicator) => indicator.key === key);
      const neighbour = indicators[index + 1] ?? indicators[index - 1];
      focusAfterRender(neighbour ? [`${neighbour.key}-text`, "add-indicator"] : ["add-indicator"]);
      send({ op: "delete", element: "indicator", key });
    },
    [send, focusAfterRender, indicators],
  );
  const items = useMemo(() => indicators.map((indicator, i) => ({ key: indicator.key, label: `indicator ${i + 1}` })), [indicators]);
  const full = indicators.length >= FRAMEWORK_LIMITS.indicatorsPerExpectation;
  return (
    <section aria-labelledby="indicators-heading" className="space-y-3">
      <h3 id="indicators-heading" className="font-semibold">
        Behavioural indicators
      </h3>
      {indicators.length ? (
        <SortableList items={items} onMove={onMove} label="Behavioural indicators">
          {indicators.map((indicator, i) => (
            <SortableRow
              key={indicator.key}
              id={indicator.key}
              name={`indicator ${i + 1}`}
              index={i}
              count={indicators.length}
              onMove={onMove}
              onDelete={onDelete}
              fields={
                <CommitField
                  id={`${indicator.key}-text`}
                  label={`Indicator ${i + 1}`}
                  value={indicator.text}
                  multiline
                  rows={2}
                  maxLength={FRAMEWORK_LIMITS.indicatorText}
                  onCommit={(text) => send({ op: "setIndicatorText", key: indicator.key, text }, `${indicator.key}-text`)}
                />
              }
            />
          ))}
        </SortableList>
      ) : (
        <p className="text-sm text-muted">No indicators yet: add what someone doing this well would be seen to do.</p>
      )}
      {full ? (
        <p className="text-sm text-muted">This expectation has the most indicators it can hold ({FRAMEWORK_LIMITS.indicatorsPerExpectation}).</p>
      ) : (
        <AddForm
          id="add-indicator"
          label="New indicator"
          button="Add indicator"
          maxLength={FRAMEWORK_LIMITS.indicatorText}
          onAdd={(text) => send({ op: "addIndicator", competencyKey, stageKey, key: newKey(), text }, "add-indicator")}
        />
      )}
    </section>
  );
}

/** The side panel for one expectation: its text, its flags and its indicators. */
export function ExpectationPanel({ target, onClose, status }: { target: { competency: Competency; stage: Stage } | null; onClose: () => void; status: SaveStatus }) {
  const send = useSend();
  const competency = target?.competency;
  const stage = target?.stage;
  const expectation = (competency && stage && competency.expectations.find((item) => item.stageKey === stage.key)) || EMPTY;
  const base = competency && stage ? { op: "setExpectation" as const, competencyKey: competency.key, stageKey: stage.key } : null;
  const textId = competency && stage ? `expectation-${competency.key}-${stage.key}` : "expectation";
  // The cell to return to on closing: the panel renders once more without a target as it closes.
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (competency && stage) returnTo.current = cellId(competency.key, stage.key);
  });
  return (
    <Dialog.Root
      open={target !== null}
      onOpenChange={(open) => {
        if (!open) {
          commitFocusedField();
          onClose();
        }
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/30" />
        <Dialog.Content
          className="fixed inset-y-0 right-0 z-50 flex w-full max-w-xl flex-col gap-4 overflow-y-auto bg-white p-6 shadow-xl focus:outline-none"
          onCloseAutoFocus={(event) => {
            const cell = returnTo.current && document.getElementById(returnTo.current);
            if (!cell) return;
            event.preventDefault();
            cell.focus();
          }}
        >
          {competency && stage && base ? (
            <>
              <div className="flex items-start justify-between gap-3">
                <div>
                  <Dialog.Title className="text-lg font-semibold">
                    {competency.name || "(no name yet)"} · {stage.name || "(no name yet)"}
                  </Dialog.Title>
                  <Dialog.Description className="text-sm text-muted">What this competency looks like at this stage. Changes save when you leave a field.</Dialog.Description>
                </div>
                <Dialog.Close className="inline-flex size-8 items-center justify-center rounded-md hover:bg-slate-100" aria-label="Close">
                  <X aria-hidden className="size-4" />
                </Dialog.Close>
              </div>
              <ConflictNotice />
              <CommitField
                key={textId}
                id={textId}
                label="Expectation"
                showLabel
                value={expectation.text}
                multiline
                rows={5}
                maxLength={FRAMEWORK_LIMITS.expectationText}
                onCommit={(text) => send({ ...base, text }, textId)}
              />
              <div className="space-y-2 text-sm">
                <label className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 accent-brand-700"
                    checked={expectation.notApplicable}
                    onChange={(event) => send({ ...base, notApplicable: event.target.checked })}
                  />
                  <span>
                    <span className="font-medium">Not applicable</span>
                    <span className="block text-xs text-muted">This competency is not expected at this stage.</span>
                  </span>
                </label>
                <label className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 accent-brand-700"
                    checked={expectation.developAhead}
                    onChange={(event) => send({ ...base, developAhead: event.target.checked })}
                  />
                  <span>
                    <span className="font-medium">Develop ahead of the role</span>
                    <span className="block text-xs text-muted">Start building this before the stage requires it.</span>
                  </span>
                </label>
              </div>
              <Indicators key={`${competency.key}-${stage.key}`} competencyKey={competency.key} stageKey={stage.key} expectation={expectation} />
              <div className="mt-auto flex items-center justify-between gap-3 pt-2">
                <SaveStatusLine status={status} />
                <Dialog.Close className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">Done</Dialog.Close>
              </div>
            </>
          ) : (
            <Dialog.Title className="sr-only">Expectation</Dialog.Title>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
