"use client";

import { useSyncExternalStore } from "react";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from "recharts";
import type { ChartSeries, RadarPoint } from "./chart-data";

const NARROW = "(max-width: 639px)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** On a phone the spokes' names get less room, so they are set smaller and the radar drawn smaller. */
function useNarrow() {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

/**
 * One radar of levels on the framework's scale: a spoke per competency, a shape per series.
 * Drawn in the browser only (see lazy-radar-chart.tsx); the page around it names the series
 * and holds the same figures as a table.
 */
export default function AssessmentRadarChart({ data, series, scaleLength }: { data: RadarPoint[]; series: ChartSeries[]; scaleLength: number }) {
  const narrow = useNarrow();
  return (
    <RadarChart responsive data={data} outerRadius={narrow ? "52%" : "70%"} accessibilityLayer={false} style={{ width: "100%", height: "100%" }}>
      <PolarGrid stroke="#cbd5e1" />
      <PolarAngleAxis dataKey="competency" tick={{ fontSize: narrow ? 9 : 12, fill: "#334155", width: narrow ? 76 : 150 }} />
      <PolarRadiusAxis
        domain={[0, scaleLength]}
        tickCount={scaleLength + 1}
        tickFormatter={(value: number) => (value === 0 ? "" : String(value))}
        angle={90}
        tick={{ fontSize: 10, fill: "#475569" }}
        axisLine={false}
      />
      {/* Dashed lines (what is expected, or where things started) on top, so a solid shape cannot hide them. */}
      {[...series].sort((a, b) => Number(a.dashed) - Number(b.dashed)).map((item) => (
        <Radar
          key={item.key}
          name={item.label}
          dataKey={item.key}
          stroke={item.colour}
          strokeWidth={2}
          strokeDasharray={item.dashed ? "6 4" : undefined}
          fill={item.colour}
          fillOpacity={item.dashed ? 0 : 0.1}
          dot={{ r: 3, fill: item.colour }}
          isAnimationActive={false}
        />
      ))}
    </RadarChart>
  );
}
