import Papa from "papaparse";
import { KIND_LABELS as ASSESSMENT_KIND_LABELS } from "@/lib/assessments/labels";
import { OWNER_LABELS } from "@/lib/inductions/template-labels";
import { LEARNING_TYPE_LABELS } from "@/lib/plans/labels";
import type { CoachingSection, CompetencyChange, CoverageSection, InductionSection, PlanSection } from "./queries";

/** Each dashboard table as rows of cells, the one shape both the CSV export and its tests read. */

export const SECTIONS = ["phases", "owners", "coverage", "assessments", "coaching", "plans"] as const;

export type Section = (typeof SECTIONS)[number];

export function isSection(value: string | null): value is Section {
  return (SECTIONS as readonly string[]).includes(value ?? "");
}

export type Table = { header: string[]; rows: (string | number)[][] };

/** The overall rows: every induction the filters keep, whatever its cohort. */
export const ALL_COHORTS = "All inductions";
export const NO_COHORT = "Not in a cohort";

/** A whole percentage, or null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}

export function phasesTable(section: InductionSection): Table {
  const overall = section.overall.map((row) => ({ ...row, cohort: ALL_COHORTS as string | null }));
  return {
    header: ["Cohort", "Phase", "Done", "Waived", "Open", "Overdue"],
    rows: [...overall, ...section.byCohort].map((row) => [row.cohort ?? NO_COHORT, row.phase, row.done, row.waived, row.open, row.overdue]),
  };
}

export function ownersTable(section: InductionSection): Table {
  return {
    header: ["Owner", "Done", "Waived", "Open", "Overdue"],
    rows: section.byOwner.map((row) => [OWNER_LABELS[row.owner], row.done, row.waived, row.open, row.overdue]),
  };
}

export function coverageTable(section: CoverageSection): Table {
  const row = (manager: string, people: number, covered: number) => [manager, people, covered, percentOf(covered, people) ?? ""];
  return {
    header: ["Manager", "People", `With a conversation ${section.start} to ${section.end}`, "Coverage %"],
    rows: [row("Everyone", section.people, section.covered), ...section.byManager.map((item) => row(item.manager, item.people, item.covered))],
  };
}

export function assessmentsTable(rows: CompetencyChange[]): Table {
  return {
    header: ["Competency", "Assessment", "Average change (levels)", "People"],
    rows: rows.map((row) => [row.competency, ASSESSMENT_KIND_LABELS[row.kind], row.averageChange, row.people]),
  };
}

export function coachingTable(section: CoachingSection): Table {
  return {
    header: ["Month", "Coaching sessions", "Mentoring sessions"],
    rows: section.months.map((row) => [row.month, row.coaching, row.mentoring]),
  };
}

export function plansTable(section: PlanSection): Table {
  return {
    header: ["Kind of learning", "Actions", "Done", "Share %", "Target %"],
    rows: section.balance.map((row) => [LEARNING_TYPE_LABELS[row.type].label, row.count, row.done, row.share, row.target]),
  };
}

/** Cells a spreadsheet would run as a formula (OWASP's list) get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function tableCsv(table: Table): string {
  // Numbers stay numbers (a negative change is not a formula); only text cells are neutralised.
  // The byte order mark tells spreadsheet programs the file is UTF-8, so accented names survive.
  return `\uFEFF${Papa.unparse({ fields: table.header, data: table.rows }, { newline: "\r\n", escapeFormulae: FORMULA_START, header: true })}\r\n`;
}
