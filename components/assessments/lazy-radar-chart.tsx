"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";

/** The chart library loads in its own chunk after the page, so it adds nothing to the route's first-load JavaScript. */
const Chart = dynamic(() => import("./radar-chart"), { ssr: false, loading: () => <div className="h-full w-full rounded-md bg-slate-50" /> });

/** In a box of fixed height, so nothing moves when the chart arrives. */
export function LazyRadarChart(props: ComponentProps<typeof Chart>) {
  return (
    <div className="h-[340px] w-full sm:h-[540px]">
      <Chart {...props} />
    </div>
  );
}
