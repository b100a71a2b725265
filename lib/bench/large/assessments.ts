import type { AssessmentKind, AssessmentMoment } from "@/lib/db/generated/enums";
import { addDays } from "@/lib/inductions/dates";
import { tableRows, type TableRows } from "./bulk";
import { daysUntil, momentOn, randomFor, type PlanContext } from "./context";
import type { InductionPlan } from "./inductions";
import type { Random } from "./random";

/**
 * Start and end assessments for a share of the inductions, self and manager, against the
 * competencies of the role's charter: the data the dashboard's heat map compares. End ratings
 * are the start's plus some growth, more for some competencies than others.
 */

type AssessmentRow = {
  id: string;
  organisationId: string;
  subjectId: string;
  assessorId: string;
  inductionId: string;
  charterVersionId: string;
  kind: AssessmentKind;
  moment: AssessmentMoment;
  createdAt: Date;
};

type RatingRow = { id: string; organisationId: string; assessmentId: string; competencyKey: string; level: number; createdAt: Date };

export type AssessmentsPlan = { assessments: AssessmentRow[]; ratings: RatingRow[] };

/** Days into an induction when the assessments are taken. */
const START_DAYS: [number, number] = [2, 14];
const END_DAYS: [number, number] = [85, 105];

function startLevel(random: Random, kind: AssessmentKind, points: number): number {
  const level = random.weighted([
    [1, kind === "SELF" ? 0.15 : 0.25],
    [2, 0.45],
    [3, 0.3],
    [4, 0.1],
  ]);
  return Math.min(points, level);
}

function endLevel(random: Random, start: number, competencyIndex: number, points: number): number {
  // Every third competency is one the programme works on most, so the heat map has a pattern.
  const focus = competencyIndex % 3 === 0;
  const growth = random.weighted([
    [0, focus ? 0.2 : 0.45],
    [1, 0.45],
    [2, focus ? 0.35 : 0.1],
  ]);
  return Math.min(points, start + growth);
}

export function planAssessments(context: PlanContext, inductions: readonly InductionPlan[]): AssessmentsPlan {
  const random = randomFor(context, "assessments");
  const plan: AssessmentsPlan = { assessments: [], ratings: [] };
  for (const induction of inductions) {
    const started = -daysUntil(context, induction.row.startDate);
    if (started < START_DAYS[1] || induction.charter.competencies.length === 0) continue;
    const endReached = induction.row.status === "COMPLETED" || started > END_DAYS[1];
    for (const kind of ["SELF", "MANAGER"] as const) {
      const assessorId = kind === "SELF" ? induction.person.row.id : induction.row.managerId;
      if (!assessorId || !random.chance(kind === "SELF" ? 0.8 : 0.7)) continue;
      const levels = induction.charter.competencies.map(() => startLevel(random, kind, induction.charter.scalePoints));
      record(context, plan, induction, kind, "START", assessorId, random.int(...START_DAYS), levels);
      if (endReached && random.chance(kind === "SELF" ? 0.75 : 0.65)) {
        const ends = levels.map((level, index) => endLevel(random, level, index, induction.charter.scalePoints));
        record(context, plan, induction, kind, "END", assessorId, random.int(...END_DAYS), ends);
      }
    }
  }
  return plan;
}

function record(context: PlanContext, plan: AssessmentsPlan, induction: InductionPlan, kind: AssessmentKind, moment: AssessmentMoment, assessorId: string, day: number, levels: number[]) {
  const id = context.ids();
  const createdAt = momentOn(context, addDays(induction.row.startDate, day), 15);
  plan.assessments.push({
    id,
    organisationId: context.organisationId,
    subjectId: induction.person.row.id,
    assessorId,
    inductionId: induction.row.id,
    charterVersionId: induction.charter.charterVersionId,
    kind,
    moment,
    createdAt,
  });
  induction.charter.competencies.forEach((competency, index) => {
    plan.ratings.push({ id: context.ids(), organisationId: context.organisationId, assessmentId: id, competencyKey: competency.key, level: levels[index] ?? 1, createdAt });
  });
}

export function assessmentTables(plan: AssessmentsPlan): TableRows[] {
  return [
    tableRows(
      "Assessment",
      {
        id: "text",
        organisationId: "text",
        subjectId: "text",
        assessorId: "text",
        inductionId: "text",
        charterVersionId: "text",
        kind: "enum:AssessmentKind",
        moment: "enum:AssessmentMoment",
        createdAt: "timestamp",
      },
      plan.assessments,
    ),
    tableRows("AssessmentRating", { id: "text", organisationId: "text", assessmentId: "text", competencyKey: "text", level: "int", createdAt: "timestamp" }, plan.ratings),
  ];
}
