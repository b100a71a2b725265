"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import dynamic from "next/dynamic";
import { Card } from "@/components/ui/card";
import { findCompetency, type FrameworkDocument, type ScalePoint, type Stage } from "@/lib/frameworks/document";
import { FRAMEWORK_LIMITS } from "@/lib/frameworks/limits";
import { CommitField } from "./commit-field";
import { ConfirmProvider } from "./confirm";
import { ConflictNotice } from "./conflict-notice";
import { DraftProviders, useDraftState, useFieldErrors } from "./draft-state";
import { EditorMatrix } from "./editor-matrix";
import { SaveStatusLine } from "./save-status";
import { ClustersEditor, FlatListEditor } from "./structure";

// The side panel is not needed until a cell is opened: it loads when the pointer or focus first reaches a cell.
const loadPanel = () => import("./expectation-panel");
const ExpectationPanel = dynamic(() => loadPanel().then((module) => module.ExpectationPanel), { ssr: false });
const preloadPanel = () => void loadPanel();

function GeneralError() {
  const errors = useFieldErrors("general");
  return errors?.length ? <p className="text-sm text-red-700">{errors.join(" ")}</p> : null;
}

type Props = { versionId: string; revision: number; document: FrameworkDocument };

/** The draft editor: framework details, the lists that shape the matrix, and the matrix itself. */
export function FrameworkEditor({ versionId, revision, document: initial }: Props) {
  const { doc, status, blocked, errors, send } = useDraftState(versionId, initial, revision);
  const [open, setOpen] = useState<{ competencyKey: string; stageKey: string } | null>(null);
  const [panelUsed, setPanelUsed] = useState(false);
  const onOpen = useCallback((competencyKey: string, stageKey: string) => {
    setPanelUsed(true);
    setOpen({ competencyKey, stageKey });
  }, []);
  const onClose = useCallback(() => setOpen(null), []);
  const docRef = useRef(doc);
  useEffect(() => {
    docRef.current = doc;
  });
  const askBeforeStageDelete = useCallback((stage: Stage | ScalePoint) => {
    const written = docRef.current.clusters.some((cluster) =>
      cluster.competencies.some((competency) => competency.expectations.some((item) => item.stageKey === stage.key && (item.text.trim() || item.indicators.length))),
    );
    return written
      ? { title: `Delete ${stage.name || "this stage"}?`, description: "Every competency's expectation and behavioural indicators at this stage are deleted with it. This cannot be undone." }
      : null;
  }, []);

  const competency = open ? findCompetency(doc, open.competencyKey)?.competency : undefined;
  const stage = open ? doc.stages.find((item) => item.key === open.stageKey) : undefined;
  const target = competency && stage ? { competency, stage } : null;

  return (
    <DraftProviders send={send} errors={errors} blocked={blocked}>
      <ConfirmProvider>
        {/* While the panel is open it shows the status itself, so there is only ever one to hear. */}
        {target ? null : <SaveStatusLine status={status} className="fixed right-4 bottom-4 z-30 rounded-full bg-white px-4 py-2 shadow-md ring-1 ring-slate-200" />}
        <nav aria-label="Parts of the editor" className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a href="#details-heading" className="text-brand-700 underline">
            Framework
          </a>
          <a href="#stages-heading" className="text-brand-700 underline">
            Stages and scale
          </a>
          <a href="#clusters-heading" className="text-brand-700 underline">
            Clusters and competencies
          </a>
          <a href="#matrix-heading" className="text-brand-700 underline">
            Expectations
          </a>
        </nav>
        <div className="mb-4 space-y-2">
          <GeneralError />
          <ConflictNotice />
        </div>

        <Card className="mb-6" aria-labelledby="details-heading">
          <h2 id="details-heading" className="mb-3 text-lg font-semibold">
            Framework
          </h2>
          <div className="grid gap-3 md:grid-cols-2">
            <CommitField
              id="framework-name"
              label="Framework name"
              showLabel
              value={doc.name}
              maxLength={FRAMEWORK_LIMITS.name}
              onCommit={(name) => send({ op: "setFrameworkDetails", name }, "framework-name")}
            />
            <CommitField
              id="framework-description"
              label="Framework description"
              showLabel
              value={doc.description}
              multiline
              rows={2}
              maxLength={FRAMEWORK_LIMITS.description}
              onCommit={(description) => send({ op: "setFrameworkDetails", description }, "framework-description")}
            />
          </div>
        </Card>

        <div className="mb-6 grid gap-6 xl:grid-cols-2">
          <Card aria-labelledby="stages-heading">
            <h2 id="stages-heading" className="mb-1 text-lg font-semibold">
              Stages
            </h2>
            <p className="mb-3 text-sm text-muted">Career stages, earliest first. They are the matrix&rsquo;s columns.</p>
            <FlatListEditor element="stage" items={doc.stages} title="Stages" addLabel="Add stage" askBeforeDelete={askBeforeStageDelete} />
          </Card>
          <Card aria-labelledby="scale-heading">
            <h2 id="scale-heading" className="mb-1 text-lg font-semibold">
              Proficiency scale
            </h2>
            <p className="mb-3 text-sm text-muted">The points people are rated on, lowest first.</p>
            <FlatListEditor element="scalePoint" items={doc.scale} title="Proficiency scale" addLabel="Add scale point" />
          </Card>
        </div>

        <Card className="mb-6" aria-labelledby="clusters-heading">
          <h2 id="clusters-heading" className="mb-1 text-lg font-semibold">
            Clusters and competencies
          </h2>
          <p className="mb-3 text-sm text-muted">Competencies are grouped in clusters. They are the matrix&rsquo;s rows.</p>
          <ClustersEditor clusters={doc.clusters} />
        </Card>

        <section aria-labelledby="matrix-heading" className="mb-8">
          <h2 id="matrix-heading" className="mb-1 text-xl font-semibold">
            Expectations
          </h2>
          <p className="mb-3 text-sm text-muted">Choose a cell to write what the competency looks like at that stage, and its behavioural indicators. In the table, the arrow keys move between cells, and Home and End go to the start and end of a row.</p>
          <EditorMatrix doc={doc} onOpen={onOpen} onIntent={preloadPanel} />
        </section>

        {/* Kept once shown, so closing it can hand focus back to the cell. */}
        {panelUsed ? <ExpectationPanel target={target} onClose={onClose} status={status} /> : null}
      </ConfirmProvider>
    </DraftProviders>
  );
}
