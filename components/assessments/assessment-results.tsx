import type { ReactNode } from "react";
import { DevelopAheadBadge } from "@/components/charters/develop-ahead-badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { CompetencyGap } from "@/lib/assessments/gaps";
import type { ScaleChoice } from "@/lib/assessments/questions";
import { chartSpec, START_END_SERIES, STANDING_SERIES, type ChartSeries, type ChartSpec } from "./chart-data";
import { LazyRadarChart } from "./lazy-radar-chart";

/** A radar needs three spokes to draw a shape; with fewer the table says it better. */
const MIN_SPOKES = 3;

/** Narrow padding and wrapping on a phone keep the tables within the screen; one line per figure on wider ones. */
const HEAD = "px-2 sm:px-4";
const CELL = `${HEAD} sm:whitespace-nowrap`;

function Level({ level, scale }: { level: number | null; scale: ScaleChoice[] }) {
  if (level === null) return <span className="text-muted">Not rated</span>;
  return (
    <span>
      <span className="font-medium">{level}</span> <span className="text-muted">{scale[level - 1]?.name ?? ""}</span>
    </span>
  );
}

function Gap({ gap }: { gap: CompetencyGap }) {
  if (gap.gap === null) return <span className="text-muted">Not rated yet</span>;
  const from = gap.gapFrom === "MANAGER" ? "manager's rating" : "self-rating";
  const text = gap.gap > 0 ? `${gap.gap} below` : gap.gap < 0 ? `${-gap.gap} above` : "Meets it";
  return (
    <span>
      <span className={gap.gap > 0 ? "font-medium text-red-800" : "font-medium text-emerald-800"}>{text}</span>
      <span className="block text-xs text-muted">from the {from}</span>
    </span>
  );
}

function CompetencyCell({ gap }: { gap: CompetencyGap }) {
  return (
    <th scope="row" className="px-2 py-2 text-left align-top font-medium sm:px-4">
      <span className="flex flex-wrap items-center gap-2">
        {gap.competencyName}
        {gap.developAhead ? <DevelopAheadBadge /> : null}
      </span>
      <span className="block text-xs font-normal text-muted">{gap.clusterName}</span>
    </th>
  );
}

const drawable = (spec: ChartSpec) => spec.data.length >= MIN_SPOKES && spec.series.length > 0;

/** The chart above its table; the table alone when there is nothing to draw. */
function ChartAndTable({ chart, table }: { chart: ReactNode; table: ReactNode }) {
  return (
    <div className="space-y-4">
      {chart}
      {table}
    </div>
  );
}

function LegendLine({ series }: { series: ChartSeries }) {
  return (
    <svg width="28" height="10" aria-hidden className="shrink-0">
      <line x1="1" y1="5" x2="27" y2="5" stroke={series.colour} strokeWidth="2.5" strokeDasharray={series.dashed ? "6 4" : undefined} />
    </svg>
  );
}

function Chart({ id, title, spec, scaleLength }: { id: string; title: string; spec: ChartSpec; scaleLength: number }) {
  const drawn = spec.series.map((series) => series.label.toLowerCase()).join(", ");
  return (
    <figure aria-labelledby={`${id}-caption`} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <figcaption id={`${id}-caption`} className="px-1 text-sm font-medium">
        {title}
      </figcaption>
      <div role="img" aria-label={`Radar chart of ${drawn} on each competency, from 1 to ${scaleLength}. The table below gives the same figures.`}>
        {/* The drawing repeats the table's figures; its own labels would only add noise to the image's name. */}
        <div aria-hidden>
          <LazyRadarChart data={spec.data} series={spec.series} scaleLength={scaleLength} />
        </div>
      </div>
      <ul aria-hidden className="flex flex-wrap justify-center gap-x-5 gap-y-1 px-1 text-sm" data-legend>
        {spec.series.map((series) => (
          <li key={series.key} className="flex items-center gap-2">
            <LegendLine series={series} />
            {series.label}
          </li>
        ))}
      </ul>
      {spec.partial.length > 0 ? (
        <p className="mt-2 px-1 text-xs text-muted">{`Not drawn: ${spec.partial.join(", ").toLowerCase()}, which rated only some of these competencies. The table shows them.`}</p>
      ) : null}
    </figure>
  );
}

