import { describe, expect, it } from "vitest";
import { median, percentile, ratio, worst } from "@/lib/bench/stats";

describe("bench statistics", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose

  it("takes nearest-rank percentiles of unsorted values", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
  });

  it("does not reorder the caller's values", () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it("gives NaN for no values and refuses a percentile outside 0–100", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it("finds the median (lower middle for an even count) and the worst value", () => {
    expect(median([40, 10, 30, 20, 50])).toBe(30);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(worst([12, 90, 33])).toBe(90);
    expect(worst([])).toBeNaN();
  });

  it("divides by a reference only when the reference served something", () => {
    expect(ratio(300, 400)).toBe(0.75);
    expect(ratio(300, 0)).toBeNaN();
    expect(ratio(Number.NaN, 400)).toBeNaN();
  });
});
