import { describe, expect, it } from "vitest";
import type { CoverageSection, InductionSection } from "@/lib/dashboard/queries";
import { coverageTable, isSection, ownersTable, percentOf, phasesTable, tableCsv } from "@/lib/dashboard/tables";

const inductions: InductionSection = {
  overall: [{ position: 0, phase: "First 30 days", done: 3, waived: 1, open: 2, overdue: 1 }],
  byCohort: [
    { cohortId: "c1", cohort: "=HYPERLINK(\"http://x\")", position: 0, phase: "First 30 days", done: 2, waived: 1, open: 0, overdue: 1 },
    { cohortId: null, cohort: null, position: 0, phase: "First 30 days", done: 1, waived: 0, open: 2, overdue: 0 },
  ],
  byOwner: [{ owner: "ORGANISATION", done: 0, waived: 0, open: 1, overdue: 2 }],
};

describe("dashboard tables and their CSV", () => {
  it("puts the overall rows first, then each cohort (and those in none)", () => {
    expect(phasesTable(inductions).rows).toEqual([
      ["All inductions", "First 30 days", 3, 1, 2, 1],
      ['=HYPERLINK("http://x")', "First 30 days", 2, 1, 0, 1],
      ["Not in a cohort", "First 30 days", 1, 0, 2, 0],
    ]);
    expect(ownersTable(inductions).rows).toEqual([["The organisation", 0, 0, 1, 2]]);
  });

  it("gives coverage as a whole percentage, blank when nobody is counted", () => {
    const coverage: CoverageSection = { start: "2026-08-26", end: "2026-11-23", people: 3, covered: 2, byManager: [{ managerId: "m", manager: "Mia", people: 0, covered: 0 }] };
    expect(coverageTable(coverage).rows).toEqual([
      ["Everyone", 3, 2, 67],
      ["Mia", 0, 0, ""],
    ]);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(0, 0)).toBeNull();
  });

  it("neutralises text cells a spreadsheet would run as formulas, and leaves numbers (even negative) alone", () => {
    const csv = tableCsv({ header: ["Name", "Change"], rows: [["=1+1", -0.5], ["@SUM", 2], ["+x", 0], ["-y", 1], ["\tz", 1], ["Plain", 1]] });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual(["Name,Change", `"'=1+1",-0.5`, `"'@SUM",2`, `"'+x",0`, `"'-y",1`, `"'\tz",1`, "Plain,1", ""]);
  });

  it("knows its sections", () => {
    expect(isSection("owners")).toBe(true);
    expect(isSection("people")).toBe(false);
    expect(isSection(null)).toBe(false);
  });
});
