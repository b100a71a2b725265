/** Where a CSV import stands: reading the file, checking it on the server, importing, done. `text` says what is saved. */
export type ImportStage =
  | { step: "reading"; fileName: string; loaded: number; total: number }
  | { step: "checking"; rows: string }
  | { step: "importing"; text: string }
  | { step: "done"; text: string };

const STEP_COUNT = 3;

function describe(stage: ImportStage): { step: number; text: string; percent?: number } {
  switch (stage.step) {
    case "reading":
      return {
        step: 1,
        text: `Reading ${stage.fileName}…`,
        percent: stage.total > 0 ? Math.round((stage.loaded / stage.total) * 100) : undefined,
      };
    case "checking":
      return { step: 2, text: `Checking ${stage.rows} against your organisation…` };
    case "importing":
      return { step: 3, text: stage.text };
    case "done":
      return { step: 3, text: stage.text, percent: 100 };
  }
}

/**
 * A real <progress>: it fills while the file is read, and shows the browser's
 * moving "busy" bar while the server checks or saves, because one request
 * cannot report how far it has got. It keeps the browser's own look, whose busy
 * animation shows the work going on: Chromium drops that look when a page styles
 * a progress bar's border, as Tailwind's reset does, hence the revert. The step
 * text says which part is running.
 */
export function ImportProgress({ stage }: { stage: ImportStage }) {
  const { step, text, percent } = describe(stage);
  return (
    <div className="space-y-1">
      <label htmlFor="import-progress" className="block text-sm font-medium text-ink">
        Import progress
      </label>
      <progress
        // A new element when switching between filling and busy: React may leave a stale value attribute behind.
        key={percent === undefined ? "busy" : "filling"}
        id="import-progress"
        max={100}
        value={percent}
        aria-describedby="import-progress-step"
        className="w-full accent-brand-700 [border:revert]"
      >
        {percent === undefined ? "Working" : `${percent}%`}
      </progress>
      <p id="import-progress-step" className="text-sm text-muted" aria-live="polite">
        Step {step} of {STEP_COUNT}: {text}
      </p>
    </div>
  );
}
