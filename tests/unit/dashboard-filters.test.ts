import { describe, expect, it } from "vitest";
import { activityPeriod, coveragePeriod, filterQuery, parseFilters } from "@/lib/dashboard/filters";

describe("dashboard filters", () => {
  it("reads ids and dates from a query string, ignoring blanks, bad dates and over-long ids", () => {
    expect(parseFilters({ cohortId: " c1 ", jobRoleId: "", managerId: "x".repeat(65), from: "2026-02-30", to: "2026-03-01" })).toEqual({ cohortId: "c1", to: "2026-03-01" });
    expect(parseFilters(new URLSearchParams("managerId=m1&from=2026-01-01"))).toEqual({ managerId: "m1", from: "2026-01-01" });
    expect(parseFilters({ cohortId: ["a", "b"] })).toEqual({ cohortId: "a" });
  });

  it("puts a reversed range the right way round", () => {
    expect(parseFilters({ from: "2026-05-01", to: "2026-01-01" })).toEqual({ from: "2026-01-01", to: "2026-05-01" });
  });

  it("writes the filters back in a fixed order, with extra parameters after them", () => {
    expect(filterQuery({ to: "2026-02-01", cohortId: "c 1" }, { section: "owners" })).toBe("cohortId=c+1&to=2026-02-01&section=owners");
    expect(filterQuery({})).toBe("");
  });

  it("looks back 90 days (today included) for conversations unless a range is given", () => {
    expect(coveragePeriod({}, "2026-11-23")).toEqual({ start: "2026-08-26", end: "2026-11-23" });
    expect(coveragePeriod({ to: "2026-03-31" }, "2026-11-23")).toEqual({ start: "2026-01-01", end: "2026-03-31" });
    expect(coveragePeriod({ from: "2026-01-10" }, "2026-11-23")).toEqual({ start: "2026-01-10", end: "2026-11-23" });
  });

  it("shows six calendar months of coaching, this one included, unless a range is given", () => {
    expect(activityPeriod({}, "2026-11-23")).toEqual({ start: "2026-06-01", end: "2026-11-23" });
    expect(activityPeriod({}, "2026-03-31")).toEqual({ start: "2025-10-01", end: "2026-03-31" });
    expect(activityPeriod({ from: "2026-01-15", to: "2026-02-01" }, "2026-11-23")).toEqual({ start: "2026-01-15", end: "2026-02-01" });
  });
});
