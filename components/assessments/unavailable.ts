import type { AssessmentContext } from "@/lib/assessments/queries";

/** Why there is nothing to assess against yet, in the reader's terms; null when there is. */
export function unavailableReason(context: AssessmentContext, whose: { possessive: string; name: string }): string | null {
  if (!context.role) return `HR has not recorded ${whose.possessive} job role yet, so there are no competencies to assess against. HR sets it on the People page.`;
  if (!context.charter) return `HR has not published a charter for ${whose.possessive} role, ${context.role.title}, yet. The assessment rates the competencies the charter requires, so it opens when the charter is published.`;
  if (context.requirements.length === 0 || context.scale.length === 0) {
    return `The ${context.role.title} charter does not list any required competencies on a proficiency scale yet, so there is nothing to assess ${whose.name} against. HR can add them to the charter.`;
  }
  return null;
}
