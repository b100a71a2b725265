import type { FrameworkDocument } from "@/lib/frameworks/document";
import { LIST_SECTIONS, TEXT_SECTIONS, type CharterDocument } from "./document";
import { SECTION_LABELS } from "./labels";
import { compareRoles, type TransitionLevel, type TransitionRow } from "./transition";

/** What changed between two versions of a charter, section by section. */

export type CharterChangeKind = "added" | "removed" | "reworded" | "raised" | "lowered" | "flagChanged" | "repinned";

export type CharterChange = { section: string; kind: CharterChangeKind; before?: string; after?: string };

export type CharterSide = { charter: CharterDocument; framework: FrameworkDocument | null; frameworkLabel: string | null };

const REQUIRED = "Required competencies";

function listChanges(section: string, older: readonly string[], newer: readonly string[]): CharterChange[] {
  const remaining = [...newer];
  const changes: CharterChange[] = [];
  for (const item of older) {
    const at = remaining.indexOf(item);
    if (at >= 0) remaining.splice(at, 1);
    else changes.push({ section, kind: "removed", before: item });
  }
  return [...changes, ...remaining.map((item): CharterChange => ({ section, kind: "added", after: item }))];
}

function requirementChanges(older: CharterSide, newer: CharterSide): CharterChange[] {
  if (!newer.framework) return [];
  const before = older.framework ? { charter: older.charter, framework: older.framework } : { charter: { ...older.charter, requirements: [] }, framework: newer.framework };
  const transition = compareRoles(before, { charter: newer.charter, framework: newer.framework });
  const at = (name: string, level: TransitionLevel | null) => (level ? `${name} at ${level.stageName}${level.developAhead ? " (develop ahead)" : ""}` : name);
  const change = (kind: CharterChangeKind, row: TransitionRow, withBefore: boolean, withAfter: boolean): CharterChange => ({
    section: REQUIRED,
    kind,
    ...(withBefore ? { before: at(row.competencyName, row.before) } : {}),
    ...(withAfter ? { after: at(row.competencyName, row.after) } : {}),
  });
  const changes: CharterChange[] = [
    ...transition.added.map((row) => change("added", row, false, true)),
    ...transition.rises.map((row) => change("raised", row, true, true)),
    ...transition.mattersLess.map((row) => (row.after ? change("lowered", row, true, true) : change("removed", row, true, false))),
  ];
  for (const row of [...transition.unchanged, ...transition.rises, ...transition.mattersLess]) {
    if (row.before && row.after && row.before.developAhead !== row.after.developAhead) {
      const now = row.after.developAhead ? "now to be developed ahead of the role" : "no longer to be developed ahead of the role";
      changes.push({ section: REQUIRED, kind: "flagChanged", after: `${row.competencyName}: ${now}` });
    }
  }
  return changes;
}

export function diffCharters(older: CharterSide, newer: CharterSide): CharterChange[] {
  const changes: CharterChange[] = [];
  for (const section of TEXT_SECTIONS) {
    if (older.charter[section] !== newer.charter[section]) changes.push({ section: SECTION_LABELS[section].title, kind: "reworded", before: older.charter[section], after: newer.charter[section] });
  }
  for (const section of LIST_SECTIONS) changes.push(...listChanges(SECTION_LABELS[section].title, older.charter[section], newer.charter[section]));
  if (older.frameworkLabel !== newer.frameworkLabel) {
    changes.push({ section: REQUIRED, kind: "repinned", before: older.frameworkLabel ?? "No framework chosen", after: newer.frameworkLabel ?? "No framework chosen" });
  }
  changes.push(...requirementChanges(older, newer));
  return changes;
}
