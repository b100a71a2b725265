import { describe, expect, it } from "vitest";
import { summarise } from "@/lib/bench/load";

describe("summarise", () => {
  it("pools the rounds of one URL: 2xx responses per second over their total time, percentiles over all latencies", () => {
    const figures = summarise([
      { latencies: Array.from({ length: 50 }, (_, i) => i + 1), non2xx: 1, errors: 0, seconds: 5 },
      { latencies: Array.from({ length: 50 }, (_, i) => i + 51), non2xx: 0, errors: 2, seconds: 5 },
    ]);
    expect(figures).toEqual({ requestsPerSecond: 10, p50: 50, p95: 95, p99: 99, non2xx: 1, errors: 2 });
  });

  it("gives no figures rather than zeros when nothing answered", () => {
    const figures = summarise([{ latencies: [], non2xx: 0, errors: 16, seconds: 5 }]);
    expect(figures.requestsPerSecond).toBe(0);
    expect(figures.p95).toBeNaN();
    expect(summarise([]).requestsPerSecond).toBeNaN();
  });
});