/** One row per competency with its levels in the named columns, and its gap last when asked for. */
function LevelsTable({
  caption,
  columns,
  levels,
  withGap = false,
  gaps,
  scale,
}: {
  caption: string;
  columns: string[];
  levels: (gap: CompetencyGap) => (number | null)[];
  withGap?: boolean;
  gaps: CompetencyGap[];
  scale: ScaleChoice[];
}) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {["Competency", ...columns, ...(withGap ? ["Gap"] : [])].map((column) => (
            <Th key={column} className={HEAD}>
              {column}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {gaps.map((gap) => (
          <tr key={gap.competencyKey}>
            <CompetencyCell gap={gap} />
            {levels(gap).map((level, index) => (
              <Td key={index} className={CELL}>
                <Level level={level} scale={scale} />
              </Td>
            ))}
            {withGap ? (
              <Td className={CELL}>
                <Gap gap={gap} />
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function StandingTable({ gaps, scale }: { gaps: CompetencyGap[]; scale: ScaleChoice[] }) {
  return (
    <LevelsTable
      caption="Levels on each competency: expected, latest self-rating, latest manager's rating and the gap"
      columns={["Expected", "Self (latest)", "Manager (latest)"]}
      levels={(gap) => [gap.expected, gap.self.latest, gap.manager.latest]}
      withGap
      gaps={gaps}
      scale={scale}
    />
  );
}

function StartEndTable({ gaps, scale }: { gaps: CompetencyGap[]; scale: ScaleChoice[] }) {
  return (
    <LevelsTable
      caption="Levels on each competency at the start and at the end of the induction"
      columns={["Self at the start", "Self at the end", "Manager at the start", "Manager at the end"]}
      levels={(gap) => [gap.self.start, gap.self.end, gap.manager.start, gap.manager.end]}
      gaps={gaps}
      scale={scale}
    />
  );
}

/** Where the person stands on each required competency, as radar charts with the same figures in tables beside them. */
export function AssessmentResults({ idPrefix, gaps, scale, level = 2 }: { idPrefix: string; gaps: CompetencyGap[]; scale: ScaleChoice[]; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  const standing = chartSpec(gaps, STANDING_SERIES);
  const startEnd = chartSpec(gaps, START_END_SERIES);
  const rated = gaps.some((gap) => gap.gap !== null);
  const hasStart = startEnd.series.length > 0 || startEnd.partial.length > 0;
  const expectedName = scale[scale.length - 2]?.name;
  return (
    <div className="space-y-8">
      <section aria-labelledby={`${idPrefix}-standing`} className="space-y-3">
        <Heading id={`${idPrefix}-standing`} className="text-lg font-semibold">
          Where things stand
        </Heading>
        <p className="max-w-3xl text-sm text-muted">
          {`The latest self-assessment and manager's assessment beside what the role expects${expectedName ? `: ${expectedName} on each competency, one level lower on those to develop ahead of the role` : ""}. The gap is measured from the manager's rating, or from the self-rating until there is one.`}
        </p>
        {rated ? null : <p className="text-sm">No assessments are recorded yet, so the table shows only what the role expects.</p>}
        <ChartAndTable
          chart={rated && drawable(standing) ? <Chart id={`${idPrefix}-standing-chart`} title="Self, manager and expected" spec={standing} scaleLength={scale.length} /> : null}
          table={<StandingTable gaps={gaps} scale={scale} />}
        />
      </section>

      {hasStart ? (
        <section aria-labelledby={`${idPrefix}-start-end`} className="space-y-3">
          <Heading id={`${idPrefix}-start-end`} className="text-lg font-semibold">
            Start and end of the induction
          </Heading>
          <p className="max-w-3xl text-sm text-muted">How the ratings at the start of the induction compare with those at its end.</p>
          <ChartAndTable
            chart={drawable(startEnd) ? <Chart id={`${idPrefix}-start-end-chart`} title="Start against end" spec={startEnd} scaleLength={scale.length} /> : null}
            table={<StartEndTable gaps={gaps} scale={scale} />}
          />
        </section>
      ) : null}
    </div>
  );
}
