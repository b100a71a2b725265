import type { FrameworkDocument } from "@/lib/frameworks/document";
import { LIST_SECTIONS, TEXT_SECTIONS, type CharterDocument } from "./document";
import { SECTION_LABELS } from "./labels";
import { unknownRequirements } from "./requirements";

export type CharterProblem = { location: string; message: string };

/** What must be finished before a charter version can be published. */
export function checkCharter(doc: CharterDocument, framework: FrameworkDocument | null): CharterProblem[] {
  const problems: CharterProblem[] = [];
  for (const section of TEXT_SECTIONS) {
    if (!doc[section].trim()) problems.push({ location: SECTION_LABELS[section].title, message: "Write this section." });
  }
  for (const section of LIST_SECTIONS) {
    if (doc[section].length === 0) problems.push({ location: SECTION_LABELS[section].title, message: "Add at least one item." });
  }
  const location = "Required competencies";
  if (!framework) {
    problems.push({ location, message: "Choose the published framework version the role's competencies come from." });
    return problems;
  }
  if (doc.requirements.length === 0) problems.push({ location, message: "Choose the stage the role expects for at least one competency." });
  if (unknownRequirements(doc.requirements, framework).length > 0) {
    problems.push({ location, message: "Some required competencies or stages are not in the chosen framework version. Choose them again." });
  }
  return problems;
}
