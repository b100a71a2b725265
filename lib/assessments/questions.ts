import type { ResolvedRequirement } from "@/lib/charters/requirements";
import type { ScalePoint } from "@/lib/frameworks/document";
import { expectedLevel } from "./gaps";

/** What the assessment form asks, as plain data for the client: one question per required competency, answered on the scale. */

export type ScaleChoice = { level: number; name: string; description: string };

export type AssessmentQuestion = {
  key: string;
  name: string;
  clusterName: string;
  stageName: string;
  developAhead: boolean;
  /** What the framework expects of the competency at the role's stage ("" when not written). */
  expectation: string;
  expectedLevel: number;
};

export function scaleChoices(scale: readonly ScalePoint[]): ScaleChoice[] {
  return scale.map((point, index) => ({ level: index + 1, name: point.name, description: point.description }));
}

export function assessmentQuestions(requirements: readonly ResolvedRequirement[], scale: readonly ScalePoint[]): AssessmentQuestion[] {
  return requirements.map((requirement) => ({
    key: requirement.competencyKey,
    name: requirement.competencyName,
    clusterName: requirement.clusterName,
    stageName: requirement.stageName,
    developAhead: requirement.developAhead,
    expectation: requirement.expectation,
    expectedLevel: expectedLevel(scale.length, requirement.developAhead),
  }));
}
