import type { FrameworkDocument } from "@/lib/frameworks/document";
import type { CharterDocument } from "./document";
import { resolveRequirements, type ResolvedRequirement } from "./requirements";

/**
 * What changes between the role a person leaves and the role they move into: the heart of a
 * leader's first day. Competencies are matched by key (stable across a framework's versions and
 * its copies), then by name, so two charters built on different frameworks still line up.
 */

export type RoleRequirements = { charter: CharterDocument; framework: FrameworkDocument };

export type TransitionLevel = Pick<ResolvedRequirement, "stageName" | "stageRank" | "developAhead" | "expectation">;

export type TransitionRow = {
  competencyName: string;
  clusterName: string;
  before: TransitionLevel | null;
  after: TransitionLevel | null;
};

export type Transition = {
  /** Required in both roles, at a later stage in the new one. */
  rises: TransitionRow[];
  /** Required only by the new role. */
  added: TransitionRow[];
  /** Required only by the old role, or at an earlier stage in the new one. */
  mattersLess: TransitionRow[];
  /** Required at the same stage in both. */
  unchanged: TransitionRow[];
};

const level = ({ stageName, stageRank, developAhead, expectation }: ResolvedRequirement): TransitionLevel => ({ stageName, stageRank, developAhead, expectation });
const normalise = (name: string) => name.trim().toLocaleLowerCase("en-GB");

export function compareRoles(from: RoleRequirements | null, to: RoleRequirements): Transition {
  const before = from ? resolveRequirements(from.charter.requirements, from.framework) : [];
  const byKey = new Map(before.map((requirement) => [requirement.competencyKey, requirement]));
  const byName = new Map(before.map((requirement) => [normalise(requirement.competencyName), requirement]));
  const matched = new Set<ResolvedRequirement>();
  const transition: Transition = { rises: [], added: [], mattersLess: [], unchanged: [] };

  for (const after of resolveRequirements(to.charter.requirements, to.framework)) {
    const previous = byKey.get(after.competencyKey) ?? byName.get(normalise(after.competencyName));
    const row: TransitionRow = { competencyName: after.competencyName, clusterName: after.clusterName, before: previous ? level(previous) : null, after: level(after) };
    if (!previous) transition.added.push(row);
    else {
      matched.add(previous);
      if (after.stageRank > previous.stageRank) transition.rises.push(row);
      else if (after.stageRank < previous.stageRank) transition.mattersLess.push(row);
      else transition.unchanged.push(row);
    }
  }
  for (const previous of before) {
    if (!matched.has(previous)) transition.mattersLess.push({ competencyName: previous.competencyName, clusterName: previous.clusterName, before: level(previous), after: null });
  }
  return transition;
}
